/**
 * The counts and sums kept over the tickets whose milestones fall in a month (a cell) or a period
 * (its cells added up), by index into `sums`: a typed array, so a period adds a cell in one loop.
 * Every value is an integer (counts, milliseconds, minutes, ratings), so the sums are exact.
 */
export const SUM = {
  /** Milestones: openedAt, firstResponseAt (with openedAt -> firstResponseAt), ratedAt, every resolution and reopening. */
  opened: 0,
  responses: 1,
  responseMs: 2,
  ratings: 3,
  ratingSum: 4,
  satisfied: 5,
  resolutionEvents: 6,
  reopenEvents: 7,
  /** Tickets whose latest resolution (resolvedAt) falls there, and their outcomes. */
  resolved: 8,
  resolveMs: 9,
  workingResolveMs: 10,
  firstContact: 11,
  firstLevel: 12,
  metSla: 13,
  reassigned: 14,
  pingPong: 15,
  minutes: 16,
} as const;
const SUMS = 17;

/** openedAt -> resolvedAt of resolved tickets, in milliseconds, in no order (for the median): the first `resolveCount`. */
export interface ResolveTimes {
  resolveTimes: Float64Array;
  resolveCount: number;
  /** Set once the median of this list alone has put them in ascending order; any change clears it. */
  ascending?: boolean;
}

/**
 * What the KPIs need of a set of tickets, as sums that can be added and subtracted: one cell per
 * month and combination of dimension values holds the sums of the tickets whose milestones fall in
 * that month. A KPI over a month-aligned period reads the sum of its cells instead of the tickets.
 */
export interface KpiCell extends ResolveTimes {
  readonly sums: Float64Array;
  readonly minutesByGroup: Record<string, number>;
  /**
   * Open intervals that start, minus those that end, at an instant in (start of the previous month,
   * start of this month]: the backlog at the start of a month is the sum of these up to it. The sum
   * of openedAt (exact, as a bigint) gives the backlog's age; overdue intervals count the same way.
   */
  openNet: number;
  openedMsNet: bigint;
  overdueNet: number;
}

export const emptyCell = (): KpiCell => ({
  sums: new Float64Array(SUMS),
  minutesByGroup: {},
  resolveTimes: new Float64Array(4),
  resolveCount: 0,
  openNet: 0,
  openedMsNet: 0n,
  overdueNet: 0,
});

/**
 * The tickets' milestones in one period: the sums of the cells of its months, and those cells, for
 * what only some KPIs read (resolve times, minutes per group).
 */
export interface PeriodTotals {
  readonly sums: Float64Array;
  readonly cells: KpiCell[];
}

/** The tickets open at an instant (and overdue then), with the sum of their openedAt. */
export interface BacklogTotals {
  open: number;
  openedMs: bigint;
  overdue: number;
}

export const emptyPeriodTotals = (): PeriodTotals => ({ sums: new Float64Array(SUMS), cells: [] });

export const emptyBacklog = (): BacklogTotals => ({ open: 0, openedMs: 0n, overdue: 0 });

/** Adds a resolve time to a cell, or takes one away (any copy of the same value). */
export function changeResolveTimes(cell: KpiCell, ms: number, sign: 1 | -1): void {
  cell.ascending = false;
  if (sign > 0) {
    if (cell.resolveCount === cell.resolveTimes.length) {
      const grown = new Float64Array(cell.resolveTimes.length * 2);
      grown.set(cell.resolveTimes);
      cell.resolveTimes = grown;
    }
    cell.resolveTimes[cell.resolveCount++] = ms;
  } else {
    const at = cell.resolveTimes.subarray(0, cell.resolveCount).indexOf(ms);
    cell.resolveCount -= 1;
    cell.resolveTimes[at] = cell.resolveTimes[cell.resolveCount]!;
  }
}

/** Adds every ticket of a cell to another (a coarser cell over the same month). */
export function mergeCell(into: KpiCell, from: KpiCell): void {
  for (let i = 0; i < SUMS; i += 1) into.sums[i] += from.sums[i]!;
  for (let i = 0; i < from.resolveCount; i += 1) changeResolveTimes(into, from.resolveTimes[i]!, 1);
  for (const group in from.minutesByGroup) into.minutesByGroup[group] = (into.minutesByGroup[group] ?? 0) + from.minutesByGroup[group]!;
  into.openNet += from.openNet;
  into.openedMsNet += from.openedMsNet;
  into.overdueNet += from.overdueNet;
}

/** Adds a cell's milestones to a period's totals. */
export function addToPeriod(totals: PeriodTotals, cell: KpiCell): void {
  const [into, from] = [totals.sums, cell.sums];
  for (let i = 0; i < SUMS; i += 1) into[i] += from[i]!;
  totals.cells.push(cell);
}

/** The minutes logged per group on the period's resolved tickets. */
export function minutesByGroupIn({ cells }: PeriodTotals): Record<string, number> {
  const minutes: Record<string, number> = {};
  for (const cell of cells) for (const group in cell.minutesByGroup) minutes[group] = (minutes[group] ?? 0) + cell.minutesByGroup[group]!;
  return minutes;
}

/** Moves a running backlog over a cell's interval starts and ends. */
export function addToBacklog(backlog: BacklogTotals, cell: KpiCell): void {
  if (cell.openNet === 0 && cell.openedMsNet === 0n && cell.overdueNet === 0) return;
  backlog.open += cell.openNet;
  backlog.openedMs += cell.openedMsNet;
  backlog.overdue += cell.overdueNet;
}

/** A period's milestones touch the ticket set: the query shows a group only if some period does. */
export function hasMilestones({ sums }: PeriodTotals): boolean {
  return sums[SUM.opened]! + sums[SUM.responses]! + sums[SUM.ratings]! + sums[SUM.resolutionEvents]! + sums[SUM.reopenEvents]! > 0;
}

/**
 * The median of one list: the order of its values is free, so it is sorted in place once and read
 * from the middle until the list changes (a month's cell is read by every query over that month).
 */
function medianOfOne(list: ResolveTimes): number | null {
  const size = list.resolveCount;
  if (size === 0) return null;
  const values = list.resolveTimes;
  if (!list.ascending) {
    values.subarray(0, size).sort();
    list.ascending = true;
  }
  const k = size >> 1;
  return size % 2 === 1 ? values[k]! : (values[k - 1]! + values[k]!) / 2;
}

/**
 * The median of the values of several lists (the mean of the middle two for an even count), by
 * selection rather than sorting (Hoare's quickselect over one copy): each value is read about once.
 */
export function medianOf(lists: readonly ResolveTimes[]): number | null {
  if (lists.length === 1) return medianOfOne(lists[0]!);
  let size = 0;
  for (const list of lists) size += list.resolveCount;
  if (size === 0) return null;
  const values = new Float64Array(size);
  let at = 0;
  for (const { resolveTimes, resolveCount } of lists) for (let i = 0; i < resolveCount; i += 1) values[at++] = resolveTimes[i]!;
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
