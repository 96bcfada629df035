import type autocannon from 'autocannon';
import { devToken, startServer, startStandalone } from '../services/standalone/src/standalone-process';
import { percentile, round, tempDir, type BenchResult } from './bench-kit';
import { CONNECTIONS, failures, LagProbe, load, okRate, OPEN_BODY, sampleDeliveryLag } from './http-load';
import { serviceCosts } from './http-services';

const SECONDS = 10;
const WARM_UP_SECONDS = 2;
/** Every SAMPLE_EVERY-th lifecycle's assignment is watched until the queue read model shows it. */
const SAMPLE_EVERY = 20;
/** A seeded group (the directory refuses unknown ones) that only the sampled assignments go to. */
const PROBE_GROUP = 'network';

/** autocannon restarts a connection's sequence when setupRequest returns nothing (its typings omit that). */
const RESTART = undefined as unknown as autocannon.Request;

interface Lifecycle {
  id?: string;
  group?: string;
}

/** open -> assign -> start -> resolve -> close, one sequence per connection, looping. */
function lifecycleRequests(headers: Record<string, string>, base: string, probe: LagProbe, closed: { count: number }): autocannon.Request[] {
  let assignments = 0;
  const action = (name: string, body: (context: Lifecycle) => object) => ({
    method: 'POST' as const,
    headers,
    setupRequest: (request: autocannon.Request, context: object) => {
      const lifecycle = context as Lifecycle;
      return lifecycle.id ? { ...request, path: `/api/v1/incidents/${lifecycle.id}/${name}`, body: JSON.stringify(body(lifecycle)) } : RESTART;
    },
  });
  return [
    {
      method: 'POST',
      path: '/api/v1/incidents',
      headers,
      body: OPEN_BODY,
      onResponse: (status, body, context) => {
        (context as Lifecycle).id = status === 201 ? (JSON.parse(body) as { id: string }).id : undefined;
      },
    },
    {
      ...action('assign', (lifecycle) => {
        assignments += 1;
        lifecycle.group = assignments % SAMPLE_EVERY === 0 ? PROBE_GROUP : 'service-desk';
        return { group: lifecycle.group, assignee: 'agent' };
      }),
      onResponse: (status, _body, context) => {
        const { id, group } = context as Lifecycle;
        if (status !== 200 || group !== PROBE_GROUP) return;
        probe.watch(`${base}/api/v1/incidents?group=${PROBE_GROUP}&sort=-updated&limit=20`, (page) =>
          (page as { items: { id: string }[] }).items.some((item) => item.id === id),
        );
      },
    },
    action('start', () => ({})),
    action('resolve', () => ({ closingCategory: 'software', notes: 'Restarted the mail relay' })),
    {
      ...action('close', () => ({})),
      onResponse: (status) => {
        if (status === 200) closed.count += 1;
      },
    },
  ];
}

/**
 * The HTTP edge under load: a bare Fastify hello-world as the same-run baseline, then the standalone
 * app (every service, embedded adapters, request logs off like the baseline) in a child process on a
 * temp data dir: incident creation, full lifecycles, and projection lag under the lifecycle load;
 * then the create path priced per service (`serviceCosts`).
 */
export async function httpBenchmarks(): Promise<BenchResult[]> {
  const hello = await startServer('bench/hello-world.server.ts', {}, '/');
  let helloRate: number;
  try {
    await load({ url: `${hello.base}/`, seconds: WARM_UP_SECONDS });
    helloRate = okRate(await load({ url: `${hello.base}/`, seconds: SECONDS }));
  } finally {
    await hello.stop();
  }
  const baseline = { name: 'bare Fastify hello-world, same run', value: round(helloRate), unit: 'req/s' };

  const dir = tempDir('http');
  // The bench measures the app's capacity for one tenant, not the tenant's API rate (5,000/s by default).
  const app = await startStandalone(dir.path, { API_RATE_PER_SECOND: '1000000' });
  try {
    const token = await devToken(app.base, 'acme', 'agent');
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const create = { url: `${app.base}/api/v1/incidents`, method: 'POST' as const, headers, body: OPEN_BODY };
    await load({ ...create, seconds: WARM_UP_SECONDS });
    const sampling = sampleDeliveryLag(app.base);
    const created = await load({ ...create, seconds: SECONDS });
    const deliveryLags = (await sampling.stop()).sort((a, b) => a - b);

    const probe = new LagProbe({ authorization: headers.authorization });
    const closed = { count: 0 };
    const lifecycles = await load({ url: app.base, seconds: SECONDS, requests: lifecycleRequests(headers, app.base, probe, closed) });
    const lag = await probe.settle();

    const concurrency = `concurrency ${CONNECTIONS}, ${SECONDS} s, loopback`;
    await app.stop();
    const perService = await serviceCosts(OPEN_BODY);
    return [
      { name: 'HTTP baseline: bare Fastify hello-world', value: round(helloRate), unit: 'req/s', notes: concurrency },
      {
        name: 'HTTP: POST /api/v1/incidents (creation rate)',
        value: round(okRate(created)),
        unit: 'req/s',
        target: { op: '>=', value: round(helloRate * 0.25) },
        baseline,
        notes: `target = 25% of hello-world; ${round((okRate(created) / helloRate) * 100, 1)}% of it; ${failures(created)}; ${concurrency}`,
      },
      {
        name: 'HTTP: POST /api/v1/incidents latency (p99)',
        value: created.latency.p99,
        unit: 'ms',
        target: { op: '<', value: 50 },
        notes: `p50 ${created.latency.p50} ms, max ${created.latency.max} ms`,
      },
      {
        name: 'lag of every projection, consumer and gateway under the creation load (p99 of the process-wide longest wait, write to handled)',
        value: round(percentile(deliveryLags, 99), 1),
        unit: 'ms',
        target: { op: '<', value: 500 },
        notes: `deskstream_delivery_lag_seconds sampled every 250 ms during the creation load: ${deliveryLags.length} samples, p50 ${round(percentile(deliveryLags, 50), 1)} ms, max ${round(deliveryLags.at(-1) ?? NaN, 1)} ms; commands are held while it is over ADMISSION_LAG_MS (150 ms)`,
      },
      {
        name: 'HTTP: full incident lifecycles (open, assign, start, resolve, close)',
        value: round(closed.count / lifecycles.duration, 1),
        unit: 'lifecycles/s',
        baseline,
        notes: `${round(okRate(lifecycles))} commands/s; ${failures(lifecycles)}; p99 per command ${lifecycles.latency.p99} ms; ${concurrency}`,
      },
      {
        name: 'projection lag under lifecycle load: 2xx to visible in GET /api/v1/incidents (p99)',
        value: round(lag.p99, 1),
        unit: 'ms',
        target: { op: '<', value: 500 },
        notes:
          `every ${SAMPLE_EVERY}th assignment, polled every ${LagProbe.POLL_MS} ms among the ${PROBE_GROUP} group's latest updates; ${lag.samples} samples, ` +
          `p50 ${round(lag.p50, 1)} ms, max ${round(lag.max, 1)} ms${lag.missed > 0 ? `, ${lag.missed} never seen (counted at 10 s)` : ''}`,
      },
      ...perService,
    ];
  } finally {
    const exit = await app.stop();
    dir.remove();
    if (exit.code !== 0) console.error(`standalone app exited with ${JSON.stringify(exit)}:\n${app.output()}`);
  }
}
