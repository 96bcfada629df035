import { serviceModules } from '../services/standalone/src/standalone.module';
import { loadConfig } from '@deskstream/platform';
import { devToken, startServer } from '../services/standalone/src/standalone-process';
import { round, tempDir, type BenchResult } from './bench-kit';
import { CONNECTIONS, failures, load, okRate } from './http-load';
import { serviceOf } from './service-subset.server';

const SECONDS = 5;
const WARM_UP_SECONDS = 2;

/** Every service of the standalone app in its composition order, incidents first (the create path needs it). */
function servicesInTurn(): string[] {
  const all = [...new Set(serviceModules(loadConfig({})).map(serviceOf))];
  return ['incidents', ...all.filter((service) => service !== 'incidents')];
}

async function createRate(services: readonly string[], body: string): Promise<{ rate: number; p99: number; summary: string }> {
  const dir = tempDir('http-services');
  const app = await startServer(
    'bench/service-subset.server.ts',
    { DESKSTREAM_DATA_DIR: dir.path, LOG_LEVEL: 'warn', SMTP_PORT: '0', BENCH_SERVICES: services.join(','), API_RATE_PER_SECOND: '1000000' },
    '/health/ready',
  );
  try {
    const token = await devToken(app.base, 'acme', 'agent');
    const create = {
      url: `${app.base}/api/v1/incidents`,
      method: 'POST' as const,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body,
    };
    await load({ ...create, seconds: WARM_UP_SECONDS });
    const result = await load({ ...create, seconds: SECONDS });
    return { rate: okRate(result), p99: result.latency.p99, summary: failures(result) };
  } finally {
    const exit = await app.stop();
    dir.remove();
    if (exit.code !== 0) console.error(`service subset ${services.join(',')} exited with ${JSON.stringify(exit)}:\n${app.output()}`);
  }
}

/**
 * Issue 16, item 5: what each service costs the create path. The app is composed as the standalone
 * app composes it, with the services added one at a time (incidents alone first, the whole standalone
 * composition last); each row is the creation rate with that service added, next to the rate before it.
 */
export async function serviceCosts(body: string): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const composed: string[] = [];
  let before: number | undefined;
  for (const service of servicesInTurn()) {
    composed.push(service);
    const { rate, p99, summary } = await createRate(composed, body);
    const cost = before === undefined ? '' : `; ${round(((before - rate) / before) * 100, 1)}% of the rate before it (${round(before)} req/s)`;
    results.push({
      name: `HTTP create path with services added in turn: + ${service}`,
      value: round(rate),
      unit: 'req/s',
      ...(before === undefined ? {} : { baseline: { name: 'the services before it, same run', value: round(before), unit: 'req/s' } }),
      notes: `${composed.join(', ')}; p99 ${p99} ms; ${summary}; concurrency ${CONNECTIONS}, ${SECONDS} s after ${WARM_UP_SECONDS} s warm-up${cost}`,
    });
    before = rate;
  }
  return results;
}
