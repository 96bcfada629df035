import { addToBacklog, addToPeriod, emptyBacklog, emptyPeriodTotals, hasMilestones, type BacklogTotals, type PeriodTotals } from './kpi-cells';
import { monthOf, monthStart, type TenantAggregates } from './kpi-aggregates';
import { kpiNamed, type KpiContext } from './kpis';
import { compareValues, periodsOf, type ReportQuery, type ReportTable } from './report-query';
import { AGGREGATED_DIMENSIONS } from './ticket-contribution';

/** A tenant's aggregates with what its KPIs need; the enterprise view passes one per opted-in tenant. */
export interface TenantAggregatesView {
  readonly tenantId: string;
  readonly aggregates: TenantAggregates;
  readonly context: KpiContext;
}

const isMonthStart = (instant: string): boolean => monthStart(monthOf(Date.parse(instant))) === Date.parse(instant);
const aggregated: readonly string[] = [...AGGREGATED_DIMENSIONS, 'tenant'];

/**
 * The aggregates answer a query on tickets as they stand (no asOf), over whole UTC months (monthly
 * buckets or none, from and to at month starts), grouped and filtered by aggregated dimensions.
 * Any other query is answered from the facts, with the same result.
 */
export function answersFromAggregates(query: ReportQuery): boolean {
  return (
    query.asOf === null &&
    (query.bucket === null || query.bucket === 'month') &&
    isMonthStart(query.from) &&
    isMonthStart(query.to) &&
    query.groupBy.every((dimension) => aggregated.includes(dimension)) &&
    Object.keys(query.filters).every((dimension) => aggregated.includes(dimension))
  );
}

interface Group {
  readonly values: (string | null)[];
  readonly periods: PeriodTotals[];
  readonly backlogs: BacklogTotals[];
  readonly running: BacklogTotals;
}

/**
 * Answers a query `answersFromAggregates` accepts, as `evaluateQuery` would over the same tickets:
 * the same columns, groups (those with a milestone in a period or a backlog at its instant) and
 * order. Every month up to the last instant is read, since the backlog counts every earlier start.
 */
export function evaluateAggregated(query: ReportQuery, tenants: readonly TenantAggregatesView[]): ReportTable {
  const periods = periodsOf(query).map(({ label, period }) => ({ label, period, from: monthOf(Date.parse(period.from)), to: monthOf(Date.parse(period.to)) }));
  const kpis = query.metrics.map((name) => kpiNamed(name)!);
  const filters = Object.entries(query.filters);
  const rows: (string | number | null)[][] = [];
  // Only the dimensions the query groups or filters by: the cells of the other dimensions' values are added up once, not per query.
  const dimensions = [...query.groupBy, ...filters.map(([dimension]) => dimension)];
  for (const { tenantId, aggregates: all, context } of tenants) {
    const aggregates = all.rolledUpTo(dimensions);
    const valueOf = (tuple: readonly (string | null)[], dimension: string): string | null =>
      dimension === 'tenant' ? tenantId : tuple[(AGGREGATED_DIMENSIONS as readonly string[]).indexOf(dimension)]!;
    const groups: Group[] = [];
    const groupIds = new Map<string, number>();
    // Each combination of values maps to one group of the answer, or to none when a filter drops it.
    const groupOf = aggregates.tuples.map((tuple) => {
      if (!filters.every(([dimension, accepted]) => accepted.includes(valueOf(tuple, dimension) ?? ''))) return -1;
      const values = query.groupBy.map((dimension) => valueOf(tuple, dimension));
      const key = values.map((value) => value ?? '\u0000').join('\u0001');
      let id = groupIds.get(key);
      if (id === undefined) {
        groupIds.set(key, (id = groups.length));
        groups.push({ values, periods: periods.map(emptyPeriodTotals), backlogs: periods.map(emptyBacklog), running: emptyBacklog() });
      }
      return id;
    });
    const span = aggregates.span;
    const lastInstant = periods.at(-1)!.to;
    let p = 0;
    for (let month = Math.min(span?.first ?? periods[0]!.from, periods[0]!.from); month <= lastInstant; month += 1) {
      while (p < periods.length && periods[p]!.to <= month) p += 1;
      const inPeriod = p < periods.length && periods[p]!.from <= month ? p : -1;
      const { tuples, cells } = aggregates.month(month) ?? { tuples: [], cells: [] };
      for (let i = 0; i < cells.length; i += 1) {
        const group = groups[groupOf[tuples[i]!]!];
        if (!group) continue;
        addToBacklog(group.running, cells[i]!);
        if (inPeriod >= 0) addToPeriod(group.periods[inPeriod]!, cells[i]!);
      }
      // The backlog at a period's instant (the start of the month after it) counts every start and end up to it.
      for (let q = 0; q < periods.length; q += 1) {
        if (periods[q]!.to !== month) continue;
        for (const group of groups) group.backlogs[q] = { ...group.running };
      }
    }
    const shown = groups.filter((group) => group.periods.some((totals, i) => hasMilestones(totals) || group.backlogs[i]!.open > 0));
    for (const group of shown.sort((a, b) => compareValues(a.values, b.values))) {
      periods.forEach(({ label, period }, i) => {
        const [totals, backlog] = [group.periods[i]!, group.backlogs[i]!];
        rows.push([...group.values, ...(query.bucket ? [label] : []), ...kpis.map((kpi) => kpi.fromAggregates(totals, backlog, period, context))]);
      });
    }
  }
  return { columns: [...query.groupBy, ...(query.bucket ? ['bucket'] : []), ...query.metrics], rows };
}
