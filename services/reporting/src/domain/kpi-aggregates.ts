import { changeResolveTimes, emptyCell, mergeCell, SUM, type KpiCell } from './kpi-cells';
import { AGGREGATED_DIMENSIONS, type TicketContribution } from './ticket-contribution';

/** Roll-ups kept per tenant (each as many cells as its dimensions' values combine, per month); the least recently read goes first. */
const MAX_ROLLUPS = 16;

interface Rollup {
  /** Per aggregated dimension, whether the roll-up keeps it. */
  readonly kept: readonly boolean[];
  readonly aggregates: TenantAggregates;
}

const keptValues = (values: readonly (string | null)[], kept: readonly boolean[]): (string | null)[] => values.map((value, i) => (kept[i] ? value : null));

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
  /** Per month, its cells and the combination each one is for, in parallel (cells are never removed). */
  private readonly cells = new Map<number, { readonly tuples: number[]; readonly cells: KpiCell[]; readonly byTuple: Map<number, KpiCell> }>();
  private first = Infinity;
  private last = -Infinity;
  /** Coarser copies over fewer dimensions, by the dimensions they keep, kept current with every change. */
  private readonly rollups = new Map<string, Rollup>();

  /** Months holding cells, from the earliest to the latest. */
  get span(): { readonly first: number; readonly last: number } | null {
    return this.first === Infinity ? null : { first: this.first, last: this.last };
  }

  /** The month's cells, and the combination id of each. */
  month(month: number): { readonly tuples: readonly number[]; readonly cells: readonly KpiCell[] } | undefined {
    return this.cells.get(month);
  }

  add(contribution: TicketContribution): void {
    this.apply(contribution, 1);
  }

  subtract(contribution: TicketContribution): void {
    this.apply(contribution, -1);
  }

  /**
   * The same aggregates over only the given dimensions (the others are null in every combination):
   * a query grouped and filtered by these reads a few cells per month instead of one per combination
   * of every dimension. Built from these cells on first use, then kept current by add and subtract.
   */
  rolledUpTo(dimensions: readonly string[]): TenantAggregates {
    const kept = AGGREGATED_DIMENSIONS.map((dimension) => dimensions.includes(dimension));
    if (kept.every(Boolean)) return this;
    const key = kept.map(Number).join('');
    let rollup = this.rollups.get(key);
    if (rollup) this.rollups.delete(key);
    else rollup = { kept, aggregates: this.coarsened(kept) };
    this.rollups.set(key, rollup);
    if (this.rollups.size > MAX_ROLLUPS) this.rollups.delete(this.rollups.keys().next().value!);
    return rollup.aggregates;
  }

  private coarsened(kept: readonly boolean[]): TenantAggregates {
    const rollup = new TenantAggregates();
    for (const [month, { tuples, cells }] of this.cells) {
      for (let i = 0; i < cells.length; i += 1) mergeCell(rollup.cell(month, rollup.tupleOf(keptValues(this.tuples[tuples[i]!]!, kept))), cells[i]!);
    }
    return rollup;
  }

  private apply(c: TicketContribution, sign: 1 | -1): void {
    for (const { kept, aggregates } of this.rollups.values()) aggregates.apply({ ...c, values: keptValues(c.values, kept) }, sign);
    const tuple = this.tupleOf(c.values);
    const at = (ms: number) => this.cell(monthOf(ms), tuple).sums;
    at(c.openedAt)[SUM.opened] += sign;
    if (c.firstResponseAt !== null) {
      const sums = at(c.firstResponseAt);
      sums[SUM.responses] += sign;
      sums[SUM.responseMs] += sign * (c.firstResponseAt - c.openedAt);
    }
    if (c.rating) {
      const sums = at(c.rating.at);
      sums[SUM.ratings] += sign;
      sums[SUM.ratingSum] += sign * c.rating.score;
      if (c.rating.score >= 4) sums[SUM.satisfied] += sign;
    }
    for (const resolution of c.resolutions) at(resolution)[SUM.resolutionEvents] += sign;
    for (const reopen of c.reopens) at(reopen)[SUM.reopenEvents] += sign;
    if (c.resolved) this.applyResolved(c.resolved, this.cell(monthOf(c.resolved.at), tuple), sign);
    const opened = BigInt(c.openedAt);
    this.applyIntervals(c.open, tuple, (cell, edge) => {
      cell.openNet += sign * edge;
      cell.openedMsNet += BigInt(sign * edge) * opened;
    });
    this.applyIntervals(c.overdue, tuple, (cell, edge) => (cell.overdueNet += sign * edge));
  }

  private applyResolved(r: NonNullable<TicketContribution['resolved']>, cell: KpiCell, sign: 1 | -1): void {
    const sums = cell.sums;
    sums[SUM.resolved] += sign;
    sums[SUM.resolveMs] += sign * r.resolveMs;
    changeResolveTimes(cell, r.resolveMs, sign);
    sums[SUM.workingResolveMs] += sign * r.workingResolveMs;
    if (r.firstContact) sums[SUM.firstContact] += sign;
    if (r.firstLevel) sums[SUM.firstLevel] += sign;
    if (r.metSla) sums[SUM.metSla] += sign;
    if (r.reassigned) sums[SUM.reassigned] += sign;
    if (r.pingPong) sums[SUM.pingPong] += sign;
    sums[SUM.minutes] += sign * r.minutes;
    for (const [group, minutes] of Object.entries(r.minutesByGroup)) cell.minutesByGroup[group] = (cell.minutesByGroup[group] ?? 0) + sign * minutes;
  }

  /** Interval starts (+1) and ends (-1) count in the month starting at or after them: the backlog read at that start includes them. */
  private applyIntervals(intervals: readonly (number | null)[], tuple: number, count: (cell: KpiCell, edge: 1 | -1) => void): void {
    for (let i = 0; i < intervals.length; i += 2) {
      count(this.cell(monthStartingAtOrAfter(intervals[i]!), tuple), 1);
      const until = intervals[i + 1];
      if (until !== null && until !== undefined) count(this.cell(monthStartingAtOrAfter(until), tuple), -1);
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
      this.cells.set(month, (cells = { tuples: [], cells: [], byTuple: new Map() }));
      this.first = Math.min(this.first, month);
      this.last = Math.max(this.last, month);
    }
    let cell = cells.byTuple.get(tuple);
    if (!cell) {
      cells.byTuple.set(tuple, (cell = emptyCell()));
      cells.tuples.push(tuple);
      cells.cells.push(cell);
    }
    return cell;
  }
}
