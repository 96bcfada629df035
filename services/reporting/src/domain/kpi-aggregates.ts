import { emptyCell, type KpiCell } from './kpi-cells';
import type { TicketContribution } from './ticket-contribution';

/** A UTC month as one number (year * 12 + month), so that consecutive months are consecutive numbers. */
export function monthOf(ms: number): number {
  const date = new Date(ms);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

export const monthStart = (month: number): number => Date.UTC(Math.floor(month / 12), month % 12, 1);

/** The month whose start is the first month start at or after the instant. */
export function monthStartingAtOrAfter(ms: number): number {
  const month = monthOf(ms);
  return monthStart(month) === ms ? month : month + 1;
}

/**
 * One tenant's KPI cells: per month, per combination of the aggregated dimensions' values. Kept
 * current by adding each ticket's contribution and subtracting the one it replaces, so a ticket that
 * moves to another month or another priority leaves its old cell and enters the new one.
 */
export class TenantAggregates {
  private readonly tupleIds = new Map<string, number>();
  /** Values of the aggregated dimensions of each combination, by its id. */
  readonly tuples: (readonly (string | null)[])[] = [];
  private readonly cells = new Map<number, Map<number, KpiCell>>();
  private first = Infinity;
  private last = -Infinity;

  /** Months holding cells, from the earliest to the latest. */
  get span(): { readonly first: number; readonly last: number } | null {
    return this.first === Infinity ? null : { first: this.first, last: this.last };
  }

  /** The month's cells, by combination id. */
  month(month: number): ReadonlyMap<number, KpiCell> | undefined {
    return this.cells.get(month);
  }

  add(contribution: TicketContribution): void {
    this.apply(contribution, 1);
  }

  subtract(contribution: TicketContribution): void {
    this.apply(contribution, -1);
  }

  private apply(c: TicketContribution, sign: 1 | -1): void {
    const tuple = this.tupleOf(c.values);
    const at = (ms: number) => this.cell(monthOf(ms), tuple);
    at(c.openedAt).opened += sign;
    if (c.firstResponseAt !== null) {
      const cell = at(c.firstResponseAt);
      cell.responses += sign;
      cell.responseMs += sign * (c.firstResponseAt - c.openedAt);
    }
    if (c.rating) {
      const cell = at(c.rating.at);
      cell.ratings += sign;
      cell.ratingSum += sign * c.rating.score;
      if (c.rating.score >= 4) cell.satisfied += sign;
    }
    for (const resolution of c.resolutions) at(resolution).resolutionEvents += sign;
    for (const reopen of c.reopens) at(reopen).reopenEvents += sign;
    if (c.resolved) this.applyResolved(c.resolved, at(c.resolved.at), sign);
    const opened = BigInt(sign * c.openedAt);
    this.applyIntervals(c.open, tuple, (cell) => {
      cell.openStarts += sign;
      cell.openStartOpenedMs += opened;
    }, (cell) => {
      cell.openEnds += sign;
      cell.openEndOpenedMs += opened;
    });
    this.applyIntervals(c.overdue, tuple, (cell) => (cell.overdueStarts += sign), (cell) => (cell.overdueEnds += sign));
  }

  private applyResolved(r: NonNullable<TicketContribution['resolved']>, cell: KpiCell, sign: 1 | -1): void {
    cell.resolved += sign;
    cell.resolveMs += sign * r.resolveMs;
    if (sign > 0) cell.resolveTimes.push(r.resolveMs);
    else {
      const times = cell.resolveTimes;
      times[times.indexOf(r.resolveMs)] = times[times.length - 1]!;
      times.pop();
    }
    cell.workingResolveMs += sign * r.workingResolveMs;
    if (r.firstContact) cell.firstContact += sign;
    if (r.firstLevel) cell.firstLevel += sign;
    if (r.metSla) cell.metSla += sign;
    if (r.reassigned) cell.reassigned += sign;
    if (r.pingPong) cell.pingPong += sign;
    cell.minutes += sign * r.minutes;
    for (const [group, minutes] of Object.entries(r.minutesByGroup)) cell.minutesByGroup[group] = (cell.minutesByGroup[group] ?? 0) + sign * minutes;
  }

  /** Interval starts and ends count in the month starting at or after them: the backlog read at that start includes them. */
  private applyIntervals(intervals: readonly (number | null)[], tuple: number, start: (cell: KpiCell) => void, end: (cell: KpiCell) => void): void {
    for (let i = 0; i < intervals.length; i += 2) {
      start(this.cell(monthStartingAtOrAfter(intervals[i]!), tuple));
      const until = intervals[i + 1];
      if (until !== null && until !== undefined) end(this.cell(monthStartingAtOrAfter(until), tuple));
    }
  }

  private tupleOf(values: readonly (string | null)[]): number {
    const key = values.map((value) => value ?? '\u0000').join('\u0001');
    let id = this.tupleIds.get(key);
    if (id === undefined) {
      this.tupleIds.set(key, (id = this.tuples.length));
      this.tuples.push(values);
    }
    return id;
  }

  private cell(month: number, tuple: number): KpiCell {
    let cells = this.cells.get(month);
    if (!cells) {
      this.cells.set(month, (cells = new Map()));
      this.first = Math.min(this.first, month);
      this.last = Math.max(this.last, month);
    }
    let cell = cells.get(tuple);
    if (!cell) cells.set(tuple, (cell = emptyCell()));
    return cell;
  }
}
