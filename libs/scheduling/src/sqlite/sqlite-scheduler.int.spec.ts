import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite, type Sqlite } from '@deskstream/sqlite';
import { schedulerContract } from '../scheduler.contract';
import { SqliteScheduler } from './sqlite-scheduler';

schedulerContract('SqliteScheduler', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'deskstream-timers-'));
  const file = join(dir, 'deskstream.sqlite');
  let connections: Sqlite[] = [];
  const closeAll = (): void => {
    for (const db of connections) db.close();
    connections = [];
  };
  return {
    async replica(owner, clock, options) {
      const db = openSqlite(file);
      connections.push(db);
      return new SqliteScheduler(db, { ...options, owner, clock });
    },
    async restart() {
      closeAll();
    },
    async close() {
      closeAll();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
