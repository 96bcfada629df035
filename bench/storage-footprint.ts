import { statSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';

/** What a table holds, for the per-incident report: the groups of the embedded store. */
export type StorageGroup = 'events' | 'read models' | 'bus log' | 'inbox' | 'checkpoints' | 'timers' | 'other';

export interface TableFootprint {
  readonly table: string;
  readonly group: StorageGroup;
  /** Pages of the table and of its indexes, in bytes (SQLite's dbstat). */
  readonly bytes: number;
  readonly rows: number;
}

export interface StoreFootprint {
  readonly fileBytes: number;
  readonly walBytes: number;
  /** Pages on the freelist: allocated in the file, holding nothing (reused before the file grows). */
  readonly freeBytes: number;
  readonly tables: readonly TableFootprint[];
}

function groupOf(table: string): StorageGroup {
  if (table === 'events') return 'events';
  if (table.startsWith('rm_')) return 'read models';
  if (table.startsWith('bus_')) return 'bus log';
  if (table === 'inbox') return 'inbox';
  if (table === 'checkpoints') return 'checkpoints';
  if (table === 'timers') return 'timers';
  return 'other';
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * The embedded store's bytes at rest, by table (indexes counted with their table), after a WAL
 * checkpoint that truncates the WAL, so every committed page is in the main file.
 */
export function measureStore(file: string): StoreFootprint {
  const db = new DatabaseSync(file);
  try {
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    const pages = db
      .prepare(
        `SELECT s.tbl_name AS tbl, SUM(d.pgsize) AS bytes FROM dbstat d JOIN sqlite_schema s ON s.name = d.name
         GROUP BY s.tbl_name UNION ALL
         SELECT d.name, SUM(d.pgsize) FROM dbstat d WHERE d.name = 'sqlite_schema' GROUP BY d.name`,
      )
      .all() as { tbl: string; bytes: number }[];
    const tables = pages.map(({ tbl, bytes }) => {
      const rows = tbl === 'sqlite_schema' ? 0 : (db.prepare(`SELECT COUNT(*) AS n FROM ${quote(tbl)}`).get() as { n: number }).n;
      return { table: tbl, group: groupOf(tbl), bytes, rows };
    });
    const { page_size: pageSize } = db.prepare('PRAGMA page_size').get() as { page_size: number };
    const { freelist_count: free } = db.prepare('PRAGMA freelist_count').get() as { freelist_count: number };
    return {
      fileBytes: statSync(file).size,
      walBytes: walSize(file),
      freeBytes: free * pageSize,
      tables: tables.sort((a, b) => b.bytes - a.bytes),
    };
  } finally {
    db.close();
  }
}

function walSize(file: string): number {
  try {
    return statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
}

/** Bytes per incident by group, and the tables behind each group, for the bench's notes. */
export function perIncident(footprint: StoreFootprint, incidents: number): { group: StorageGroup; bytes: number; tables: string }[] {
  const groups = new Map<StorageGroup, TableFootprint[]>();
  for (const table of footprint.tables) groups.set(table.group, [...(groups.get(table.group) ?? []), table]);
  return [...groups].map(([group, tables]) => ({
    group,
    bytes: tables.reduce((sum, t) => sum + t.bytes, 0) / incidents,
    tables: tables
      .slice(0, 6)
      .map((t) => `${t.table} ${Math.round(t.bytes / incidents)} B (${t.rows.toLocaleString('en')} rows)`)
      .join(', '),
  }));
}
