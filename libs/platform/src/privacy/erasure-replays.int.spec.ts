import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@deskstream/eventstore';
import { parseStreamName, type EventStore, type RecordedEvent } from '@deskstream/kernel';
import { ProjectionRunner, SqliteDocumentStore, type Projection, type StoredDocument } from '@deskstream/readmodels';
import { openSqlite, SqliteCheckpointStore, type Sqlite } from '@deskstream/sqlite';
import { eventually } from '@deskstream/testing';
import { CryptoShreddingEventStore } from './crypto-shredding-event-store';
import { ERASURES_HANDLED, ErasureReplays, replayedAfter, type HeldProjection } from './erasure-replays';
import { writtenBy } from './personal-data';
import { PersonalKeys } from './personal-keys';

interface TicketLine extends StoredDocument {
  readonly title: string;
  readonly caller: string;
}

/** A ticket list that copies the caller's words, as the incidents queue does. */
const lines: Projection<TicketLine> & Projection = {
  name: 'ticket-lines',
  collection: 'ticket-lines',
  categories: ['ticket'],
  handles: ['TicketOpened'],
  documentId: (event) => parseStreamName(event.streamId).id,
  apply: (_doc, event: RecordedEvent) => {
    const { title, caller } = event.data as { title: string; caller: string };
    return { tenantId: event.metadata.tenantId, id: '', position: 0, title, caller };
  },
};
/** One that folds no personal data: an erasure leaves it alone. */
const counts: Projection<StoredDocument & { readonly assigned: number }> = {
  name: 'ticket-counts',
  collection: 'ticket-counts',
  categories: ['ticket'],
  handles: ['TicketAssigned'],
  documentId: (event) => parseStreamName(event.streamId).id,
  apply: (doc) => ({ tenantId: '', id: '', position: 0, assigned: (doc?.assigned ?? 0) + 1 }),
};
const declarations = [writtenBy(['TicketOpened'], ['caller'], [{ path: 'title', erased: '[erased]' }])];

describe('replays after an erasure: the documents of personal data are folded again, with the placeholders', () => {
  let db: Sqlite;
  let raw: SqliteEventStore;
  let store: EventStore;
  let documents: SqliteDocumentStore;
  let checkpoints: SqliteCheckpointStore;
  let keys: PersonalKeys;
  let runners: ProjectionRunner[];
  let held: HeldProjection[];
  let replays: ErasureReplays;

  const open = async (ticket: string, caller: string, title: string) => {
    const metadata = {
      tenantId: 'acme',
      actor: caller,
      correlationId: randomUUID(),
      causationId: randomUUID(),
      occurredAt: new Date().toISOString(),
      schemaVersion: 1,
    };
    await store.appendToStream(`ticket-acme.${ticket}`, [{ eventId: randomUUID(), type: 'TicketOpened', data: { title, caller }, metadata }], {
      expectedRevision: 'any',
    });
  };
  const titles = async () => (await documents.collection<TicketLine>(lines.collection).find('acme')).items.map((line) => line.title).sort();
  /** Once the live runner has written the lines (it writes each turn's events after the turn). */
  const listed = (count: number) => eventually(async () => expect(await titles()).toHaveLength(count));
  /** What the directory's announcement does in a process: the key goes, then the erasure is counted. */
  const erase = async (person: string) => {
    await keys.erase('acme', person);
    await checkpoints.save(ERASURES_HANDLED, ((await checkpoints.load(ERASURES_HANDLED)) ?? 0) + 1);
  };

  beforeEach(async () => {
    db = openSqlite(':memory:');
    raw = new SqliteEventStore(db);
    documents = new SqliteDocumentStore(db);
    checkpoints = new SqliteCheckpointStore(db);
    keys = new PersonalKeys(documents);
    store = new CryptoShreddingEventStore(raw, keys, declarations);
    const projections: Projection[] = [lines, counts];
    runners = projections.map((projection) => new ProjectionRunner({ store, documents, checkpoints, projection }));
    held = projections.map((projection, i) => ({
      projection,
      async whilePaused<T>(work: () => Promise<T>): Promise<T> {
        await runners[i]!.stop();
        try {
          return await work();
        } finally {
          await runners[i]!.start();
        }
      },
    }));
    replays = new ErasureReplays({ store, documents, checkpoints, declarations, held: () => held });
    await Promise.all(runners.map((runner) => runner.start()));
    await open('t1', 'samir', 'Samir: the light flickers');
    await open('t2', 'milton', 'Milton: my stapler');
    await listed(2);
  });
  afterEach(async () => {
    await Promise.all(runners.map((runner) => runner.stop()));
    await raw.close();
    db.close();
  });

  it('given no erasure was handled, when asked, then nothing is replayed', async () => {
    await replays.request();
    expect(await checkpoints.load(replayedAfter(lines))).toBeUndefined();
    expect(await titles()).toEqual(['Milton: my stapler', 'Samir: the light flickers']);
  });

  it("given samir's erasure was handled, then the list reads his words as erased and keeps milton's, and goes on projecting", async () => {
    await erase('samir');
    // Folded before the erasure: the list still holds the words until it is replayed.
    expect(await titles()).toContain('Samir: the light flickers');
    await replays.request();
    expect(await titles()).toEqual(['Milton: my stapler', '[erased]']);
    expect(await checkpoints.load(replayedAfter(lines))).toBe(1);
    // The projection without personal data is not replayed.
    expect(await checkpoints.load(replayedAfter(counts))).toBeUndefined();
    await open('t3', 'peter', 'Peter: TPS reports');
    await listed(3);
    expect(await titles()).toEqual(['Milton: my stapler', 'Peter: TPS reports', '[erased]']);
  });

  it('given the replay after an erasure is done, when asked again, then it is not made twice; a later erasure is', async () => {
    await erase('samir');
    await replays.request();
    const mark = await checkpoints.load(replayedAfter(lines));
    let replayed = 0;
    held = held.map((role) => ({ ...role, whilePaused: <T>(work: () => Promise<T>) => ((replayed += 1), role.whilePaused(work)) }));
    await replays.request();
    expect(replayed).toBe(0);
    expect(await checkpoints.load(replayedAfter(lines))).toBe(mark);
    await erase('milton');
    await replays.request();
    expect(replayed).toBe(1);
    expect(await titles()).toEqual(['[erased]', '[erased]']);
  });

  it('given a replay that fails, then it is made again on the next request; given the projection runs on another replica, then this one leaves it', async () => {
    await erase('samir');
    const working = held;
    held = [{ projection: lines, whilePaused: () => Promise.reject(new Error('store unavailable')) }];
    await expect(replays.request()).rejects.toThrow('store unavailable');
    expect(await checkpoints.load(replayedAfter(lines))).toBeUndefined();
    held = [];
    await replays.request();
    expect(await titles()).toContain('Samir: the light flickers');
    held = working;
    await replays.request();
    expect(await titles()).toEqual(['Milton: my stapler', '[erased]']);
  });
});
