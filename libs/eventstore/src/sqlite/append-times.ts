/** Appends remembered: enough for the subscriptions of a busy process to be minutes behind. */
const KEPT = 16_384;

/**
 * When this process committed the recent appends, by global position: each append's last position
 * and the time its commit returned, in a ring. An event's time is that of the first append whose
 * last position is at or after it. Older events, and events appended by another process, have none.
 */
export class AppendTimes {
  private readonly positions = new Float64Array(KEPT);
  private readonly times = new Float64Array(KEPT);
  /** Appends recorded so far; the newest is at (count - 1) % KEPT. */
  private count = 0;

  record(lastPosition: number, at: number): void {
    const slot = this.count % KEPT;
    this.positions[slot] = lastPosition;
    this.times[slot] = at;
    this.count += 1;
  }

  /** When the event at `position` was committed by this process, if it is among the appends kept. */
  timeOf(position: number): number | undefined {
    const kept = Math.min(this.count, KEPT);
    if (kept === 0) return undefined;
    const oldest = this.count - kept;
    // The oldest append's first position is not known: only its last one is.
    if (position < this.positions[oldest % KEPT]! || position > this.positions[(this.count - 1) % KEPT]!) return undefined;
    let low = oldest;
    let high = this.count - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.positions[middle % KEPT]! < position) low = middle + 1;
      else high = middle;
    }
    return this.times[low % KEPT];
  }
}
