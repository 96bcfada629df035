/**
 * Working-time arithmetic on UTC instants (epoch milliseconds). A calendar's working time arrives as a
 * looked-up fact: for each UTC year, its sorted, disjoint working intervals [start, end). Turning local
 * wall-clock hours of a time zone into those instants is done outside the domain by a time-zone library;
 * here only instants are added and counted, so DST days simply have shorter or longer intervals.
 */
export interface WorkingTime {
  /** The instant at which `ms` of working time have passed since `from` (outside working time: from the next working instant). */
  dueMs(from: number, ms: number): number;
  /** Working time between two instants (negative when `to` is before `from`). */
  elapsedMs(from: number, to: number): number;
}

export type UtcIntervals = readonly (readonly [number, number])[];

/** One UTC year of working time, with the working time before each interval for binary search. */
interface YearSegment {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Working time of the year before interval i. */
  readonly before: Float64Array;
  readonly total: number;
}

const MS_PER_MINUTE = 60_000;
/** A calendar with no working time at all would search forever; nothing is due further out than this. */
const MAX_YEARS_AHEAD = 50;

const yearStart = (year: number): number => Date.UTC(year, 0, 1);

export class WorkingTimeline implements WorkingTime {
  private readonly years = new Map<number, YearSegment>();

  /** `intervalsOf(year)` gives the working intervals inside [Jan 1 year, Jan 1 year+1) UTC, sorted and disjoint. */
  constructor(private readonly intervalsOf: (year: number) => UtcIntervals) {}

  elapsedMs(from: number, to: number): number {
    if (to < from) return -this.elapsedMs(to, from);
    const fromYear = new Date(from).getUTCFullYear();
    const toYear = new Date(to).getUTCFullYear();
    if (fromYear === toYear) {
      const segment = this.segment(fromYear);
      return this.before(segment, to) - this.before(segment, from);
    }
    let total = this.segment(fromYear).total - this.before(this.segment(fromYear), from);
    for (let year = fromYear + 1; year < toYear; year += 1) total += this.segment(year).total;
    return total + this.before(this.segment(toYear), to);
  }

  dueMs(from: number, ms: number): number {
    let year = new Date(from).getUTCFullYear();
    let segment = this.segment(year);
    let target = this.before(segment, from) + ms;
    for (let scanned = 0; scanned <= MAX_YEARS_AHEAD; scanned += 1) {
      const found = ms === 0 ? this.nextWorkingInstant(segment, from) : this.instantAt(segment, target);
      if (found !== null) return found;
      target -= segment.total;
      year += 1;
      segment = this.segment(year);
      from = yearStart(year);
    }
    throw new RangeError(`no working time within ${MAX_YEARS_AHEAD} years`);
  }

  /** Minutes as the API speaks them; the arithmetic stays in whole milliseconds, so it is exact. */
  due(from: Date, minutes: number): Date {
    return new Date(this.dueMs(from.getTime(), Math.round(minutes * MS_PER_MINUTE)));
  }

  elapsed(from: Date, to: Date): number {
    return this.elapsedMs(from.getTime(), to.getTime()) / MS_PER_MINUTE;
  }

  private segment(year: number): YearSegment {
    let segment = this.years.get(year);
    if (!segment) {
      const intervals = this.intervalsOf(year);
      const starts = new Float64Array(intervals.length);
      const ends = new Float64Array(intervals.length);
      const before = new Float64Array(intervals.length);
      let total = 0;
      intervals.forEach(([start, end], i) => {
        starts[i] = start;
        ends[i] = end;
        before[i] = total;
        total += end - start;
      });
      segment = { starts, ends, before, total };
      this.years.set(year, segment);
    }
    return segment;
  }

  /** Working time of the segment's year before instant t (t inside that year). */
  private before(segment: YearSegment, t: number): number {
    const i = lastStartAtOrBefore(segment.starts, t);
    if (i < 0) return 0;
    return segment.before[i]! + Math.min(t, segment.ends[i]!) - segment.starts[i]!;
  }

  /** The instant where the year's working time reaches `target`, or null when the year has less. */
  private instantAt(segment: YearSegment, target: number): number | null {
    if (target > segment.total) return null;
    // First interval whose end reaches the target: ending exactly at 18:00 stays 18:00, not next morning.
    let lo = 0;
    let hi = segment.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (segment.before[mid]! + segment.ends[mid]! - segment.starts[mid]! >= target) hi = mid;
      else lo = mid + 1;
    }
    return segment.starts[lo]! + (target - segment.before[lo]!);
  }

  /** `from` itself when it is working time or the end of it (as `instantAt` answers 18:00, not next morning), else the next start. */
  private nextWorkingInstant(segment: YearSegment, from: number): number | null {
    const i = lastStartAtOrBefore(segment.starts, from);
    if (i >= 0 && from <= segment.ends[i]!) return from;
    return i + 1 < segment.starts.length ? segment.starts[i + 1]! : null;
  }
}

function lastStartAtOrBefore(starts: Float64Array, t: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
