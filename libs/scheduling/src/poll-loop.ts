import type { Clock } from '@deskstream/kernel';
import type { TimerHandler } from './scheduler.port';

/** `stopping` turns true once the loop is asked to stop: the run then claims no further batch. */
type RunDue = (now: Date, handler: TimerHandler, stopping: () => boolean) => Promise<number>;

/**
 * The poll loop behind `Scheduler.start`: runs `runDue(clock.now())` every interval, never two runs at
 * once, and lets `stop()` wait for the run in flight so a shutdown does not cut a handler in half. A run
 * stops at the end of the batch in flight once stop is asked: after an import, years of timers are due
 * at once, and a shutdown must not wait for all of them (the rest stay stored and run on the next start).
 */
export class PollLoop {
  private timeout: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;
  private running = false;

  constructor(
    private readonly runDue: RunDue,
    private readonly clock: Clock,
    private readonly intervalMs: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  start(handler: TimerHandler): void {
    if (this.running) throw new Error('scheduler already started');
    this.running = true;
    this.schedule(handler, 0);
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timeout);
    this.timeout = undefined;
    await this.inFlight;
  }

  private schedule(handler: TimerHandler, delayMs: number): void {
    this.timeout = setTimeout(() => {
      this.inFlight = this.tick(handler);
    }, delayMs);
  }

  private async tick(handler: TimerHandler): Promise<void> {
    try {
      await this.runDue(this.clock.now(), handler, () => !this.running);
    } catch (error) {
      this.onError(error);
    }
    if (this.running) this.schedule(handler, this.intervalMs);
  }
}

/**
 * `Scheduler.runDue` for any lease-based store: claims a batch of due timers, runs them side by side,
 * and claims again until nothing due is left (or `stopping` says so); returns how many handlers ran.
 */
export async function runClaimedBatches<T>(
  claim: () => T[] | Promise<T[]>,
  run: (claimed: T) => Promise<void>,
  stopping: () => boolean = () => false,
): Promise<number> {
  let ran = 0;
  while (!stopping()) {
    const claimed = await claim();
    if (claimed.length === 0) return ran;
    await Promise.all(claimed.map(run));
    ran += claimed.length;
  }
  return ran;
}
