import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventStore } from '@deskstream/kernel';
import type { Sqlite, SqliteCheckpointStore } from '@deskstream/sqlite';
import { ProjectionRunner } from './projection-runner';
import { rebuildProjection, type RebuildProgress } from './rebuild-projection';
import type { SqliteDocumentStore } from './sqlite/sqlite-document-store';
import { append, openEmbeddedStores, seedHistory, snapshot, ticketProjection } from './ticket-projection.fixture';
import type { EmbeddedStores, TicketDoc } from './ticket-projection.fixture';

// In a file, the fresh copy is written by a worker thread through its own connection.
describe.each([
  ['in memory', () => ({ file: ':memory:', remove: () => undefined })],
  [
    'in a file',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'deskstream-rebuild-'));
      return { file: join(dir, 'deskstream.sqlite'), remove: () => rmSync(dir, { recursive: true, force: true }) };
    },
  ],
])('rebuildProjection on SQLite %s', (_where, database) => {
  let stores: EmbeddedStores;
  let removeDatabase: () => void;
  let db: Sqlite;
  let store: EventStore;
  let documents: SqliteDocumentStore;
  let checkpoints: SqliteCheckpointStore;

  const runToEnd = async () => {
    const runner = new ProjectionRunner({ store, documents, checkpoints, projection: ticketProjection() });
    await runner.start();
    await runner.caughtUp();
    await runner.stop();
    return runner;
  };
  const tables = () =>
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'rm_tickets%'").all() as { name: string }[]).map((row) => row.name);

  beforeEach(() => {
    const { file, remove } = database();
    removeDatabase = remove;
    ({ db, store, documents, checkpoints } = stores = openEmbeddedStores(file));
  });
  afterEach(async () => {
    await stores.close();
    removeDatabase();
  });

  it('builds the same documents as the live runner, swaps them in and sets the checkpoint', async () => {
    await seedHistory(store, 40);
    await runToEnd();
    const live = await snapshot(documents);
    const liveTables = tables();

    const progress: RebuildProgress[] = [];
    const result = await rebuildProjection({
      store,
      documents,
      checkpoints,
      projection: ticketProjection(),
      onProgress: (p) => void progress.push(p),
      batchSize: 50,
    });

    expect(await snapshot(documents)).toEqual(live);
    expect(tables()).toEqual([result.physicalName]);
    expect(liveTables).not.toContain(result.physicalName);
    const head = await store.headPosition();
    expect(result).toMatchObject({ position: head, events: 2 * (40 * 2 + 20 + 14 + 1) });
    expect(await checkpoints.load('projection:tickets')).toBe(head);
    expect(progress.at(-1)).toMatchObject({ projection: 'tickets', position: head, head, events: result.events, finished: true });
    expect(progress.slice(0, -1).every((p) => !p.finished && p.position < head)).toBe(true);
    expect(progress.length).toBeGreaterThan(1);
  });

  it('keeps readers on the old copy until the swap, then shows the new one whole', async () => {
    await seedHistory(store, 30);
    await runToEnd();
    const expected = await snapshot(documents);
    // A document damaged out of band (say, a past reducer bug); only a rebuild repairs it.
    await documents.collection<TicketDoc>('tickets').put({ ...expected[0], title: 'damaged', position: Number.MAX_SAFE_INTEGER });
    const seenDuring: { title?: string; count: number }[] = [];
    await rebuildProjection({
      store,
      documents,
      checkpoints,
      projection: ticketProjection(),
      batchSize: 100,
      onProgress: async () => {
        const tickets = documents.collection<TicketDoc>('tickets');
        seenDuring.push({ title: (await tickets.get('acme', 't0'))?.title, count: await tickets.count('acme') });
      },
    });
    expect(seenDuring.length).toBeGreaterThan(1);
    expect(seenDuring.slice(0, -1).every((seen) => seen.title === 'damaged' && seen.count === 29)).toBe(true);
    expect(seenDuring.at(-1)).toEqual({ title: 'Ticket 0 of acme', count: 29 });
    expect(await snapshot(documents)).toEqual(expected);
  });

  it('leaves a checkpoint the runner resumes from', async () => {
    await seedHistory(store, 3);
    await rebuildProjection({ store, documents, checkpoints, projection: ticketProjection() });
    await append(store, 'ticket-acme.t1', 'TicketNoted');
    const applied: number[] = [];
    const projection = ticketProjection();
    const runner = new ProjectionRunner<TicketDoc>({
      store,
      documents,
      checkpoints,
      projection: { ...projection, apply: (doc, event) => (applied.push(event.position), projection.apply(doc, event)) },
    });
    await runner.start();
    await runner.caughtUp();
    await runner.stop();
    expect(applied).toEqual([await store.headPosition()]);
    expect((await documents.collection<TicketDoc>('tickets').get('acme', 't1'))?.notes).toBe(1);
  });
});
