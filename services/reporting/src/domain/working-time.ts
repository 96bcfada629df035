/**
 * Working time between two instants, counted over a calendar's working intervals: sorted, disjoint
 * [start, end) pairs of UTC epoch milliseconds. Turning a time zone's weekly hours and holidays into
 * these instants is done outside the domain by a time-zone library, as for SLA clocks; here only
 * instants are counted, so DST days simply have shorter or longer intervals.
 */
export type WorkingIntervals = readonly (readonly [number, number])[];

export class WorkingTime {
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  /** Working time before interval i, for binary search instead of a walk. */
  private readonly before: Float64Array;

  constructor(intervals: WorkingIntervals) {
    this.starts = Float64Array.from(intervals, ([start]) => start);
    this.ends = Float64Array.from(intervals, ([, end]) => end);
    this.before = new Float64Array(intervals.length);
    for (let i = 1; i < intervals.length; i += 1) this.before[i] = this.before[i - 1]! + (this.ends[i - 1]! - this.starts[i - 1]!);
  }

  /** Working milliseconds in [from, to); negative when `to` is before `from`. */
  elapsedMs(from: number, to: number): number {
    return to < from ? -this.elapsedMs(to, from) : this.upTo(to) - this.upTo(from);
  }

  /** Working time from the first interval up to `instant`. */
  private upTo(instant: number): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.starts[mid]! <= instant) low = mid + 1;
      else high = mid;
    }
    const i = low - 1;
    if (i < 0) return 0;
    return this.before[i]! + Math.min(instant, this.ends[i]!) - this.starts[i]!;
  }
}
