import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConcurrencyConflict, eventMetadata } from '@deskstream/kernel';
import { eventStoreContract, SqliteEventStore } from '@deskstream/eventstore';
import { openSqlite, sqliteFileIn } from '@deskstream/sqlite';
import { ForwardedAppendsEventStore } from './forwarded-appends-event-store';
import { serveAppends, type EdgeChannel, type WriterChannel } from './writer-link';

type Listener = (message: unknown) => void;

/**
 * A writer and its edges in one test process, joined as cluster IPC joins them: every message is
 * copied through JSON and delivered on a later turn, never by reference or at once.
 */
function processPair() {
  const toWriter = new Set<(message: unknown, reply: (answer: unknown) => void) => void>();
  const edges = new Set<Listener>();
  const later = (deliver: () => void) => setImmediate(deliver);
  const copy = (message: unknown): unknown => JSON.parse(JSON.stringify(message));
  const writer: WriterChannel = {
    onMessage: (listener) => {
      toWriter.add(listener);
      return () => toWriter.delete(listener);
    },
    broadcast: (message) => later(() => edges.forEach((edge) => edge(copy(message)))),
  };
  const edge = (): EdgeChannel => {
    const own = new Set<Listener>();
    return {
      send: (message) =>
        later(() => toWriter.forEach((listener) => listener(copy(message), (answer) => later(() => own.forEach((receive) => receive(copy(answer))))))),
      onMessage: (listener) => {
        const receive: Listener = (message) => listener(message);
        own.add(receive);
        edges.add(receive);
        return () => {
          own.delete(receive);
          edges.delete(receive);
        };
      },
    };
  };
  return { writer, edge };
}

function dataFile(): { file: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'deskstream-writer-'));
  return { file: sqliteFileIn(dir), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A writer on its own connection and an edge on another, both on one file. */
function openPair() {
  const { file, remove } = dataFile();
  const pair = processPair();
  const writerDb = openSqlite(file);
  const writerStore = new SqliteEventStore(writerDb);
  const served = serveAppends(writerStore, pair.writer);
  const edgeDb = openSqlite(file);
  const edgeLocal = new SqliteEventStore(edgeDb);
  const edge = new ForwardedAppendsEventStore(edgeLocal, pair.edge());
  return {
    writerStore,
    edgeLocal,
    served,
    edge,
    async close() {
      await edge.close();
      edgeDb.close();
      served.stop();
      await writerStore.close();
      writerDb.close();
      remove();
    },
  };
}

// Everything an event store must do, with every append made by the writer on the edge's behalf.
eventStoreContract('ForwardedAppendsEventStore (an edge appending through its writer)', async () => {
  const pair = openPair();
  return { store: pair.edge, dispose: () => pair.close() };
});

const event = (n: number) => ({
  eventId: `e-${n}-${Math.random().toString(36).slice(2)}`,
  type: 'test.happened',
  data: { n },
  metadata: eventMetadata({ tenantId: 'acme', correlationId: 'c', actor: 'user:test' }, '2026-12-04T09:00:00.000Z'),
});

describe('an edge and its writer', () => {
  let pair: ReturnType<typeof openPair>;
  beforeEach(() => {
    pair = openPair();
  });
  afterEach(() => pair.close());

  it('commits on the writer before it acknowledges, so the writer reads what the edge was told is appended', async () => {
    const result = await pair.edge.appendToStream('things-acme.1', [event(1), event(2)], { expectedRevision: 'no_stream' });
    expect(result.nextExpectedRevision).toBe(1);
    expect((await pair.writerStore.readStream('things-acme.1')).map((recorded) => recorded.data)).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('answers a stale expected revision with a concurrency conflict, not a generic failure', async () => {
    await pair.writerStore.appendToStream('things-acme.2', [event(1)], { expectedRevision: 'no_stream' });
    const stale = pair.edge.appendToStream('things-acme.2', [event(2)], { expectedRevision: 'no_stream' });
    await expect(stale).rejects.toBeInstanceOf(ConcurrencyConflict);
    await expect(stale).rejects.toMatchObject({ expected: 'no_stream', actual: '0' });
    expect(await pair.writerStore.readStream('things-acme.2')).toHaveLength(1);
  });

  it("reports the writer's delivery lag as the writer told it with its last append, and forgets it soon after", async () => {
    pair.served.shareDeliveryLag(() => 420);
    expect(pair.edge.deliveryLagMs()).toBe(0);
    await pair.edge.appendToStream('things-acme.4', [event(1)], { expectedRevision: 'no_stream' });
    const started = Date.now();
    while (pair.edge.deliveryLagMs() === 0 && Date.now() - started < 5_000) await new Promise((done) => setTimeout(done, 5));
    expect(pair.edge.deliveryLagMs()).toBe(420);
    await new Promise((done) => setTimeout(done, 150));
    expect(pair.edge.deliveryLagMs()).toBe(0);
  });

  it("wakes the edge's subscriptions when the writer appends, instead of leaving them to their idle poll", async () => {
    const noticed = jest.spyOn(pair.edgeLocal, 'noticeAppended');
    const seen: number[] = [];
    const subscription = pair.edge.subscribe(
      async (recorded) => {
        seen.push((recorded.data as { n: number }).n);
      },
      { categories: ['things'] },
    );
    await subscription.caughtUp;
    await pair.writerStore.appendToStream('things-acme.3', [event(7)], { expectedRevision: 'no_stream' });
    const started = Date.now();
    while (seen.length === 0 && Date.now() - started < 5_000) await new Promise((done) => setTimeout(done, 5));
    await subscription.stop();
    expect(seen).toEqual([7]);
    expect(noticed).toHaveBeenCalledWith(['things']);
  });

  it("reports the writer's progress, which runs the projections the edge does not", async () => {
    const progress = { projections: [{ name: 'incident-queue', position: 12, lag: 3 }], gateway: { position: 12 }, consumers: [] };
    pair.served.shareProgress(async () => progress);
    await expect(pair.edge.shareProgress()()).resolves.toEqual(progress);
  });

  it('fails the appends still waiting when the edge closes, instead of leaving them hanging', async () => {
    pair.served.stop(); // a writer that no longer answers
    const waiting = pair.edge.appendToStream('things-acme.4', [event(1)], { expectedRevision: 'no_stream' });
    await pair.edge.close();
    await expect(waiting).rejects.toThrow(/closed before the writer answered/);
    pair = openPair(); // afterEach closes a fresh pair
  });
});
