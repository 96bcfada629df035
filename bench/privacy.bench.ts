import { SqliteEventStore } from '@deskstream/eventstore';
import { eventMetadata, type EventStore, type EventToAppend } from '@deskstream/kernel';
import { PersonalKeys } from '@deskstream/platform';
import { SqliteDocumentStore } from '@deskstream/readmodels';
import { openSqlite, sqliteFileIn } from '@deskstream/sqlite';
import { CryptoShreddingEventStore } from '../libs/platform/src/privacy/crypto-shredding-event-store';
import { PERSONAL_DATA } from '../libs/platform/src/privacy/personal-data-catalogue';
import { elapsedSeconds, round, tempDir, type BenchResult } from './bench-kit';

const STREAMS = 4_000;
const CALLERS = 200;
const EVENTS_PER_STREAM = 10;
const ROUNDS = 3;

type Variant = 'inner' | 'no personal data' | 'sealed';

function open(variant: Variant) {
  const dir = tempDir(`privacy-${variant.replace(/ /g, '-')}`);
  const db = openSqlite(sqliteFileIn(dir.path));
  const inner = new SqliteEventStore(db);
  const keys = new PersonalKeys(new SqliteDocumentStore(db));
  const store: EventStore = variant === 'inner' ? inner : new CryptoShreddingEventStore(inner, keys, variant === 'sealed' ? PERSONAL_DATA : []);
  return { store, close: async () => (await store.close(), db.close(), dir.remove()) };
}

const metadata = eventMetadata({ tenantId: 'bench', actor: 'bench', correlationId: 'c' }, '2026-01-01T00:00:00.000Z');
const openingOf = (i: number): EventToAppend => ({
  eventId: `open-${i}`,
  type: 'IncidentOpened',
  data: {
    id: `t-${i}`,
    caller: `caller-${i % CALLERS}`,
    shortDescription: 'Printer on floor 3 jams',
    description: 'It jams on every second page since Monday.'.repeat(4),
    impact: 2,
    urgency: 2,
  },
  metadata,
});
const workOf = (i: number, n: number): EventToAppend => ({
  eventId: `work-${i}-${n}`,
  type: 'IncidentWorkStarted',
  data: { assignee: 'agent', by: 'agent', at: '2026-01-01T00:00:00.000Z' },
  metadata,
});

/** The create path (the incidents service's declarations): one opening appended per new stream, then the rest of each ticket's life; then each stream read whole. */
async function measure(variant: Variant): Promise<{ appends: number; reads: number }> {
  const { store, close } = open(variant);
  let start = process.hrtime.bigint();
  for (let i = 0; i < STREAMS; i += 1) await store.appendToStream(`ticket-bench.${i}`, [openingOf(i)], { expectedRevision: 'no_stream' });
  const appends = STREAMS / elapsedSeconds(start);
  for (let i = 0; i < STREAMS; i += 1) {
    const rest = Array.from({ length: EVENTS_PER_STREAM - 1 }, (_, n) => workOf(i, n));
    await store.appendToStream(`ticket-bench.${i}`, rest, { expectedRevision: 0 });
  }
  start = process.hrtime.bigint();
  for (let i = 0; i < STREAMS; i += 1) await store.readStream(`ticket-bench.${i}`);
  const reads = STREAMS / elapsedSeconds(start);
  await close();
  return { appends, reads };
}

/**
 * `npm run bench -- privacy`: what sealing personal data costs on the create path and on a stream read
 * (the aggregate load of every command), against the SQLite store alone and the sealing store with
 * nothing declared (the pass-through of events without personal data).
 */
export async function privacyBenchmarks(): Promise<BenchResult[]> {
  // The machine may be shared: the variants take turns, and each keeps its best of the rounds.
  const best = { inner: { appends: 0, reads: 0 }, passThrough: { appends: 0, reads: 0 }, sealed: { appends: 0, reads: 0 } };
  const keep = (into: { appends: number; reads: number }, run: { appends: number; reads: number }) => {
    into.appends = Math.max(into.appends, run.appends);
    into.reads = Math.max(into.reads, run.reads);
  };
  await measure('sealed'); // warm-up: JIT and the file system
  for (let round = 0; round < ROUNDS; round += 1) {
    keep(best.inner, await measure('inner'));
    keep(best.passThrough, await measure('no personal data'));
    keep(best.sealed, await measure('sealed'));
  }
  const { inner, passThrough, sealed } = best;
  const perEvent = (rate: number, base: number) => round((1 / rate - 1 / base) * 1e6);
  return [
    {
      name: `privacy: append a ticket's opening, one event per new stream (${CALLERS} callers)`,
      value: round(sealed.appends),
      unit: 'appends/s',
      baseline: { name: 'SQLite store alone', value: round(inner.appends), unit: 'appends/s' },
      notes: `nothing declared: ${round(passThrough.appends)}/s; sealing adds ${perEvent(sealed.appends, inner.appends)} µs per append`,
    },
    {
      name: `privacy: read a ${EVENTS_PER_STREAM}-event ticket stream, its opening sealed`,
      value: round(sealed.reads),
      unit: 'reads/s',
      baseline: { name: 'SQLite store alone', value: round(inner.reads), unit: 'reads/s' },
      notes: `nothing declared: ${round(passThrough.reads)}/s; opening adds ${perEvent(sealed.reads, inner.reads)} µs per read`,
    },
  ];
}
