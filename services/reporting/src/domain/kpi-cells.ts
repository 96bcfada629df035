/** Sums over the tickets whose milestones fall in a month (a cell) or a period (its cells added up). */
export interface MilestoneSums {
  /** Milestones (openedAt, firstResponseAt, ratedAt, every resolution and reopening). */
  opened: number;
  responses: number;
  /** Sum of openedAt -> firstResponseAt in milliseconds, over the responses. */
  responseMs: number;
  ratings: number;
  ratingSum: number;
  satisfied: number;
  resolutionEvents: number;
  reopenEvents: number;
  /** Tickets whose latest resolution (resolvedAt) falls there, and their outcomes. */
  resolved: number;
  resolveMs: number;
  workingResolveMs: number;
  firstContact: number;
  firstLevel: number;
  metSla: number;
  reassigned: number;
  pingPong: number;
  minutes: number;
  readonly minutesByGroup: Record<string, number>;
}

/** The counts and sums of MilestoneSums, added field by field. */
const SUMMED = [
  'opened',
  'responses',
  'responseMs',
  'ratings',
  'ratingSum',
  'satisfied',
  'resolutionEvents',
  'reopenEvents',
  'resolved',
  'resolveMs',
  'workingResolveMs',
  'firstContact',
  'firstLevel',
  'metSla',
  'reassigned',
  'pingPong',
  'minutes',
] as const satisfies readonly Exclude<keyof MilestoneSums, 'minutesByGroup'>[];

const noMilestones = (): MilestoneSums => ({ ...(Object.fromEntries(SUMMED.map((field) => [field, 0])) as Record<(typeof SUMMED)[number], number>), minutesByGroup: {} });

/**
 * What the KPIs need of a set of tickets, as sums that can be added and subtracted: one cell per
 * month and combination of dimension values holds the sums of the tickets whose milestones fall in
 * that month. A KPI over a month-aligned period reads the sum of its cells instead of the tickets.
 */
export interface KpiCell extends MilestoneSums {
  /** openedAt -> resolvedAt of each resolved ticket, in milliseconds, in no order (for the median). */
  readonly resolveTimes: number[];
  /**
   * Open intervals starting and ending at an instant in (start of the previous month, start of this
   * month]: the backlog at the start of a month is every start up to it minus every end up to it.
   * The sums of openedAt (exact integers) give the backlog's age.
   */
  openStarts: number;
  openEnds: number;
  openStartOpenedMs: bigint;
  openEndOpenedMs: bigint;
  overdueStarts: number;
  overdueEnds: number;
}

export const emptyCell = (): KpiCell => ({
  ...noMilestones(),
  resolveTimes: [],
  openStarts: 0,
  openEnds: 0,
  openStartOpenedMs: 0n,
  openEndOpenedMs: 0n,
  overdueStarts: 0,
  overdueEnds: 0,
});

/** The tickets' milestones in one period: the cells of its months added up. */
export interface PeriodTotals extends MilestoneSums {
  /** The cells' lists of resolve times, not merged: the median selects over them once. */
  readonly resolveTimes: (readonly number[])[];
}

/** The tickets open at an instant (and overdue then), with the sum of their openedAt. */
export interface BacklogTotals {
  open: number;
  openedMs: bigint;
  overdue: number;
}

export const emptyPeriodTotals = (): PeriodTotals => ({ ...noMilestones(), resolveTimes: [] });

export const emptyBacklog = (): BacklogTotals => ({ open: 0, openedMs: 0n, overdue: 0 });

/** Adds a cell's milestones to a period's totals. */
export function addToPeriod(totals: PeriodTotals, cell: KpiCell): void {
  for (const field of SUMMED) totals[field] += cell[field];
  if (cell.resolveTimes.length > 0) totals.resolveTimes.push(cell.resolveTimes);
  for (const group in cell.minutesByGroup) totals.minutesByGroup[group] = (totals.minutesByGroup[group] ?? 0) + cell.minutesByGroup[group]!;
}

/** Moves a running backlog over a cell's interval starts and ends. */
export function addToBacklog(backlog: BacklogTotals, cell: KpiCell): void {
  backlog.open += cell.openStarts - cell.openEnds;
  backlog.openedMs += cell.openStartOpenedMs - cell.openEndOpenedMs;
  backlog.overdue += cell.overdueStarts - cell.overdueEnds;
}

/** A period's milestones touch the ticket set: the query shows a group only if some period does. */
export function hasMilestones(totals: PeriodTotals): boolean {
  return totals.opened + totals.responses + totals.ratings + totals.resolutionEvents + totals.reopenEvents > 0;
}

/**
 * The median of the values of several lists (the mean of the middle two for an even count), by
 * selection rather than sorting (Hoare's quickselect over one copy): each value is read about once.
 */
export function medianOf(lists: readonly (readonly number[])[]): number | null {
  let size = 0;
  for (const list of lists) size += list.length;
  if (size === 0) return null;
  const values = new Float64Array(size);
  let at = 0;
  for (const list of lists) for (const value of list) values[at++] = value;
  const k = size >> 1;
  let [low, high] = [0, size - 1];
  while (low < high) {
    const pivot = values[(low + high) >> 1]!;
    let [i, j] = [low, high];
    while (i <= j) {
      while (values[i]! < pivot) i += 1;
      while (values[j]! > pivot) j -= 1;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) high = j;
    else if (k >= i) low = i;
    else break;
  }
  // Everything before k is no greater than values[k]: the lower middle is the largest of them.
  if (size % 2 === 1) return values[k]!;
  let lower = -Infinity;
  for (let i = 0; i < k; i += 1) if (values[i]! > lower) lower = values[i]!;
  return (lower + values[k]!) / 2;
}
