import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { INCIDENT_EVENTS, TOPICS } from '@deskstream/contracts';
import { SqliteEventStore } from '@deskstream/eventstore';
import { SequentialIds, systemClock } from '@deskstream/kernel';
import { SqliteInbox, SqliteIntegrationBus, subscribeWithInbox, type OutgoingMessage } from '@deskstream/messaging';
import { openSqlite, sqliteFileIn } from '@deskstream/sqlite';
import { TrendFeed } from '../services/problems/src/application/incident-feed';
import { ProblemClusters } from '../services/problems/src/application/problem-clusters';
import { ProblemSettingsRepository } from '../services/problems/src/application/problem-settings.repository';
import { TrendDetection } from '../services/problems/src/application/trend-detection';
import { devToken, startStandalone } from '../services/standalone/src/standalone-process';
import { percentile, round, tempDir, type BenchResult } from './bench-kit';
import { CONNECTIONS, failures, load, okRate, OPEN_BODY, waitForQuiet } from './http-load';

const SECONDS = 10;
const LINKED = 500;
const TIMELINE_READS = 100;

async function post(url: string, headers: Record<string, string>, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function openCandidateSize(base: string, headers: Record<string, string>): Promise<number> {
  const page = (await (await fetch(`${base}/api/v1/problems/candidates`, { headers })).json()) as { items: { incidentCount: number }[] };
  return page.items[0]?.incidentCount ?? 0;
}

/** Runs `work` over `items` with `width` in flight at a time. */
async function inParallel<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

/**
 * From the stored history: when the detector recorded each incident, against when the incident was
 * opened; and, to tell where the time goes, when the incidents gateway put each opening on the bus.
 */
function lagsFromHistory(dataDir: string): { detector: number[]; published: number[] } {
  const db = new DatabaseSync(join(dataDir, 'deskstream.sqlite'), { readOnly: true });
  try {
    const rows = db
      .prepare("SELECT data, metadata FROM events WHERE category = 'problemcluster' AND type IN ('ClusterIncidentObserved', 'ProblemCandidateGrew')")
      .all() as { data: string; metadata: string }[];
    const detector = rows.map(
      (row) => Date.parse((JSON.parse(row.metadata) as { occurredAt: string }).occurredAt) - Date.parse((JSON.parse(row.data) as { at: string }).at),
    );
    const messages = db.prepare("SELECT event, published_at FROM bus_messages WHERE topic = 'deskstream.incidents.incident.v1'").all() as {
      event: string;
      published_at: number;
    }[];
    const published = messages
      .map((m) => ({ event: JSON.parse(m.event) as { type: string; data: { at: string } }, at: m.published_at }))
      .filter((m) => m.event.type === 'deskstream.incidents.incident-opened.v1')
      .map((m) => m.at - Date.parse(m.event.data.at));
    return { detector: detector.sort((a, b) => a - b), published: published.sort((a, b) => a - b) };
  } finally {
    db.close();
  }
}

const ALONE_MESSAGES = 10_000;
const MEMBERS = 4;

/**
 * The detector's consumer by itself on the embedded bus and store (no HTTP load in the process):
 * how many incident openings per second it takes, four members as the problems module runs it.
 */
async function detectorAlone(): Promise<number> {
  const dir = tempDir('problems-detector');
  const db = openSqlite(sqliteFileIn(dir.path));
  const store = new SqliteEventStore(db);
  const bus = new SqliteIntegrationBus(db);
  const ids = new SequentialIds('bench');
  const feed = new TrendFeed(new TrendDetection(store, new ProblemClusters(store, ids, systemClock), new ProblemSettingsRepository(store, ids), ids));
  const at = new Date().toISOString();
  const messages: OutgoingMessage[] = Array.from({ length: ALONE_MESSAGES }, (_, i) => ({
    topic: TOPICS.incidents,
    key: `inc-${i}`,
    event: {
      specversion: '1.0',
      id: `opened-${i}`,
      source: '/deskstream/incidents',
      type: INCIDENT_EVENTS.opened,
      subject: `inc-${i}`,
      time: at,
      datacontenttype: 'application/json',
      tenantid: 'acme',
      correlationid: `c-${i}`,
      data: {
        ...JSON.parse(OPEN_BODY),
        incidentId: `inc-${i}`,
        reference: `INC${1001 + i}`,
        by: 'agent',
        at,
        caller: 'requester',
        configurationItem: null,
        priority: 'P3',
        category: null,
        subcategory: null,
        symptom: null,
        classified: true,
      },
    },
  }));
  await bus.publish(messages);
  let handled = 0;
  const start = performance.now();
  const consumers = await new Promise<Awaited<ReturnType<typeof subscribeWithInbox>>[]>((done) => {
    const started = Array.from({ length: MEMBERS }, () =>
      subscribeWithInbox(bus, new SqliteInbox(db), { groupId: 'bench.trend-detection', topics: [TOPICS.incidents] }, async (message) => {
        await feed.handle(message);
        handled += 1;
        if (handled === ALONE_MESSAGES) void Promise.all(started).then(done);
      }),
    );
  });
  const rate = ALONE_MESSAGES / ((performance.now() - start) / 1000);
  await Promise.all(consumers.map((consumer) => consumer.stop()));
  await bus.close();
  await store.close();
  db.close();
  dir.remove();
  return rate;
}

/**
 * Problem management on the standalone app (every service in one process, embedded adapters): the
 * trend detector under the incident-creation load of the http bench, and the timeline of a problem
 * with 500 linked incidents, each with a few events of its own.
 */
export async function problemsBenchmarks(): Promise<BenchResult[]> {
  const dir = tempDir('problems');
  const app = await startStandalone(dir.path);
  let created: Awaited<ReturnType<typeof load>>;
  let timelineMs: number[] = [];
  let settleMs = 0;
  let entries = 0;
  let candidateIncidents = 0;
  let drainSeconds = 0;
  try {
    const agent = { authorization: `Bearer ${await devToken(app.base, 'acme', 'agent')}`, 'content-type': 'application/json' };
    const manager = { authorization: `Bearer ${await devToken(app.base, 'acme', 'problem-manager')}`, 'content-type': 'application/json' };
    created = await load({ url: `${app.base}/api/v1/incidents`, method: 'POST', headers: agent, body: OPEN_BODY, seconds: SECONDS });
    // The load's incidents all share one service: one candidate collects them once the detector has caught up.
    const loadEnded = performance.now();
    while ((candidateIncidents = await openCandidateSize(app.base, manager)) < created['2xx'] && performance.now() - loadEnded < 120_000) {
      await new Promise((done) => setTimeout(done, 100));
    }
    drainSeconds = (performance.now() - loadEnded) / 1000;

    // 500 incidents with a life of their own: opened, assigned, started, a public comment.
    const ids: string[] = [];
    await inParallel(
      Array.from({ length: LINKED }, (_, i) => i),
      16,
      async () => {
        const opened = await post(`${app.base}/api/v1/incidents`, agent, JSON.parse(OPEN_BODY));
        const id = String(opened.body.id);
        ids.push(id);
        await post(`${app.base}/api/v1/incidents/${id}/assign`, agent, { group: 'messaging', assignee: 'agent' });
        await post(`${app.base}/api/v1/incidents/${id}/start`, agent, {});
        await post(`${app.base}/api/v1/incidents/${id}/note`, agent, { visibility: 'public', text: 'Looking at the relay', minutes: 5 });
      },
    );
    // The problems service knows them once their events have come through the bus.
    let problem: { status: number; body: Record<string, unknown> };
    const deadline = Date.now() + 120_000;
    do {
      problem = await post(`${app.base}/api/v1/problems`, manager, {
        shortDescription: 'Mail relay drops connections',
        description: 'Hundreds of incidents about sending mail',
        service: 'email',
        impact: 1,
        urgency: 1,
        origin: 'incident-trend',
        incidents: ids,
      });
      if (problem.status !== 201) await new Promise((done) => setTimeout(done, 250));
    } while (problem.status !== 201 && Date.now() < deadline);
    if (problem.status !== 201) throw new Error(`could not record the problem: ${JSON.stringify(problem.body)}`);
    const timelineUrl = `${app.base}/api/v1/problems/${String(problem.body.id)}/timeline`;
    // Wait until every linked incident's four events are in (the note is the last).
    for (;;) {
      const page = (await (await fetch(timelineUrl, { headers: manager })).json()) as { items: unknown[] };
      entries = page.items.length;
      if (entries >= LINKED * 5 + 1 || Date.now() > deadline) break;
      await new Promise((done) => setTimeout(done, 250));
    }
    // Read on a settled desk: the 2,000 commands above still feed SLA, reporting and the rest for a while.
    settleMs = await waitForQuiet(app.base);
    for (let i = 0; i < TIMELINE_READS; i += 1) {
      const start = performance.now();
      const response = await fetch(timelineUrl, { headers: manager });
      await response.arrayBuffer();
      timelineMs.push(performance.now() - start);
    }
  } finally {
    const exit = await app.stop();
    if (exit.code !== 0) console.error(`standalone app exited with ${JSON.stringify(exit)}:\n${app.output()}`);
  }
  const { detector: lags, published } = lagsFromHistory(dir.path);
  const aloneRate = await detectorAlone();
  dir.remove();
  timelineMs = timelineMs.sort((a, b) => a - b);
  const detected = lags.length;
  return [
    {
      name: 'problems: trend detector lag under POST /api/v1/incidents load (p99)',
      value: round(percentile(lags, 99), 1),
      unit: 'ms',
      target: { op: '<', value: 500 },
      notes:
        `incident opened -> recorded by its cluster workflow, from the stored events; ${detected} incidents detected ` +
        `(load: ${round(okRate(created))} req/s, ${failures(created)}, concurrency ${CONNECTIONS}, ${SECONDS} s; then ${LINKED} more); ` +
        `the detector caught up ${round(drainSeconds, 1)} s after the load ended; ` +
        `p50 ${round(percentile(lags, 50), 1)} ms, max ${round(lags.at(-1) ?? NaN, 1)} ms; one open candidate with ${candidateIncidents} incidents; ` +
        `of which opened -> on the bus (incidents gateway): p50 ${round(percentile(published, 50), 1)} ms, p99 ${round(percentile(published, 99), 1)} ms`,
    },
    {
      name: 'problems: trend detector alone (embedded bus, 4 members, no HTTP load in the process)',
      value: round(aloneRate),
      unit: 'incidents/s',
      baseline: { name: 'POST /api/v1/incidents load above, same run', value: round(okRate(created)), unit: 'req/s' },
      notes: `${ALONE_MESSAGES.toLocaleString('en')} openings on one service, published first, then consumed through the inbox`,
    },
    {
      name: `problems: GET /problems/{id}/timeline with ${LINKED} linked incidents (p99)`,
      value: round(percentile(timelineMs, 99), 1),
      unit: 'ms',
      target: { op: '<', value: 100 },
      notes: `${entries} entries (each incident opened, assigned, started, commented); ${TIMELINE_READS} sequential reads once the background work had settled (delivery lag 0 for 0.5 s, reached after ${round(settleMs / 1000, 1)} s), p50 ${round(percentile(timelineMs, 50), 1)} ms, max ${round(timelineMs.at(-1) ?? NaN, 1)} ms`,
    },
  ];
}
