import { DatabaseSync } from 'node:sqlite';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type Sqlite = DatabaseSync;

export interface SqliteOptions {
  /**
   * NORMAL (default) survives a process crash without losing a committed transaction; FULL also
   * survives power loss at the cost of an fsync per commit.
   */
  readonly synchronous?: 'NORMAL' | 'FULL';
}

/**
 * Opens the embedded store: one SQLite file per data dir, in WAL mode, shared by every adapter.
 * The WAL is checkpointed every ~40 MB rather than SQLite's default ~4 MB: each checkpoint syncs the
 * database file, and doing it ten times less often is what lets small command appends keep up.
 */
export function openSqlite(file: string, options: SqliteOptions = {}): Sqlite {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new DatabaseSync(file);
  db.exec(`
    PRAGMA journal_mode = WAL;
    PRAGMA synchronous = ${options.synchronous ?? 'NORMAL'};
    PRAGMA busy_timeout = 5000;
    PRAGMA wal_autocheckpoint = 10000;
    PRAGMA foreign_keys = ON;
  `);
  return db;
}

export function sqliteFileIn(dataDir: string): string {
  return join(dataDir, 'deskstream.sqlite');
}

/** Runs fn inside one transaction; everything or nothing. Nested calls join the outer transaction. */
export function transaction<T>(db: Sqlite, fn: () => T): T {
  if (db.isTransaction) return fn();
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = fn();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
