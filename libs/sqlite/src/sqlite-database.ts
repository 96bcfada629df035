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

/** The WAL is truncated back to this after a checkpoint, whatever it grew to meanwhile. */
const WAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;
/** Free pages handed back to the file system per call of `releaseFreePages` (16 MB of 4 KB pages). */
const RELEASED_PAGES_PER_CALL = 4096;

/**
 * Opens the embedded store: one SQLite file per data dir, in WAL mode, shared by every adapter.
 * The WAL is checkpointed every ~40 MB rather than SQLite's default ~4 MB: each checkpoint syncs the
 * database file, and doing it ten times less often is what lets small command appends keep up; the
 * journal size limit then truncates it, so the WAL does not stay at its high-water mark. A new file
 * is created with incremental auto-vacuum, so the pages that retention frees can be handed back
 * (`releaseFreePages`); a file created before keeps its free pages for reuse instead.
 */
export function openSqlite(file: string, options: SqliteOptions = {}): Sqlite {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new DatabaseSync(file);
  // The busy timeout comes first: switching to WAL takes a lock, which a second process opening the
  // same new file at that moment (two replicas starting) must wait for rather than fail on.
  db.exec(`
    PRAGMA busy_timeout = 5000;
    PRAGMA auto_vacuum = INCREMENTAL;
    PRAGMA journal_mode = WAL;
    PRAGMA journal_size_limit = ${WAL_SIZE_LIMIT_BYTES};
    PRAGMA synchronous = ${options.synchronous ?? 'NORMAL'};
    PRAGMA wal_autocheckpoint = 10000;
    PRAGMA foreign_keys = ON;
  `);
  return db;
}

/** Shrinks the file by up to RELEASED_PAGES_PER_CALL free pages (none without incremental auto-vacuum). */
export function releaseFreePages(db: Sqlite): void {
  db.exec(`PRAGMA incremental_vacuum(${RELEASED_PAGES_PER_CALL})`);
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
