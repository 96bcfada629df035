import { SqliteEventStore } from '@deskstream/eventstore';
import { ProjectionRunner, rebuildProjection, SqliteDocumentStore } from '@deskstream/readmodels';
import { openSqlite, SqliteCheckpointStore, sqliteFileIn } from '@deskstream/sqlite';
import { incidentQueueProjection } from '../services/incidents/src/application/incident-queue.projection';
import { elapsedSeconds, round, tempDir, type BenchResult } from './bench-kit';
import { appendIncidentHistory } from './incident-history';

const INCIDENTS = 10_000;
/** Page size of the store's own catch-up reads, so the baseline reads the log the way a subscription does. */
const PAGE = 1_000;
const projection = incidentQueueProjection;

interface History {
  readonly store: SqliteEventStore;
  readonly documents: SqliteDocumentStore;
  readonly checkpoints: SqliteCheckpointStore;
  readonly written: number;
  readonly head: number;
}

/** A fresh data dir holding INCIDENTS full lifecycles with `inFlight` incidents open at a time. */
async function withHistory<T>(inFlight: number, fn: (history: History) => Promise<T>): Promise<T> {
  const dir = tempDir('projections');
  const db = openSqlite(sqliteFileIn(dir.path));
  const store = new SqliteEventStore(db);
  try {
    const written = await appendIncidentHistory(store, INCIDENTS, inFlight);
    const history = { store, documents: new SqliteDocumentStore(db), checkpoints: new SqliteCheckpointStore(db), written, head: await store.headPosition() };
    return await fn(history);
  } finally {
    await store.close();
    db.close();
    dir.remove();
  }
}

/** Baseline: the same events read with readAll in pages, no projection work at all. */
async function readAllRate({ store, head, written }: History): Promise<number> {
  let after = -1;
  let events = 0;
  const start = process.hrtime.bigint();
  while (after < head) {
    const page = await store.readAll({ after, maxCount: PAGE });
    if (page.length === 0) break;
    events += page.length;
    after = page[page.length - 1].position;
  }
  const rate = events / elapsedSeconds(start);
  if (events !== written) throw new Error(`read ${events} events, wrote ${written}`);
  return rate;
}

/** A ProjectionRunner from checkpoint 0 until caught up; checks it projected every incident. */
async function catchUpSeconds({ store, documents, checkpoints, head }: History): Promise<number> {
  const runner = new ProjectionRunner({ store, documents, checkpoints, projection });
  const start = process.hrtime.bigint();
  await runner.start();
  await runner.caughtUp();
  const seconds = elapsedSeconds(start);
  await runner.stop();
  if (runner.position() !== head) throw new Error(`runner stopped at ${runner.position()}, head is ${head}`);
  const queue = documents.collection(projection.collection);
  const docs = (await queue.count('acme')) + (await queue.count('globex'));
  if (docs !== INCIDENTS) throw new Error(`queue holds ${docs} incidents, expected ${INCIDENTS}`);
  return seconds;
}

async function rebuildSeconds({ store, documents, checkpoints, written }: History): Promise<number> {
  const start = process.hrtime.bigint();
  const rebuilt = await rebuildProjection({ store, documents, checkpoints, projection });
  const seconds = elapsedSeconds(start);
  if (rebuilt.events !== written) throw new Error(`rebuild replayed ${rebuilt.events} events, expected ${written}`);
  return seconds;
}

/**
 * Projection catch-up into the SQLite document store: 10,000 incidents' full lifecycles (100,000
 * events, decided by the incident decider) folded by the incident queue projection (4 indexes), by
 * a ProjectionRunner from checkpoint 0 to caught-up and by a rebuild into a fresh copy. With 1,000
 * incidents open at a time, each batch of 1,000 events touches ~1,000 documents: the runner's
 * batching cannot coalesce writes, the costly case. The 100-open run shows how much that matters.
 */
export async function projectionBenchmarks(): Promise<BenchResult[]> {
  const headline = await withHistory(1_000, async (history) => ({
    written: history.written,
    readAll: await readAllRate(history),
    catchUp: await catchUpSeconds(history),
    rebuild: await rebuildSeconds(history),
  }));
  const fewerOpen = await withHistory(100, catchUpSeconds);
  const { written } = headline;
  const readAll = { name: 'readAll of the same events, pages of 1,000', value: round(headline.readAll), unit: 'events/s' };
  const workload = `${written.toLocaleString('en')} events, ${INCIDENTS.toLocaleString('en')} incidents x 10-event lifecycles, 2 tenants`;
  return [
    {
      name: 'projection catch-up: incident queue, ProjectionRunner from checkpoint 0 (1,000 incidents open at a time)',
      value: round(written / headline.catchUp),
      unit: 'events/s',
      target: { op: '>=', value: 50_000 },
      baseline: readAll,
      notes: `${workload}; ${round(headline.catchUp, 2)} s`,
    },
    {
      name: 'projection rebuild: incident queue into a fresh copy, then swap (same events)',
      value: round(written / headline.rebuild),
      unit: 'events/s',
      target: { op: '>=', value: 50_000 },
      baseline: readAll,
      notes: `${round(headline.rebuild, 2)} s; the shadow gets its indexes at the swap`,
    },
    {
      name: 'projection catch-up, same history written with 100 incidents open at a time (sensitivity)',
      value: round(written / fewerOpen),
      unit: 'events/s',
      notes: `${round(fewerOpen, 2)} s; consecutive events share documents, so batches coalesce writes`,
    },
  ];
}
