import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite, type Sqlite } from '@deskstream/sqlite';
import { inboxContract } from '../inbox.contract';
import { SqliteInbox } from './sqlite-inbox';

let dir: string;
let db: Sqlite;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'deskstream-inbox-'));
  db = openSqlite(join(dir, 'deskstream.sqlite'));
  db.exec('CREATE TABLE IF NOT EXISTS effects (message_id TEXT PRIMARY KEY)');
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

inboxContract('SqliteInbox', async () => new SqliteInbox(db));

describe('SqliteInbox.handleOnceInTransaction', () => {
  const effectsOf = (id: string) => db.prepare('SELECT COUNT(*) AS n FROM effects WHERE message_id = ?').get(id) as { n: number };
  const writeEffect = (id: string) => () => {
    db.prepare('INSERT INTO effects (message_id) VALUES (?)').run(id);
  };

  it('writes the effect and the record together, and skips the duplicate', () => {
    const inbox = new SqliteInbox(db);
    expect(inbox.handleOnceInTransaction('c', 'tx-1', writeEffect('tx-1'))).toBe(true);
    expect(inbox.handleOnceInTransaction('c', 'tx-1', writeEffect('tx-1'))).toBe(false);
    expect(effectsOf('tx-1').n).toBe(1);
  });

  it('rolls back the effect and records nothing when the effect throws part-way', () => {
    const inbox = new SqliteInbox(db);
    expect(() =>
      inbox.handleOnceInTransaction('c', 'tx-2', () => {
        writeEffect('tx-2')();
        throw new Error('failed after writing');
      }),
    ).toThrow('failed after writing');
    expect(effectsOf('tx-2').n).toBe(0);
    expect(inbox.handleOnceInTransaction('c', 'tx-2', writeEffect('tx-2'))).toBe(true);
    expect(effectsOf('tx-2').n).toBe(1);
  });
});
