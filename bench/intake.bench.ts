import autocannon from 'autocannon';
import { backlogGauge, queueReferences } from '../services/standalone/src/intake/intake-restart-test-kit';
import { devToken, startServer, startStandalone } from '../services/standalone/src/standalone-process';
import { elapsedSeconds, round, tempDir, type BenchResult } from './bench-kit';
import { CONNECTIONS, failures, load, okRate } from './http-load';

const SECONDS = 10;
const WARM_UP_SECONDS = 2;
const BURST = 20_000;
const TENANT = 'acme';
const POLL_MS = 20;
const DRAIN_GIVE_UP_MS = 600_000;
/** The bench measures what the app can acknowledge, so the per-tenant limits (intake's and the API's, 5,000/s by default) are lifted. */
const RATE_ENV = { INTAKE_RATE_PER_SECOND: '1000000', API_RATE_PER_SECOND: '1000000' };

export interface Portal {
  readonly base: string;
  readonly requester: string;
  readonly agent: string;
  readonly requestType: string;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The demo tenant's first incident form from GET /api/v1/intake/request-types, as the portal would offer it. */
export async function incidentRequestType(base: string, token: string): Promise<string> {
  const { items } = (await (await fetch(`${base}/api/v1/intake/request-types`, { headers: bearer(token) })).json()) as {
    items: { id: string; kind: string; form: { required?: string[] } }[];
  };
  const type = items.find((item) => item.kind === 'incident' && (item.form.required ?? []).every((field) => field === 'shortDescription'));
  if (!type) throw new Error(`no incident request type with only shortDescription required in ${items.map((item) => item.id).join(', ')}`);
  return type.id;
}

/** `#<tag>-<i>#`: the marker a submission's text carries, unique under the queue's substring search. */
const marker = (tag: string, i: number) => `#${tag}-${i}#`;

/**
 * One distinct submission per request with its own Idempotency-Key (distinct texts, so none is linked
 * as a repeat); `acknowledged` keeps the index of the latest 202.
 */
export function submissions(portal: Portal, tag: string, acknowledged: { last: number }): autocannon.Request[] {
  let next = 0;
  const headers = { ...bearer(portal.requester), 'content-type': 'application/json' };
  return [
    {
      method: 'POST',
      path: '/api/v1/intake/submissions',
      setupRequest: (request, context) => {
        const i = next++;
        (context as { i: number }).i = i;
        const fields = { shortDescription: `Cannot log in to the portal ${marker(tag, i)}`, description: 'The login page spins and then times out' };
        return { ...request, headers: { ...headers, 'idempotency-key': `${tag}-${i}` }, body: JSON.stringify({ requestType: portal.requestType, fields }) };
      },
      onResponse: (status, _body, context) => {
        if (status === 202) acknowledged.last = (context as { i: number }).i;
      },
    },
  ];
}

async function helloWorldRate(): Promise<number> {
  const hello = await startServer('bench/hello-world.server.ts', {}, '/');
  try {
    await load({ url: `${hello.base}/`, seconds: WARM_UP_SECONDS });
    return okRate(await load({ url: `${hello.base}/`, seconds: SECONDS }));
  } finally {
    await hello.stop();
  }
}

/** Polls until the backlog gauge reads 0 and `visible` holds; resolves with the seconds since `start`, or null on giving up. */
async function drained(portal: Portal, start: bigint, visible: () => Promise<boolean>): Promise<number | null> {
  const deadline = Date.now() + DRAIN_GIVE_UP_MS;
  while (Date.now() < deadline) {
    if ((await backlogGauge(portal.base, TENANT)) === 0 && (await visible())) return elapsedSeconds(start);
    await sleep(POLL_MS);
  }
  return null;
}

async function inQueue(portal: Portal, text: string): Promise<boolean> {
  const response = await fetch(`${portal.base}/api/v1/incidents?${new URLSearchParams({ q: text, limit: '5' })}`, { headers: bearer(portal.agent) });
  return response.ok && ((await response.json()) as { items: unknown[] }).items.length > 0;
}

interface BurstFigures {
  readonly acknowledged: number;
  readonly acknowledgeSeconds: number;
  readonly lastVisibleSeconds: number | null;
  readonly listed: number;
  readonly peakBacklog: number;
  readonly result: autocannon.Result;
}

/** BURST submissions at CONNECTIONS as fast as they are taken, then the wait until the last ticket is in the queue and the backlog is 0. */
async function burst(portal: Portal): Promise<BurstFigures> {
  const tag = `burst${Date.now().toString(36)}`;
  const acknowledged = { last: -1 };
  let peakBacklog = 0;
  let sampling = true;
  const sampler = (async () => {
    for (; sampling; await sleep(250)) peakBacklog = Math.max(peakBacklog, (await backlogGauge(portal.base, TENANT)) || 0);
  })();
  const start = process.hrtime.bigint();
  const result = await autocannon({ url: portal.base, connections: CONNECTIONS, amount: BURST, requests: submissions(portal, tag, acknowledged) });
  const acknowledgeSeconds = elapsedSeconds(start);
  const last = marker(tag, acknowledged.last);
  let lastVisibleSeconds = await drained(portal, start, () => inQueue(portal, last));
  sampling = false;
  await sampler;
  // Every ticket of the burst must be listed, not only the last: page through the queue; should the queue still lag, wait for it.
  let listed = (await queueReferences(portal.base, portal.agent, tag)).size;
  const deadline = Date.now() + DRAIN_GIVE_UP_MS;
  while (lastVisibleSeconds !== null && listed < result['2xx']) {
    if (Date.now() > deadline) lastVisibleSeconds = null;
    await sleep(200);
    listed = (await queueReferences(portal.base, portal.agent, tag)).size;
    if (listed >= result['2xx']) lastVisibleSeconds = elapsedSeconds(start);
  }
  return { acknowledged: result['2xx'], acknowledgeSeconds, lastVisibleSeconds, listed, peakBacklog, result };
}

/**
 * Issue 4, "Benchmark": portal submissions against the standalone app in a child process (every
 * service, embedded adapters, temp data dir) at concurrency 32 with the hello-world baseline of the
 * same run, then a 20,000-submission burst timed until its last ticket is in the incident queue.
 */
export async function intakeBenchmarks(): Promise<BenchResult[]> {
  const helloRate = await helloWorldRate();
  const baseline = { name: 'bare Fastify hello-world, same run', value: round(helloRate), unit: 'req/s' };

  const dir = tempDir('intake');
  const app = await startStandalone(dir.path, RATE_ENV);
  try {
    const requester = await devToken(app.base, TENANT, 'requester');
    const portal: Portal = {
      base: app.base,
      requester,
      agent: await devToken(app.base, TENANT, 'agent'),
      requestType: await incidentRequestType(app.base, requester),
    };

    const warmUp = { last: -1 };
    await autocannon({ url: portal.base, connections: CONNECTIONS, duration: WARM_UP_SECONDS, requests: submissions(portal, 'warmup', warmUp) });
    const steady = { last: -1 };
    const tag = `steady${Date.now().toString(36)}`;
    const measured = await autocannon({ url: portal.base, connections: CONNECTIONS, duration: SECONDS, requests: submissions(portal, tag, steady) });
    const loadEnded = process.hrtime.bigint();
    const steadyDrain = await drained(portal, loadEnded, () => inQueue(portal, marker(tag, steady.last)));

    const figures = await burst(portal);
    const concurrency = `concurrency ${CONNECTIONS}, loopback, Idempotency-Key on every request`;
    const rate = okRate(measured);
    return [
      {
        name: 'intake baseline: bare Fastify hello-world',
        value: round(helloRate),
        unit: 'req/s',
        notes: `concurrency ${CONNECTIONS}, ${SECONDS} s, loopback`,
      },
      {
        name: 'intake: portal submissions acknowledged (POST /api/v1/intake/submissions, 202)',
        value: round(rate),
        unit: 'submissions/s',
        target: { op: '>=', value: 2000 },
        baseline,
        notes:
          `${round((rate / helloRate) * 100, 1)}% of hello-world; ${failures(measured)}; ${SECONDS} s after ${WARM_UP_SECONDS} s warm-up, ${concurrency}; ` +
          `request type ${portal.requestType}; backlog at 0 and last ticket in the queue ${steadyDrain === null ? 'not within the give-up time' : `${round(steadyDrain, 1)} s after the load ended`}`,
      },
      {
        name: 'intake: portal submission latency (p99)',
        value: measured.latency.p99,
        unit: 'ms',
        target: { op: '<', value: 50 },
        notes: `p50 ${measured.latency.p50} ms, p97.5 ${measured.latency.p97_5} ms, max ${measured.latency.max} ms`,
      },
      {
        name: `intake: ${BURST.toLocaleString('en')}-submission burst, first submission to last ticket in GET /api/v1/incidents and backlog gauge 0`,
        value: figures.lastVisibleSeconds === null ? Number.NaN : round(figures.lastVisibleSeconds, 1),
        unit: 's',
        notes:
          `${failures(figures.result)} in ${round(figures.acknowledgeSeconds, 1)} s (${round(figures.acknowledged / figures.acknowledgeSeconds)} submissions/s acknowledged, ` +
          `p99 ${figures.result.latency.p99} ms); peak backlog gauge ${figures.peakBacklog}; ${figures.listed.toLocaleString('en')} of ${figures.acknowledged.toLocaleString('en')} tickets listed in the queue` +
          (figures.lastVisibleSeconds === null
            ? `; not drained within ${DRAIN_GIVE_UP_MS / 1000} s`
            : `; ${round(figures.acknowledged / figures.lastVisibleSeconds)} tickets/s end to end`),
      },
    ];
  } finally {
    const exit = await app.stop();
    dir.remove();
    if (exit.code !== 0) console.error(`standalone app exited with ${JSON.stringify(exit)}:\n${app.output()}`);
  }
}
