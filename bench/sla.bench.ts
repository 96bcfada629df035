import autocannon from 'autocannon';
import { ManualClock, SequentialIds } from '@deskstream/kernel';
import { SqliteEventStore } from '@deskstream/eventstore';
import { SqliteDocumentStore } from '@deskstream/readmodels';
import { openSqlite } from '@deskstream/sqlite';
import { timelineOf } from '../services/sla/src/application/calendar-timeline';
import { SlaCalendars } from '../services/sla/src/application/sla-calendars';
import { SlaDefinitions } from '../services/sla/src/application/sla-definitions';
import { applyToSlaTicket, SLA_TICKETS, type SlaTicketDocument } from '../services/sla/src/application/sla-ticket.projection';
import { SlaTickets } from '../services/sla/src/application/sla-tickets';
import { SlaReplay } from '../services/sla/src/application/sla-what-if';
import { DEFAULT_CALENDARS } from '../services/sla/src/domain/default-calendars';
import { DEFAULT_DEFINITIONS } from '../services/sla/src/domain/default-definitions';
import { slaTicketDecider } from '../services/sla/src/domain/sla-ticket.decider';
import type { SlaTicketCommand, SlaTicketEvent } from '../services/sla/src/domain/sla-ticket.events';
import type { TicketChange } from '../services/sla/src/domain/ticket-facts';
import { devToken, startStandalone } from '../services/standalone/src/standalone-process';
import { elapsedSeconds, round, tempDir, type BenchResult } from './bench-kit';
import { CONNECTIONS, failures, LagProbe, okRate } from './http-load';

const CALLS = 2_000_000;
const INCIDENTS = 100_000;
const LOAD_SECONDS = 10;
const SAMPLE_EVERY = 20;
/** A steady rate well under the creation capacity, next to the saturating one. */
const PACED_RATE = 100;
const MINUTE = 60_000;

/** Business hours in Berlin with two years of public holidays: what most clocks run on. */
function berlinWithHolidays() {
  const calendar = DEFAULT_CALENDARS.find((c) => c.id === 'business-hours')!;
  const dates = ['01-01', '04-03', '04-06', '05-01', '05-14', '05-25', '10-03', '12-24', '12-25', '12-26', '12-31'];
  const holidays = ['2026', '2027'].flatMap((year) => dates.map((date) => ({ date: `${year}-${date}`, name: 'holiday' })));
  return timelineOf(calendar, holidays);
}

/** Calls per second of due() and elapsed() on random instants over two years and durations up to 3 business days. */
function arithmetic(): BenchResult[] {
  const timeline = berlinWithHolidays();
  const start = Date.UTC(2026, 0, 1);
  const froms = new Float64Array(CALLS);
  const spans = new Float64Array(CALLS);
  // A fixed linear congruential sequence: the same inputs every run, without Math.random.
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < CALLS; i += 1) {
    froms[i] = start + Math.floor(next() * 700 * 86_400_000);
    spans[i] = Math.floor(next() * 3 * 540) * MINUTE;
  }
  timeline.dueMs(start, 800 * 540 * MINUTE);
  let sink = 0;
  const dueStart = process.hrtime.bigint();
  for (let i = 0; i < CALLS; i += 1) sink += timeline.dueMs(froms[i]!, spans[i]!);
  const dueRate = CALLS / elapsedSeconds(dueStart);
  const elapsedStart = process.hrtime.bigint();
  for (let i = 0; i < CALLS; i += 1) sink += timeline.elapsedMs(froms[i]!, froms[i]! + spans[i]!);
  const elapsedRate = CALLS / elapsedSeconds(elapsedStart);
  const notes = `${CALLS.toLocaleString('en')} calls on Mon-Fri 09:00-18:00 Europe/Berlin with 22 holidays, instants over 2026-2027 (checksum ${sink % 997})`;
  return [
    { name: 'SLA calendar: due(from, minutes)', value: round(dueRate), unit: 'calls/s', target: { op: '>=', value: 1_000_000 }, notes },
    { name: 'SLA calendar: elapsed(from, to)', value: round(elapsedRate), unit: 'calls/s', target: { op: '>=', value: 1_000_000 }, notes },
  ];
}

/** One generated incident: opened, assigned, worked, on hold for a while, commented, resolved; priorities and gaps vary. */
function incidentCommands(i: number, at: (minutes: number) => string): { change: TicketChange; at: string; by: string }[] {
  const priority = `P${1 + (i % 5)}`;
  const step = 5 + (i % 97);
  return [
    {
      change: { signal: 'opened', kind: 'incident', reference: `INC${String(i).padStart(7, '0')}`, priority, service: 'email', category: null, status: 'new' },
      at: at(0),
      by: 'agent',
    },
    { change: { signal: 'assigned', group: `group-${i % 7}`, assignee: 'resolver', status: 'assigned' }, at: at(step), by: 'agent' },
    { change: { signal: 'work-started', assignee: 'resolver' }, at: at(step * 2), by: 'resolver' },
    { change: { signal: 'put-on-hold', holdReason: 'awaiting-caller', thirdParty: null }, at: at(step * 3), by: 'resolver' },
    { change: { signal: 'resumed', status: 'in-progress' }, at: at(step * 7), by: 'resolver' },
    { change: { signal: 'public-comment' }, at: at(step * 8), by: 'resolver' },
    { change: { signal: 'resolved', status: 'resolved' }, at: at(step * 12), by: 'resolver' },
  ];
}

/** 100,000 incidents' SLA history written as the projection would, then one what-if over all of them through the store. */
async function whatIfBenchmark(): Promise<BenchResult> {
  const db = openSqlite(':memory:');
  const store = new SqliteEventStore(db);
  const documents = new SqliteDocumentStore(db);
  const clock = new ManualClock('2027-01-01T00:00:00.000Z');
  const ids = new SequentialIds('bench');
  const calendars = new SlaCalendars(store, documents, clock, ids);
  const tickets = new SlaTickets(store, new SlaDefinitions(store, calendars, clock, ids), calendars, clock, ids);
  const workingTimes = Object.fromEntries(
    await Promise.all(['24x7', 'business-hours'].map(async (id) => [id, (await calendars.timeline('acme', id)).timeline] as const)),
  );
  const collection = documents.collection<SlaTicketDocument>(SLA_TICKETS);
  const base = Date.UTC(2026, 0, 5, 8);
  let position = 0;
  for (let i = 0; i < INCIDENTS; i += 1) {
    const opened = base + (i % 2000) * 3 * 3_600_000;
    const events: SlaTicketEvent[] = [];
    for (const { change, at, by } of incidentCommands(i, (m) => new Date(opened + m * MINUTE).toISOString())) {
      const command: SlaTicketCommand = {
        type: 'ObserveTicket',
        data: { ticketId: `inc-${i}`, reference: null, change, by, at, definitions: DEFAULT_DEFINITIONS, workingTimes },
      };
      events.push(...slaTicketDecider.decide(command, events.reduce(slaTicketDecider.evolve, slaTicketDecider.initialState())));
    }
    let doc: SlaTicketDocument | null = null;
    for (const event of events) {
      position += 1;
      const recorded = {
        ...event,
        eventId: `e${position}`,
        streamId: `slaticket-acme.inc-${i}`,
        revision: 0,
        position,
        metadata: {
          tenantId: 'acme',
          actor: 'bench',
          correlationId: 'bench',
          causationId: 'bench',
          occurredAt: new Date(opened).toISOString(),
          schemaVersion: 1,
        },
      };
      doc = applyToSlaTicket(doc, recorded);
    }
    await collection.put(doc!);
  }
  await documents.ensureIndexes(SLA_TICKETS, [['openedAt']]);
  const replay = new SlaReplay(documents, tickets, calendars, clock);
  const proposals = DEFAULT_DEFINITIONS.filter((d) => d.appliesTo.kind === 'incident').map(({ version: _v, ...d }) => ({
    ...d,
    durationMinutes: Math.round((d.durationMinutes ?? 0) * 0.8),
  }));
  const started = process.hrtime.bigint();
  const answer = await replay.whatIf('acme', proposals, { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' });
  const seconds = elapsedSeconds(started);
  db.close();
  const would = answer.definitions.reduce((sum, d) => sum + d.wouldBreach, 0);
  const did = answer.definitions.reduce((sum, d) => sum + d.breached, 0);
  return {
    name: 'SLA what-if: 100,000 incidents through 10 proposed definitions',
    value: round(seconds, 2),
    unit: 's',
    target: { op: '<', value: 10 },
    notes: `${answer.ticketsInPeriod.toLocaleString('en')} tickets read from the SQLite read model and replayed (7 changes each); ${would} would breach vs ${did} did`,
  };
}

/** Incidents created at `rate` per second, every 20th watched until both its clocks show. */
async function clockLag(base: string, token: string, rate: number): Promise<BenchResult> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const probe = new LagProbe({ authorization: headers.authorization });
  let created = 0;
  const body = JSON.stringify({
    channel: 'phone',
    service: 'email',
    shortDescription: 'Cannot send mail',
    description: 'Outlook is disconnected',
    impact: 2,
    urgency: 2,
  });
  const result = await autocannon({
    url: base,
    connections: 4,
    duration: LOAD_SECONDS,
    overallRate: rate,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/incidents',
        headers,
        body,
        onResponse: (status, response) => {
          if (status !== 201 || (created += 1) % SAMPLE_EVERY !== 0) return;
          const { id } = JSON.parse(response) as { id: string };
          probe.watch(`${base}/api/v1/sla/clocks?ticket=${id}`, (page) => (page as { items?: unknown[] }).items?.length === 2);
        },
      },
    ],
  });
  const lag = await probe.settle();
  return {
    name: `SLA clock lag, incidents paced at ${rate}/s: 201 to both clocks in GET /api/v1/sla/clocks (p99)`,
    value: round(lag.p99, 1),
    unit: 'ms',
    target: { op: '<', value: 500 },
    notes:
      `${round(okRate(result))} incidents/s created (${failures(result)}), ${LOAD_SECONDS} s; every ${SAMPLE_EVERY}th polled every ${LagProbe.POLL_MS} ms; ` +
      `${lag.samples} samples, p50 ${round(lag.p50, 1)} ms, max ${round(lag.max, 1)} ms${lag.missed > 0 ? `, ${lag.missed} never seen (counted at 10 s)` : ''}`,
  };
}

/**
 * Incident creation as fast as 32 connections go, with nobody polling (pollers would compete for the same
 * process): when the load stops, how long until the last created incident shows both clocks. That is the
 * worst lag of the run, and created / (load + catch-up) is the rate the SLA service kept.
 */
async function catchUp(base: string, token: string): Promise<BenchResult> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const body = JSON.stringify({
    channel: 'phone',
    service: 'email',
    shortDescription: 'Cannot send mail',
    description: 'Outlook is disconnected',
    impact: 2,
    urgency: 2,
  });
  let last = '';
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: LOAD_SECONDS,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/incidents',
        headers,
        body,
        onResponse: (status, response) => {
          if (status === 201) last = (JSON.parse(response) as { id: string }).id;
        },
      },
    ],
  });
  const ended = performance.now();
  for (;;) {
    const page = (await (await fetch(`${base}/api/v1/sla/clocks?ticket=${last}`, { headers })).json()) as { items?: unknown[] };
    if (page.items?.length === 2) break;
    await new Promise((done) => setTimeout(done, 20));
  }
  const catchUpMs = performance.now() - ended;
  const created = result['2xx'];
  return {
    name: `SLA clock lag at saturation: last incident of ${LOAD_SECONDS} s at full creation speed to its clocks in GET /api/v1/sla/clocks`,
    value: round(catchUpMs, 1),
    unit: 'ms',
    target: { op: '<', value: 500 },
    notes:
      `${round(okRate(result))} incidents/s created (${failures(result)}, concurrency ${CONNECTIONS}); the SLA service kept ` +
      `${round(created / (result.duration + catchUpMs / 1000))} incidents/s end to end (consume, decide, append, publish, timers, read model), polled every 20 ms after the load`,
  };
}

/** The standalone app (every service, embedded adapters) in a child process on a temp data dir. */
async function lagBenchmarks(): Promise<BenchResult[]> {
  const dir = tempDir('sla');
  const app = await startStandalone(dir.path);
  try {
    const token = await devToken(app.base, 'acme', 'agent');
    return [await clockLag(app.base, token, PACED_RATE), await catchUp(app.base, token)];
  } finally {
    await app.stop();
    dir.remove();
  }
}

/** `npm run bench -- sla`: calendar arithmetic, what-if over generated history, and clock lag behind the incidents service. */
export async function slaBenchmarks(): Promise<BenchResult[]> {
  return [...arithmetic(), await whatIfBenchmark(), ...(await lagBenchmarks())];
}
