import type { Clock, Leases } from '@deskstream/kernel';
import type { Sqlite } from './sqlite-database';

export interface SqliteLeasesOptions {
  /** This replica's name: unique per process (two runtimes in one process need two names). */
  readonly owner: string;
  /** How long a lease lasts without renewal. Default 15 s. */
  readonly ttlMs?: number;
  readonly clock: Clock;
}

/**
 * Leases in the embedded store's file, for processes that share one data dir. Taking or renewing is
 * one conditional upsert (atomic in SQLite: a second process waits for the write lock, then sees the
 * first one's row): it succeeds for the holder, or for anyone once the lease has run out; who holds
 * the lease is then read back on the same connection.
 */
export class SqliteLeases implements Leases {
  readonly ttlMs: number;
  private readonly take;
  private readonly holderOf;
  private readonly giveUp;

  constructor(
    db: Sqlite,
    private readonly options: SqliteLeasesOptions,
  ) {
    this.ttlMs = options.ttlMs ?? 15_000;
    db.exec('CREATE TABLE IF NOT EXISTS leases (name TEXT PRIMARY KEY, owner TEXT NOT NULL, until INTEGER NOT NULL) WITHOUT ROWID');
    this.take = db.prepare(
      `INSERT INTO leases (name, owner, until) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, until = excluded.until
       WHERE leases.owner = excluded.owner OR leases.until <= ?`,
    );
    this.holderOf = db.prepare('SELECT owner FROM leases WHERE name = ?');
    this.giveUp = db.prepare('UPDATE leases SET until = 0 WHERE name = ? AND owner = ?');
  }

  async acquire(name: string): Promise<boolean> {
    const now = this.options.clock.now().getTime();
    this.take.run(name, this.options.owner, now + this.ttlMs, now);
    const row = this.holderOf.get(name) as { owner: string } | undefined;
    return row?.owner === this.options.owner;
  }

  async release(name: string): Promise<void> {
    this.giveUp.run(name, this.options.owner);
  }
}
