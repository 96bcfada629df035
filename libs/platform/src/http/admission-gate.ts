import type { AdmissionSettings } from '../config/platform-config';

/** How often held commands look at the lag again. */
const TICK_MS = 5;
/**
 * Held commands let go per tick once the lag is back under the limit, oldest first: releasing all
 * of them at once would put their whole background work in one burst, and the lag over the limit again.
 */
const RELEASED_PER_TICK = 4;

interface Held {
  readonly admit: () => void;
  readonly deadline: number;
}

/**
 * Backpressure between the commands a process acknowledges and the background work they cause
 * (projections, the gateway, the consumers of other services, their projections): while deliveries
 * to subscribers wait longer than the limit, new commands are held until they catch up, for a
 * bounded time. Acknowledged still means committed; what the gate keeps bounded is how stale every
 * read model, clock and figure may be behind an acknowledged command, instead of letting the
 * backlog grow for as long as the load lasts. Reads are never held.
 */
export class AdmissionGate {
  private readonly held: Held[] = [];
  private ticker: NodeJS.Timeout | null = null;
  private heldTotal = 0;

  constructor(
    private readonly settings: AdmissionSettings,
    private readonly lagMs: () => number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Undefined when the command may go ahead now; otherwise a promise that resolves when it may. */
  admit(): Promise<void> | undefined {
    // Behind commands already held, a new one waits its turn.
    if (this.held.length === 0 && this.open()) return undefined;
    this.heldTotal += 1;
    return new Promise<void>((admit) => {
      this.held.push({ admit, deadline: this.now() + this.settings.maxHoldMs });
      this.ticker ??= setTimeout(() => this.tick(), TICK_MS);
    });
  }

  /** Commands held since the process started. */
  heldCount(): number {
    return this.heldTotal;
  }

  /** Releases the oldest held commands while the lag is under the limit, and each one whose time is up. */
  private tick(): void {
    this.ticker = null;
    let releasable = this.open() ? RELEASED_PER_TICK : 0;
    const now = this.now();
    const waiting = this.held.splice(0).filter((held) => {
      if (releasable > 0) releasable -= 1;
      else if (now < held.deadline) return true;
      held.admit();
      return false;
    });
    this.held.push(...waiting);
    if (waiting.length > 0) this.ticker = setTimeout(() => this.tick(), TICK_MS);
  }

  private open(): boolean {
    return this.settings.lagLimitMs === 0 || this.lagMs() <= this.settings.lagLimitMs;
  }
}
