import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { leasesContract } from '@deskstream/testing';
import { openSqlite, sqliteFileIn, type Sqlite } from './sqlite-database';
import { SqliteLeases } from './sqlite-leases';

describe('SqliteLeases (each replica its own connection to one file, as processes sharing a data dir)', () => {
  let dir: string;
  let connections: Sqlite[];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'deskstream-leases-'));
    connections = [];
  });
  afterEach(() => {
    for (const db of connections) db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  leasesContract(() => async (owner, clock) => {
    const db = openSqlite(sqliteFileIn(dir));
    connections.push(db);
    return new SqliteLeases(db, { owner, ttlMs: 15_000, clock });
  });
});
