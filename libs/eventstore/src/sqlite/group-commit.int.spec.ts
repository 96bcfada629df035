import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { ConcurrencyConflict, type EventMetadata } from '@deskstream/kernel';
import { openSqlite, sqliteFileIn, type Sqlite } from '@deskstream/sqlite';
import { SqliteEventStore } from './sqlite-event-store';

const metadata: EventMetadata = {
  tenantId: 'acme',
  actor: 'agent',
  correlationId: 'c',
  causationId: 'c',
  occurredAt: '2026-01-05T09:00:00.000Z',
  schemaVersion: 1,
};
const event = (id: string) => ({ eventId: id, type: 'Counted', data: { id }, metadata });

describe('group commit in the SQLite event store', () => {
  let dir: string;
  let db: Sqlite;
  let store: SqliteEventStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'deskstream-group-commit-'));
    db = openSqlite(sqliteFileIn(dir));
    store = new SqliteEventStore(db);
  });

  afterEach(async () => {
    await store.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('commits appends made in one turn together, and a conflicting one is refused alone', async () => {
    const outcomes = await Promise.allSettled([
      store.appendToStream('counter-acme.a', [event('a1')], { expectedRevision: 'no_stream' }),
      store.appendToStream('counter-acme.b', [event('b1'), event('b2')], { expectedRevision: 'no_stream' }),
      // Same stream, same expectation as the first: only one of the two can win.
      store.appendToStream('counter-acme.a', [event('a1-late')], { expectedRevision: 'no_stream' }),
      store.appendToStream('counter-acme.c', [event('c1')], { expectedRevision: 'no_stream' }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[2] as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyConflict);
    expect((await store.readStream('counter-acme.a')).map((e) => e.eventId)).toEqual(['a1']);
    expect((await store.readStream('counter-acme.b')).map((e) => e.eventId)).toEqual(['b1', 'b2']);
    expect((await store.readStream('counter-acme.c')).map((e) => e.eventId)).toEqual(['c1']);
  });

  it('acknowledges an append only once it is committed: another connection already sees it', async () => {
    const appends = Array.from({ length: 20 }, (_, i) => store.appendToStream(`counter-acme.s${i}`, [event(`e${i}`)], { expectedRevision: 'no_stream' }));
    const first = await appends[0];
    const reader = new DatabaseSync(sqliteFileIn(dir), { readOnly: true });
    try {
      const row = reader.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number };
      // Resolved together with its group: every append of the turn is visible outside this connection.
      expect(row.n).toBe(20);
      expect(first.position).toBeGreaterThan(0);
    } finally {
      reader.close();
    }
    await Promise.all(appends);
  });
});
