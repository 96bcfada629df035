import { ValidationFailed, type FieldError } from '@deskstream/kernel';
import { factsAsOf } from './as-of';
import { KPI_NAMES, kpiNamed, type KpiContext, type Period } from './kpis';
import { OPEN_STATUSES, type TicketFacts } from './ticket-facts';

export const DIMENSIONS = ['priority', 'channel', 'service', 'category', 'closingCategory', 'group', 'tier', 'kind', 'agent', 'tenant'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export const BUCKETS = ['hour', 'day', 'week', 'month'] as const;
export type Bucket = (typeof BUCKETS)[number];
/** A query spans at most this many buckets: an hourly bucket over ten years is refused, not computed. */
export const MAX_BUCKETS = 2_000;

export interface ReportQuery {
  readonly metrics: readonly string[];
  readonly groupBy: readonly string[];
  /** Dimension -> accepted values (one of them). */
  readonly filters: Readonly<Record<string, readonly string[]>>;
  readonly from: string;
  readonly to: string;
  readonly bucket: Bucket | null;
  readonly asOf: string | null;
}

export interface ReportTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

/** A tenant's tickets with what its KPIs need; the enterprise view passes one per opted-in tenant. */
export interface TenantTickets {
  readonly tenantId: string;
  readonly tickets: readonly TicketFacts[];
  readonly context: KpiContext;
}

/** Dimensions that name people: within a tenant only, never across tenants. */
export const PERSONAL_DIMENSIONS: readonly Dimension[] = ['agent'];

/** Bad metric, dimension or range names the offending field, as the API answers 400. */
export function checkQuery(query: ReportQuery, { enterprise }: { enterprise: boolean }): void {
  const errors: FieldError[] = [];
  const offered: readonly string[] = DIMENSIONS.filter((d) => (enterprise ? !PERSONAL_DIMENSIONS.includes(d) : d !== 'tenant'));
  const dimensionError = (field: string, dimension: string): FieldError | null => {
    if (offered.includes(dimension)) return null;
    if (enterprise && (PERSONAL_DIMENSIONS as readonly string[]).includes(dimension))
      return { field, message: `${dimension} names people of other tenants: not offered in the enterprise scope` };
    return { field, message: `unknown dimension ${dimension}; known: ${offered.join(', ')}` };
  };
  query.metrics.forEach((metric, i) => {
    if (!KPI_NAMES.includes(metric)) errors.push({ field: `metrics[${i}]`, message: `unknown metric ${metric}; known: ${KPI_NAMES.join(', ')}` });
  });
  query.groupBy.forEach((dimension, i) => {
    const error = dimensionError(`groupBy[${i}]`, dimension);
    if (error) errors.push(error);
  });
  for (const dimension of Object.keys(query.filters)) {
    const error = dimensionError(`filters.${dimension}`, dimension);
    if (error) errors.push(error);
  }
  if (query.from >= query.to) errors.push({ field: 'to', message: 'must be after from' });
  if (query.bucket && errors.length === 0 && bucketStarts(query.bucket, query.from, query.to).length > MAX_BUCKETS) {
    errors.push({ field: 'bucket', message: `more than ${MAX_BUCKETS} buckets between from and to` });
  }
  if (errors.length > 0) throw new ValidationFailed(errors);
}

/** Bucket starts in UTC covering [from, to): weeks start on Monday. */
export function bucketStarts(bucket: Bucket, from: string, to: string): string[] {
  const start = new Date(from);
  start.setUTCMinutes(0, 0, 0);
  if (bucket !== 'hour') start.setUTCHours(0);
  if (bucket === 'week') start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7));
  if (bucket === 'month') start.setUTCDate(1);
  const starts: string[] = [];
  const end = Date.parse(to);
  for (const at = start; at.getTime() < end && starts.length <= MAX_BUCKETS;) {
    starts.push(at.toISOString());
    if (bucket === 'hour') at.setUTCHours(at.getUTCHours() + 1);
    else if (bucket === 'day') at.setUTCDate(at.getUTCDate() + 1);
    else if (bucket === 'week') at.setUTCDate(at.getUTCDate() + 7);
    else at.setUTCMonth(at.getUTCMonth() + 1);
  }
  return starts;
}

export function dimensionOf(facts: TicketFacts, dimension: Dimension, tenantId: string): string | null {
  switch (dimension) {
    case 'tenant':
      return tenantId;
    case 'agent':
      return facts.resolvedBy;
    case 'tier':
      return facts.tier === null ? null : String(facts.tier);
    default:
      return facts[dimension];
  }
}

/** The periods of the answer: each bucket clipped to [from, to), or the whole range; point-in-time KPIs read at its end (or asOf, if earlier). */
export function periodsOf(query: ReportQuery): { label: string | null; period: Period }[] {
  const cap = (instant: string) => (query.asOf !== null && query.asOf < instant ? query.asOf : instant);
  if (!query.bucket) return [{ label: null, period: { from: query.from, to: query.to, instant: cap(query.to) } }];
  const starts = bucketStarts(query.bucket, query.from, query.to);
  return starts.map((start, i) => {
    const end = starts[i + 1] ?? query.to;
    const from = start < query.from ? query.from : start;
    return { label: start, period: { from, to: end > query.to ? query.to : end, instant: cap(end > query.to ? query.to : end) } };
  });
}

/**
 * Answers a query: columns are the groupBy dimensions, then the bucket if any, then the metrics as
 * named. With asOf every ticket is taken as it stood then (dimensions, milestones, backlog).
 */
export function evaluateQuery(query: ReportQuery, tenants: readonly TenantTickets[]): ReportTable {
  const dimensions = query.groupBy as readonly Dimension[];
  const filters = Object.entries(query.filters) as [Dimension, readonly string[]][];
  const periods = periodsOf(query);
  const kpis = query.metrics.map((name) => kpiNamed(name)!);
  const rows: (string | number | null)[][] = [];
  // Tenants are never mixed in one group: each tenant's KPIs use its own calendar and rates.
  const seen = new Uint32Array(periods.length);
  let stamp = 0;
  for (const { tenantId, tickets, context } of tenants) {
    const groups = new Map<string, { values: (string | null)[]; inPeriod: TicketFacts[][] }>();
    for (const current of tickets) {
      const facts = query.asOf === null ? current : factsAsOf(current, query.asOf);
      if (!facts || facts.openedAt === null) continue;
      if (!filters.every(([dimension, accepted]) => accepted.includes(dimensionOf(facts, dimension, tenantId) ?? ''))) continue;
      const relevant = relevantPeriods(facts, periods, seen, (stamp += 1));
      if (relevant.length === 0) continue;
      const values = dimensions.map((dimension) => dimensionOf(facts, dimension, tenantId));
      const key = values.map((value) => value ?? '\u0000').join('\u0001');
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { values, inPeriod: periods.map(() => []) }));
      for (const i of relevant) group.inPeriod[i]!.push(facts);
    }
    for (const { values, inPeriod } of [...groups.values()].sort((a, b) => compareValues(a.values, b.values))) {
      periods.forEach(({ label, period }, i) => {
        rows.push([...values, ...(query.bucket ? [label] : []), ...kpis.map((kpi) => kpi.compute(inPeriod[i]!, period, context))]);
      });
    }
  }
  return { columns: [...query.groupBy, ...(query.bucket ? ['bucket'] : []), ...query.metrics], rows };
}

/** Index of the period whose [from, to) holds the instant, or -1. */
function periodHolding(periods: readonly { period: Period }[], at: string | null): number {
  if (at === null) return -1;
  let [low, high] = [0, periods.length - 1];
  while (low <= high) {
    const mid = (low + high) >> 1;
    const { from, to } = periods[mid]!.period;
    if (at < from) high = mid - 1;
    else if (at >= to) low = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * The periods a ticket can count in: those holding one of its milestones (opening, resolutions,
 * reopenings, first response, rating) and those whose instant finds it open. Every KPI reads only
 * these, so each period is computed over its own tickets rather than over all of them. Indexes come
 * in no particular order and may repeat; `seen` (one slot per period) drops the repeats.
 */
function relevantPeriods(facts: TicketFacts, periods: readonly { period: Period }[], seen: Uint32Array, stamp: number): number[] {
  const relevant: number[] = [];
  const add = (i: number) => {
    if (i >= 0 && seen[i] !== stamp) {
      seen[i] = stamp;
      relevant.push(i);
    }
  };
  add(periodHolding(periods, facts.openedAt));
  add(periodHolding(periods, facts.firstResponseAt));
  add(periodHolding(periods, facts.ratedAt));
  for (const at of facts.resolutions) add(periodHolding(periods, at));
  for (const at of facts.reopens) add(periodHolding(periods, at));
  const status = facts.history.status;
  for (let i = 0; i < status.length; i += 1) {
    if (!OPEN_STATUSES.includes(status[i]![1])) continue;
    const start = status[i]![0];
    let next = i + 1;
    while (next < status.length && OPEN_STATUSES.includes(status[next]![1])) next += 1;
    const end = status[next]?.[0] ?? null;
    // Instants grow with the periods: start at the first one not before the interval.
    let [low, high] = [0, periods.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (periods[mid]!.period.instant < start) low = mid + 1;
      else high = mid;
    }
    for (let p = low; p < periods.length && (end === null || periods[p]!.period.instant < end); p += 1) add(p);
    i = next - 1;
  }
  return relevant;
}

export function compareValues(a: readonly (string | null)[], b: readonly (string | null)[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const [x, y] = [a[i] ?? '', b[i] ?? ''];
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
