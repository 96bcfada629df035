import { isOpenAt } from './as-of';
import { medianOf, minutesByGroupIn, SUM, type BacklogTotals, type PeriodTotals } from './kpi-cells';
import type { TicketFacts } from './ticket-facts';
import {
  costOf,
  HOUR_MS,
  isFirstContactResolution,
  isFirstLevelResolution,
  isOverdueAt,
  isPingPong,
  isResolved,
  metSla,
  type WorkingMs,
} from './ticket-outcomes';

/** Half-open [from, to) of ISO instants; `instant` is where point-in-time KPIs (backlog) are read. */
export interface Period {
  readonly from: string;
  readonly to: string;
  readonly instant: string;
}

export interface KpiContext {
  readonly workingMs: WorkingMs;
  readonly hourlyRate: (group: string) => number;
}

export interface Kpi {
  readonly name: string;
  /** The one written definition: endpoints and clock stated. Also in docs/kpis.md and the OpenAPI description. */
  readonly definition: string;
  compute(tickets: readonly TicketFacts[], period: Period, context: KpiContext): number | null;
  /**
   * The same value from the period's aggregates (the sums of its month cells, and the backlog at its
   * instant): what `compute` counts over tickets, counted as the tickets' facts changed.
   */
  fromAggregates(totals: PeriodTotals, backlog: BacklogTotals, period: Period, context: KpiContext): number | null;
}

const within = (at: string | null, period: Period): boolean => at !== null && at >= period.from && at < period.to;
const resolvedIn = (tickets: readonly TicketFacts[], period: Period): (TicketFacts & { resolvedAt: string; openedAt: string })[] =>
  tickets.filter(isResolved).filter((t) => within(t.resolvedAt, period));
const round = (value: number): number => Math.round(value * 10_000) / 10_000;
const percent = (part: number, whole: number): number | null => (whole === 0 ? null : round((100 * part) / whole));
const share = <T>(items: readonly T[], test: (item: T) => boolean): number | null => percent(items.filter(test).length, items.length);

/** Cost is linear in the minutes per group: the minutes are summed first, as the aggregates keep them. */
function minutesByGroupOf(tickets: readonly TicketFacts[]): Record<string, number> {
  const minutes: Record<string, number> = {};
  for (const t of tickets) for (const group in t.minutesByGroup) minutes[group] = (minutes[group] ?? 0) + t.minutesByGroup[group]!;
  return minutes;
}
const meanOf = (sum: number, count: number): number | null => (count === 0 ? null : round(sum / count));
/** instant - openedAt summed over the backlog: exact in integers, as the sums of openedAt are. */
const backlogAge = ({ open, openedMs }: BacklogTotals, instant: string): number | null =>
  open === 0 ? null : round(Number(BigInt(open) * BigInt(Date.parse(instant)) - openedMs) / HOUR_MS / open);

/** Mean of durations in milliseconds, in hours: integer sums are exact, so the scan and the aggregates agree to the last digit. */
const meanHours = (ms: readonly number[]): number | null => meanOf(sum(ms) / HOUR_MS, ms.length);
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const msBetween = (from: string, to: string): number => Date.parse(to) - Date.parse(from);
const resolveTimesOf = (ms: readonly number[]) => ({ resolveTimes: Float64Array.from(ms), resolveCount: ms.length });
const hoursOf = (ms: number | null): number | null => (ms === null ? null : round(ms / HOUR_MS));

const ttrMs = (tickets: readonly TicketFacts[], period: Period) => resolvedIn(tickets, period).map((t) => msBetween(t.openedAt, t.resolvedAt));
const backlogAt = (tickets: readonly TicketFacts[], instant: string) => tickets.filter((t) => isOpenAt(t, instant));

export const KPIS: readonly Kpi[] = [
  {
    name: 'volume',
    definition: 'Tickets opened in the period (openedAt in [from, to)).',
    compute: (tickets, period) => tickets.filter((t) => within(t.openedAt, period)).length,
    fromAggregates: (t) => t.sums[SUM.opened]!,
  },
  {
    name: 'throughput',
    definition: 'Tickets whose latest resolution (resolvedAt) falls in the period. Grouped by agent (the resolver) or group: agent and group throughput.',
    compute: (tickets, period) => resolvedIn(tickets, period).length,
    fromAggregates: (t) => t.sums[SUM.resolved]!,
  },
  {
    name: 'mttr_hours',
    definition:
      'Mean time to resolve: mean of openedAt -> resolvedAt (the latest resolution, not closure) in calendar hours, over tickets resolved in the period. Time on hold counts.',
    compute: (tickets, period) => meanHours(ttrMs(tickets, period)),
    fromAggregates: (t) => meanOf(t.sums[SUM.resolveMs]! / HOUR_MS, t.sums[SUM.resolved]!),
  },
  {
    name: 'median_ttr_hours',
    definition: 'Median of openedAt -> resolvedAt (not closure) in calendar hours, over tickets resolved in the period.',
    compute: (tickets, period) => hoursOf(medianOf([resolveTimesOf(ttrMs(tickets, period))])),
    fromAggregates: (t) => hoursOf(medianOf(t.cells)),
  },
  {
    name: 'mttr_business_hours',
    definition: "Mean of openedAt -> resolvedAt (not closure) in working hours of the tenant's reporting calendar, over tickets resolved in the period.",
    compute: (tickets, period, { workingMs }) => meanHours(resolvedIn(tickets, period).map((t) => workingMs(t.openedAt, t.resolvedAt))),
    fromAggregates: (t) => meanOf(t.sums[SUM.workingResolveMs]! / HOUR_MS, t.sums[SUM.resolved]!),
  },
  {
    name: 'mtta_hours',
    definition:
      "Mean time to acknowledge: mean of openedAt -> firstResponseAt in calendar hours, over tickets first responded to in the period. A response is what the SLA definition counts as one: the completion of the ticket's response clock.",
    compute: (tickets, period) =>
      meanHours(tickets.filter((t) => t.openedAt !== null && within(t.firstResponseAt, period)).map((t) => msBetween(t.openedAt!, t.firstResponseAt!))),
    fromAggregates: (t) => meanOf(t.sums[SUM.responseMs]! / HOUR_MS, t.sums[SUM.responses]!),
  },
  {
    name: 'fcr_rate',
    definition:
      'First-contact resolution rate: % of tickets resolved in the period that were resolved by the agent of first contact (first assignee, else who recorded it) with no reassignment, escalation or reopen; for email within one working hour of opening, for other channels without a hold.',
    compute: (tickets, period, { workingMs }) => share(resolvedIn(tickets, period), (t) => isFirstContactResolution(t, workingMs)),
    fromAggregates: (t) => percent(t.sums[SUM.firstContact]!, t.sums[SUM.resolved]!),
  },
  {
    name: 'flr_rate',
    definition: 'First-level resolution rate: % of tickets resolved in the period that never left tier 1 (no escalation, no assignment to tier 2 or 3).',
    compute: (tickets, period) => share(resolvedIn(tickets, period), isFirstLevelResolution),
    fromAggregates: (t) => percent(t.sums[SUM.firstLevel]!, t.sums[SUM.resolved]!),
  },
  {
    name: 'sla_compliance',
    definition: '% of tickets resolved in the period with no breached clock other than cancelled ones (response and resolution targets alike).',
    compute: (tickets, period) => share(resolvedIn(tickets, period), metSla),
    fromAggregates: (t) => percent(t.sums[SUM.metSla]!, t.sums[SUM.resolved]!),
  },
  {
    name: 'overdue_open',
    definition: 'Tickets open at the instant (end of the period or bucket, or asOf) with a clock, not cancelled, breached by then.',
    compute: (tickets, period) => tickets.filter((t) => isOverdueAt(t, period.instant)).length,
    fromAggregates: (_, backlog) => backlog.overdue,
  },
  {
    name: 'backlog',
    definition: 'Tickets open (new, assigned or on hold: not resolved, closed or cancelled) at the instant: end of the period or bucket, or asOf.',
    compute: (tickets, period) => backlogAt(tickets, period.instant).length,
    fromAggregates: (_, backlog) => backlog.open,
  },
  {
    name: 'backlog_age_hours',
    definition: 'Mean age in calendar hours (instant - openedAt) of the tickets in the backlog at the instant.',
    compute: (tickets, period) => meanHours(backlogAt(tickets, period.instant).map((t) => msBetween(t.openedAt!, period.instant))),
    fromAggregates: (_, backlog, period) => backlogAge(backlog, period.instant),
  },
  {
    name: 'backlog_growth',
    definition: 'Tickets opened in the period minus tickets resolved in the period (latest resolution).',
    compute: (tickets, period) => tickets.filter((t) => within(t.openedAt, period)).length - resolvedIn(tickets, period).length,
    fromAggregates: (t) => t.sums[SUM.opened]! - t.sums[SUM.resolved]!,
  },
  {
    name: 'reopen_rate',
    definition: '% : reopenings in the period / resolutions in the period (every resolution counts, also those later reopened).',
    compute: (tickets, period) =>
      percent(
        tickets.reduce((n, t) => n + t.reopens.filter((at) => within(at, period)).length, 0),
        tickets.reduce((n, t) => n + t.resolutions.filter((at) => within(at, period)).length, 0),
      ),
    fromAggregates: (t) => percent(t.sums[SUM.reopenEvents]!, t.sums[SUM.resolutionEvents]!),
  },
  {
    name: 'reassignment_rate',
    definition: '% of tickets resolved in the period that were reassigned at least once (to another group, or to another agent in the group).',
    compute: (tickets, period) => share(resolvedIn(tickets, period), (t) => t.reassignmentCount > 0),
    fromAggregates: (t) => percent(t.sums[SUM.reassigned]!, t.sums[SUM.resolved]!),
  },
  {
    name: 'ping_pong_rate',
    definition: '% of tickets resolved in the period whose group path contains A -> B -> A.',
    compute: (tickets, period) => share(resolvedIn(tickets, period), isPingPong),
    fromAggregates: (t) => percent(t.sums[SUM.pingPong]!, t.sums[SUM.resolved]!),
  },
  {
    name: 'csat_mean',
    definition: 'Mean satisfaction rating (1-5) of the ratings given in the period (ratedAt).',
    compute: (tickets, period) => {
      const ratings = tickets.filter((t) => t.csatScore !== null && within(t.ratedAt, period)).map((t) => t.csatScore!);
      return meanOf(sum(ratings), ratings.length);
    },
    fromAggregates: (t) => meanOf(t.sums[SUM.ratingSum]!, t.sums[SUM.ratings]!),
  },
  {
    name: 'csat_satisfied_pct',
    definition: '% of the ratings given in the period that are 4 or 5.',
    compute: (tickets, period) =>
      share(
        tickets.filter((t) => t.csatScore !== null && within(t.ratedAt, period)),
        (t) => t.csatScore! >= 4,
      ),
    fromAggregates: (t) => percent(t.sums[SUM.satisfied]!, t.sums[SUM.ratings]!),
  },
  {
    name: 'cost_per_ticket',
    definition: "Mean cost of the tickets resolved in the period: minutes logged in each group x that group's hourly rate (reporting settings) / 60.",
    compute: (tickets, period, { hourlyRate }) => {
      const resolved = resolvedIn(tickets, period);
      return meanOf(costOf({ minutesByGroup: minutesByGroupOf(resolved) }, hourlyRate), resolved.length);
    },
    fromAggregates: (t, _, __, { hourlyRate }) => meanOf(costOf({ minutesByGroup: minutesByGroupIn(t) }, hourlyRate), t.sums[SUM.resolved]!),
  },
  {
    name: 'minutes_logged',
    definition: 'Minutes logged on the tickets resolved in the period (all their time, whenever logged).',
    compute: (tickets, period) => resolvedIn(tickets, period).reduce((sum, t) => sum + t.minutesLogged, 0),
    fromAggregates: (t) => t.sums[SUM.minutes]!,
  },
];

export const KPI_NAMES: readonly string[] = KPIS.map((kpi) => kpi.name);
export const kpiNamed = (name: string): Kpi | undefined => KPIS.find((kpi) => kpi.name === name);
