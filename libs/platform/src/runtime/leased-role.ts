import type { Leases } from '@deskstream/kernel';

/** Something that must run on one replica at a time, and can be started again after a stop. */
export interface Role {
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs a role (the gateway, a projection) only while this replica holds its lease: the lease is taken
 * at once on `begin` (a lone replica starts without delay), then renewed every third of its time to
 * live. A replica that loses the lease, or cannot reach the lease store, stops the role; one that
 * takes it over starts the role from the shared checkpoint. `end` stops the role and releases the
 * lease, so a surviving replica takes over on its next renewal rather than after the lease runs out.
 */
export class LeasedRole {
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private paused = false;
  private ended = false;
  /** Transitions one after another, never two at once. */
  private turn: Promise<void> = Promise.resolve();

  constructor(
    private readonly leases: Leases,
    readonly lease: string,
    private readonly role: Role,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** True while this replica holds the lease and runs the role. */
  get held(): boolean {
    return this.running;
  }

  async begin(): Promise<void> {
    await this.check();
    this.timer = setInterval(() => void this.check(), Math.max(50, Math.floor(this.leases.ttlMs / 3)));
    this.timer.unref();
  }

  /** Runs `work` with the role stopped (the lease kept), then starts it again if the lease is still held. */
  async whilePaused<T>(work: () => Promise<T>): Promise<T> {
    this.paused = true;
    await this.serially(async () => {
      if (this.running) await this.role.stop();
    });
    try {
      return await work();
    } finally {
      this.paused = false;
      await this.serially(async () => {
        if (this.running && !this.ended) await this.role.start();
      });
    }
  }

  async end(): Promise<void> {
    this.ended = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.serially(async () => {
      if (!this.running) return;
      this.running = false;
      if (!this.paused) await this.role.stop();
      await this.leases.release(this.lease).catch(this.onError);
    });
  }

  private check(): Promise<void> {
    return this.serially(async () => {
      if (this.ended) return;
      let holds: boolean;
      try {
        holds = await this.leases.acquire(this.lease);
      } catch (error) {
        // Unsure whether another replica has taken over: stop rather than risk running twice.
        this.onError(error);
        holds = false;
      }
      if (holds && !this.running) {
        // Marked running once started: a start that fails is tried again on the next renewal.
        if (!this.paused) await this.role.start();
        this.running = true;
      } else if (!holds && this.running) {
        this.running = false;
        if (!this.paused) await this.role.stop();
      }
    });
  }

  private serially(step: () => Promise<void>): Promise<void> {
    const next = this.turn.then(step).catch(this.onError);
    this.turn = next;
    return next;
  }
}
