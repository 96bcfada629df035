/** A durable timer: at `dueAt`, run `kind` with `payload` for the tenant. */
export interface Timer<Payload = unknown> {
  /** Unique per tenant: scheduling the same id again moves the timer instead of adding one. */
  readonly id: string;
  readonly tenantId: string;
  readonly kind: string;
  readonly dueAt: Date;
  readonly payload: Payload;
}

export type TimerHandler = (timer: Timer) => Promise<void>;

export interface SchedulerOptions {
  /** This replica's name, recorded as the lease holder. */
  readonly owner: string;
  /** How long a claimed timer stays leased before another replica may take it over. */
  readonly leaseMs?: number;
  readonly pollIntervalMs?: number;
  readonly batchSize?: number;
}

/**
 * Durable timers. They survive restarts; a due timer is leased to one replica at a time, its handler
 * runs, then it is removed. A replica that dies mid-handler loses its lease and another replica runs
 * the timer again, so handlers must be idempotent (the timer id makes a good causation id).
 */
export interface Scheduler {
  schedule(timer: Timer): Promise<void>;
  cancel(tenantId: string, id: string): Promise<boolean>;
  /** Timers of a tenant that have not fired yet, soonest first. */
  pending(tenantId: string): Promise<Timer[]>;
  /** Claims and runs every timer due at `now` once; returns how many ran. Used by the poll loop and by tests. */
  runDue(now: Date, handler: TimerHandler): Promise<number>;
  start(handler: TimerHandler): void;
  stop(): Promise<void>;
}
