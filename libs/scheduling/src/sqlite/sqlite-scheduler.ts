import type { Sqlite } from '@deskstream/sqlite';
import { PollLoop, runClaimedBatches } from '../poll-loop';
import {
  errorMessage,
  reportToConsole,
  resolveSchedulerOptions,
  retryDelayMs,
  type ResolvedSchedulerOptions,
  type SchedulerAdapterOptions,
} from '../scheduler-defaults';
import type { Scheduler, Timer, TimerHandler } from '../scheduler.port';

interface TimerRow {
  tenant_id: string;
  id: string;
  kind: string;
  due_at: number;
  payload: string;
  attempts: number;
  lease_until: number;
}

const toTimer = (row: TimerRow): Timer => ({
  id: row.id,
  tenantId: row.tenant_id,
  kind: row.kind,
  dueAt: new Date(row.due_at),
  payload: JSON.parse(row.payload),
});

/**
 * Durable timers in the `timers` table of the shared SQLite file. A due timer is claimed by writing
 * this replica's lease on it in one UPDATE, which SQLite serialises across connections and processes;
 * the row is deleted only while that same lease still holds, so a replica whose lease expired (or a
 * timer moved meanwhile) cannot remove someone else's claim. A failed timer keeps its due time and is
 * kept out of reach by a lease with no owner until its retry delay has passed.
 */
export class SqliteScheduler implements Scheduler {
  private readonly options: ResolvedSchedulerOptions;
  private readonly loop: PollLoop;
  private readonly statements;

  constructor(db: Sqlite, options: SchedulerAdapterOptions) {
    this.options = resolveSchedulerOptions(options);
    this.loop = new PollLoop(
      (now, handler, stopping) => this.runDueUntil(now, handler, stopping),
      options.clock,
      this.options.pollIntervalMs,
      options.onError ?? reportToConsole,
    );
    db.exec(`
      CREATE TABLE IF NOT EXISTS timers (
        tenant_id   TEXT NOT NULL,
        id          TEXT NOT NULL,
        kind        TEXT NOT NULL,
        due_at      INTEGER NOT NULL,
        payload     TEXT NOT NULL,
        attempts    INTEGER NOT NULL DEFAULT 0,
        last_error  TEXT,
        lease_owner TEXT,
        lease_until INTEGER,
        PRIMARY KEY (tenant_id, id)
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS timers_by_due_at ON timers (due_at);
    `);
    this.statements = {
      upsert: db.prepare(`
        INSERT INTO timers (tenant_id, id, kind, due_at, payload) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (tenant_id, id) DO UPDATE SET
          kind = excluded.kind, due_at = excluded.due_at, payload = excluded.payload,
          attempts = 0, last_error = NULL, lease_owner = NULL, lease_until = NULL`),
      cancel: db.prepare('DELETE FROM timers WHERE tenant_id = ? AND id = ?'),
      pending: db.prepare('SELECT tenant_id, id, kind, due_at, payload FROM timers WHERE tenant_id = ? ORDER BY due_at, id'),
      claim: db.prepare(`
        UPDATE timers SET lease_owner = :owner, lease_until = :leaseUntil
        WHERE (tenant_id, id) IN (
          SELECT tenant_id, id FROM timers
          WHERE due_at <= :now AND (lease_until IS NULL OR lease_until <= :now)
          ORDER BY due_at LIMIT :limit)
        RETURNING tenant_id, id, kind, due_at, payload, attempts, lease_until`),
      complete: db.prepare('DELETE FROM timers WHERE tenant_id = ? AND id = ? AND lease_owner = ? AND lease_until = ?'),
      release: db.prepare(`
        UPDATE timers SET attempts = attempts + 1, last_error = ?, lease_owner = NULL, lease_until = ?
        WHERE tenant_id = ? AND id = ? AND lease_owner = ? AND lease_until = ?`),
    };
  }

  async schedule(timer: Timer): Promise<void> {
    this.statements.upsert.run(timer.tenantId, timer.id, timer.kind, timer.dueAt.getTime(), JSON.stringify(timer.payload ?? null));
  }

  async cancel(tenantId: string, id: string): Promise<boolean> {
    return Number(this.statements.cancel.run(tenantId, id).changes) > 0;
  }

  async pending(tenantId: string): Promise<Timer[]> {
    return (this.statements.pending.all(tenantId) as unknown as TimerRow[]).map(toTimer);
  }

  runDue(now: Date, handler: TimerHandler): Promise<number> {
    return this.runDueUntil(now, handler, () => false);
  }

  private runDueUntil(now: Date, handler: TimerHandler, stopping: () => boolean): Promise<number> {
    const claim = () =>
      this.statements.claim.all({
        owner: this.options.owner,
        leaseUntil: now.getTime() + this.options.leaseMs,
        now: now.getTime(),
        limit: this.options.batchSize,
      }) as unknown as TimerRow[];
    return runClaimedBatches(claim, (row) => this.runOne(row, now, handler), stopping);
  }

  start(handler: TimerHandler): void {
    this.loop.start(handler);
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  private async runOne(row: TimerRow, now: Date, handler: TimerHandler): Promise<void> {
    const lease = [row.tenant_id, row.id, this.options.owner, row.lease_until] as const;
    try {
      await handler(toTimer(row));
    } catch (error) {
      const retryAt = now.getTime() + retryDelayMs(row.attempts + 1);
      this.statements.release.run(errorMessage(error), retryAt, ...lease);
      return;
    }
    this.statements.complete.run(...lease);
  }
}
