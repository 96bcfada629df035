/** How long a window of observations lasts; the figure reported covers the last one or two. */
const WINDOW_MS = 25;

/**
 * How far behind a process's background work is: the longest wait, in the last window or two,
 * between a write (an append, a publish) and its delivery to a subscriber, or the end of its
 * handling (a handler that queues for a busy stream waits there too). Adapters that know when each
 * delivered item was written observe it at both moments; the admission gate reads it. A window
 * without deliveries reports none: nothing waited, or nothing was written.
 */
export class DeliveryLag {
  private windowStart = 0;
  private current = 0;
  private previous = 0;
  private seen = false;

  constructor(private readonly now: () => number = Date.now) {}

  /** An item written at `writtenAt` (ms since the epoch) is being delivered now. */
  observe(writtenAt: number): void {
    const now = this.now();
    this.roll(now);
    this.seen = true;
    const lag = now - writtenAt;
    if (lag > this.current) this.current = lag;
  }

  /** Milliseconds: the longest delivery wait observed recently. */
  ms(): number {
    this.roll(this.now());
    return Math.max(this.current, this.previous);
  }

  private roll(now: number): void {
    if (now - this.windowStart < WINDOW_MS) return;
    // A window is handed on whole only to the next one: a gap longer than a window saw nothing.
    this.previous = this.seen && now - this.windowStart < 2 * WINDOW_MS ? this.current : 0;
    this.current = 0;
    this.seen = false;
    this.windowStart = now;
  }
}
