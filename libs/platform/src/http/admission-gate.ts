import type { AdmissionSettings } from '../config/platform-config';

/** How often held commands look at the lag again. */
const TICK_MS = 5;
/**
 * Held commands let go per tick once the lag is back under the limit: releasing all of them at once
 * would put their whole background work in one burst, and the lag over the limit again.
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
 *
 * Held commands wait per tenant and are let go a tenant at a time in turn, oldest first within
 * each: a tenant with hundreds of commands waiting does not keep another's one waiting behind them.
 */
export class AdmissionGate {
  /** Per tenant, in the order the tenants first had a command held (a Map keeps insertion order). */
  private readonly held = new Map<string, Held[]>();
  private ticker: NodeJS.Timeout | null = null;
  private heldTotal = 0;

  constructor(
    private readonly settings: AdmissionSettings,
    private readonly lagMs: () => number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Undefined when the tenant's command may go ahead now; otherwise a promise that resolves when it may. */
  admit(tenantId: string): Promise<void> | undefined {
    // Behind commands already held, a new one waits its turn.
    if (this.held.size === 0 && this.open()) return undefined;
    this.heldTotal += 1;
    return new Promise<void>((admit) => {
      const queue = this.held.get(tenantId);
      const command = { admit, deadline: this.now() + this.settings.maxHoldMs };
      if (queue) queue.push(command);
      else this.held.set(tenantId, [command]);
      this.ticker ??= setTimeout(() => this.tick(), TICK_MS);
    });
  }

  /** Commands held since the process started. */
  heldCount(): number {
    return this.heldTotal;
  }

  /** Lets go of the commands whose time is up, and while the lag is under the limit, a few more in turn. */
  private tick(): void {
    this.ticker = null;
    const now = this.now();
    for (const [tenantId, queue] of this.held) {
      const waiting: Held[] = [];
      for (const held of queue) {
        if (now < held.deadline) waiting.push(held);
        else held.admit();
      }
      if (waiting.length > 0) this.held.set(tenantId, waiting);
      else this.held.delete(tenantId);
    }
    for (let released = 0; released < RELEASED_PER_TICK && this.held.size > 0 && this.open(); released += 1) this.releaseNext();
    if (this.held.size > 0) this.ticker = setTimeout(() => this.tick(), TICK_MS);
  }

  /** The oldest command of the tenant whose turn it is; that tenant then goes to the back of the line. */
  private releaseNext(): void {
    const [tenantId, queue] = this.held.entries().next().value!;
    queue.shift()!.admit();
    this.held.delete(tenantId);
    if (queue.length > 0) this.held.set(tenantId, queue);
  }

  private open(): boolean {
    return this.settings.lagLimitMs === 0 || this.lagMs() <= this.settings.lagLimitMs;
  }
}
