import { commandHandler, SequentialIds, systemClock, type Decider, type EventToAppend } from '@deskstream/kernel';
import { SqliteEventStore } from '@deskstream/eventstore';
import { openSqlite, sqliteFileIn } from '@deskstream/sqlite';
import { elapsedSeconds, percentile, round, tempDir, type BenchResult } from './bench-kit';

type Counted = { type: 'Counted'; data: { by: number } };
type Count = { type: 'Count'; data: { by: number } };
const counter: Decider<Count, Counted, { total: number }> = {
  initialState: () => ({ total: 0 }),
  evolve: (state, event) => ({ total: state.total + event.data.by }),
  decide: (command) => [{ type: 'Counted', data: { by: command.data.by } }],
};

const metadata = {
  tenantId: 'bench',
  actor: 'bench',
  correlationId: 'c',
  causationId: 'c',
  occurredAt: '2026-01-01T00:00:00.000Z',
  schemaVersion: 1,
};

function open(name: string) {
  const dir = tempDir(name);
  const db = openSqlite(sqliteFileIn(dir.path));
  return { db, store: new SqliteEventStore(db), dir };
}

/** Baseline: the same rows inserted with node:sqlite directly, one transaction per batch, no adapter. */
function rawInsertBaseline(events: number, batch: number): number {
  const { db, dir } = open('raw');
  db.exec('CREATE TABLE raw (position INTEGER PRIMARY KEY, stream_id TEXT, revision INTEGER, type TEXT, data TEXT, metadata TEXT)');
  const insert = db.prepare('INSERT INTO raw (stream_id, revision, type, data, metadata) VALUES (?, ?, ?, ?, ?)');
  const start = process.hrtime.bigint();
  for (let i = 0; i < events; i += batch) {
    db.exec('BEGIN');
    for (let j = 0; j < batch; j += 1) insert.run(`s-${i}`, j, 'Counted', JSON.stringify({ by: j }), JSON.stringify(metadata));
    db.exec('COMMIT');
  }
  const rate = events / elapsedSeconds(start);
  db.close();
  dir.remove();
  return rate;
}

async function batchedAppends(): Promise<BenchResult> {
  const total = 200_000;
  const batch = 100;
  const baseline = rawInsertBaseline(total, batch);
  const { db, store, dir } = open('append');
  const ids = new SequentialIds('e');
  const start = process.hrtime.bigint();
  for (let i = 0; i < total / batch; i += 1) {
    const events: EventToAppend[] = Array.from({ length: batch }, (_, j) => ({
      eventId: ids.next(),
      type: 'Counted',
      data: { by: j },
      metadata,
    }));
    await store.appendToStream(`counter-bench.${i}`, events, { expectedRevision: 'no_stream' });
  }
  const rate = total / elapsedSeconds(start);
  db.close();
  dir.remove();
  return {
    name: 'event store: batched appends (100 events per append)',
    value: round(rate),
    unit: 'events/s',
    target: { op: '>=', value: 200_000 },
    baseline: { name: 'raw node:sqlite inserts, same batches', value: round(baseline), unit: 'rows/s' },
  };
}

async function commands(): Promise<BenchResult> {
  const streams = 10_000;
  const total = 100_000;
  const concurrency = 32;
  const { db, store, dir } = open('commands');
  const handler = commandHandler(counter, { store, clock: systemClock, ids: new SequentialIds('e') });
  const context = { tenantId: 'bench', actor: 'bench', correlationId: 'c' };
  let next = 0;
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const n = next++;
        await handler.handle(`counter-bench.${n % streams}`, { type: 'Count', data: { by: 1 } }, context);
      }
    }),
  );
  const rate = total / elapsedSeconds(start);
  db.close();
  dir.remove();
  return {
    name: `command handler: read, decide, append one event (${streams.toLocaleString('en')} streams, ${concurrency} in flight)`,
    value: round(rate),
    unit: 'commands/s',
    target: { op: '>=', value: 20_000 },
    notes: `${total.toLocaleString('en')} commands; streams grow to ${total / streams} events`,
  };
}

async function streamReads(): Promise<BenchResult> {
  const { db, store, dir } = open('reads');
  const ids = new SequentialIds('e');
  const streams = 1_000;
  for (let s = 0; s < streams; s += 1) {
    await store.appendToStream(
      `counter-bench.${s}`,
      Array.from({ length: 100 }, (_, j) => ({ eventId: ids.next(), type: 'Counted', data: { by: j }, metadata })),
      { expectedRevision: 'no_stream' },
    );
  }
  const samples: number[] = [];
  for (let i = 0; i < 20_000; i += 1) {
    const start = process.hrtime.bigint();
    const events = await store.readStream(`counter-bench.${(i * 7919) % streams}`);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (events.length !== 100) throw new Error('short read');
  }
  samples.sort((a, b) => a - b);
  db.close();
  dir.remove();
  return {
    name: 'read a 100-event stream (p99)',
    value: round(percentile(samples, 99), 3),
    unit: 'ms',
    target: { op: '<', value: 1 },
    notes: `p50 ${round(percentile(samples, 50), 3)} ms over ${samples.length.toLocaleString('en')} reads of ${streams} streams`,
  };
}

export async function eventStoreBenchmarks(): Promise<BenchResult[]> {
  return [await commands(), await batchedAppends(), await streamReads()];
}
