import autocannon from 'autocannon';
import { devToken, startStandalone } from '../services/standalone/src/standalone-process';
import { elapsedSeconds, round, tempDir, type BenchResult } from './bench-kit';
import { failures, okRate, OPEN_BODY } from './http-load';

const SECONDS = 10;
const WARM_UP_SECONDS = 2;
const SETTLE_GIVE_UP_MS = 300_000;
/** Scrapes in a row that must show no lag, each on a fresh connection (so each worker is asked). */
const QUIET_SCRAPES = 6;

/** Every consumer group's and every projection's lag in one worker's `/metrics`, summed. */
async function lagOf(base: string): Promise<number> {
  const metrics = await (await fetch(`${base}/metrics`, { headers: { connection: 'close' } })).text();
  return metrics
    .split('\n')
    .filter((line) => line.startsWith('deskstream_consumer_lag_messages') || line.startsWith('deskstream_projection_lag_events'))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

/** Seconds from `start` until every worker reports no lag QUIET_SCRAPES times in a row; null on giving up. */
async function settled(base: string, start: bigint): Promise<number | null> {
  const deadline = Date.now() + SETTLE_GIVE_UP_MS;
  for (let quiet = 0; Date.now() < deadline;) {
    quiet = (await lagOf(base)) === 0 ? quiet + 1 : 0;
    if (quiet === QUIET_SCRAPES) return elapsedSeconds(start);
    await new Promise((done) => setTimeout(done, 100));
  }
  return null;
}

interface Run {
  readonly result: autocannon.Result;
  /** From the start of the measured load until every projection and consumer caught up with it. */
  readonly settledSeconds: number | null;
}

/** The standalone app with `workers` processes on a fresh data dir: creates at `connections`, then the wait until the background work is done. */
async function createRun(workers: number, connections: number): Promise<Run> {
  const dir = tempDir(`workers-${workers}`);
  const app = await startStandalone(dir.path, { API_RATE_PER_SECOND: '1000000', DESKSTREAM_WORKERS: String(workers) });
  try {
    const headers = { authorization: `Bearer ${await devToken(app.base, 'acme', 'agent')}`, 'content-type': 'application/json' };
    const create = { url: `${app.base}/api/v1/incidents`, method: 'POST' as const, headers, body: OPEN_BODY, connections };
    await autocannon({ ...create, duration: WARM_UP_SECONDS });
    await settled(app.base, process.hrtime.bigint());
    const start = process.hrtime.bigint();
    const result = await autocannon({ ...create, duration: SECONDS });
    return { result, settledSeconds: await settled(app.base, start) };
  } finally {
    const exit = await app.stop();
    dir.remove();
    if (exit.code !== 0) console.error(`standalone app (${workers} workers) exited with ${JSON.stringify(exit)}:\n${app.output()}`);
  }
}

const EDGE_COUNTS = [0, 1, 2];

const setting = (workers: number) =>
  workers === 0 ? 'one process (DESKSTREAM_WORKERS=0)' : `a writer and ${workers} edge process${workers === 1 ? '' : 'es'} (DESKSTREAM_WORKERS=${workers})`;

function rows(label: string, connections: number, runs: ReadonlyMap<number, Run>): BenchResult[] {
  const ticketsPerSecond = (run: Run) => (run.settledSeconds === null ? Number.NaN : run.result['2xx'] / run.settledSeconds);
  const describe = (run: Run) =>
    `${failures(run.result)}, p99 ${run.result.latency.p99} ms, background caught up ${run.settledSeconds === null ? 'not within the give-up time' : `${round(run.settledSeconds, 1)} s after the load began`}`;
  const one = runs.get(0)!;
  return [...runs].map(([workers, run]) => ({
    name: `${label}: ${setting(workers)}, creates at concurrency ${connections} until every projection and consumer caught up`,
    value: round(ticketsPerSecond(run)),
    unit: 'tickets/s',
    ...(workers > 0 ? { baseline: { name: 'one process, same run', value: round(ticketsPerSecond(one)), unit: 'tickets/s' } } : {}),
    notes: `acknowledged ${round(okRate(run.result))} req/s; ${describe(run)}; ${SECONDS} s after ${WARM_UP_SECONDS} s warm-up, fresh data dir`,
  }));
}

/**
 * Issue 16, item 1: one process against a writer with one and two edge processes on the same data
 * dir (`DESKSTREAM_WORKERS`), at the issue's two concurrencies. The figure is tickets fully processed
 * per second: the creates of the measured load over the time until every projection and consumer
 * (SLA clocks, reporting facts, notifications, ...) had caught up with them, since acknowledging fast
 * while the background falls behind is no gain.
 */
export async function workersBenchmarks(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const connections of [32, 8]) {
    const runs = new Map<number, Run>();
    for (const workers of EDGE_COUNTS) runs.set(workers, await createRun(workers, connections));
    results.push(...rows('both cores', connections, runs));
  }
  return results;
}
