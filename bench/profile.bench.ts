import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { devToken, startStandalone } from '../services/standalone/src/standalone-process';
import { round, tempDir, type BenchResult } from './bench-kit';
import { summariseProfile, type Frame } from './cpu-profile-summary';
import { CONNECTIONS, okRate, OPEN_BODY } from './http-load';
import { incidentRequestType, submissions, type Portal } from './intake.bench';

const SECONDS = 10;

type Path = 'create' | 'submission';

/**
 * Request lines as they were written before they moved to debug (two JSON lines per request, through
 * the same logger to the same pipe), against the default now (info: nothing per request that went well).
 */
const LOGGING = { 'request lines written (LOG_LEVEL=debug, as info used to)': 'debug', 'default (LOG_LEVEL=info)': 'info' } as const;

async function loadPath(path: Path, base: string): Promise<autocannon.Result> {
  if (path === 'create') {
    const headers = { authorization: `Bearer ${await devToken(base, 'acme', 'agent')}`, 'content-type': 'application/json' };
    return autocannon({ url: `${base}/api/v1/incidents`, method: 'POST', headers, body: OPEN_BODY, connections: CONNECTIONS, duration: SECONDS });
  }
  const requester = await devToken(base, 'acme', 'requester');
  const portal: Portal = { base, requester, agent: requester, requestType: await incidentRequestType(base, requester) };
  return autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: submissions(portal, `profile${Date.now().toString(36)}`, { last: -1 }),
  });
}

/** One profiled run of the standalone app under one path's load; the `.cpuprofile` is written when it exits. */
async function profiled(path: Path, logLevel: string): Promise<{ rate: number; frames: Frame[]; owners: Frame[] }> {
  const dir = tempDir('profile');
  const profiles = join(dir.path, 'profiles');
  const app = await startStandalone(join(dir.path, 'data'), {
    LOG_LEVEL: logLevel,
    INTAKE_RATE_PER_SECOND: '1000000',
    API_RATE_PER_SECOND: '1000000',
    NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profiles}`,
  });
  try {
    const started = performance.now();
    const result = await loadPath(path, app.base);
    await app.stop();
    const loadSeconds = (performance.now() - started) / 1000;
    const [file] = readdirSync(profiles).filter((name) => name.endsWith('.cpuprofile'));
    if (!file) throw new Error(`no CPU profile written:\n${app.output()}`);
    return { rate: okRate(result), ...summariseProfile(join(profiles, file), loadSeconds) };
  } finally {
    await app.stop();
    dir.remove();
  }
}

const percent = (frame: Frame) => `${frame.selfPercent.toFixed(1)}%`;

function section(title: string, rate: number, frames: Frame[], owners: Frame[]): string {
  return [
    `### ${title}: ${round(rate)} req/s`,
    '',
    `By owner of the code: ${owners.map((o) => `${o.name} ${percent(o)}`).join(', ')}`,
    '',
    '| self | frame |',
    '|---:|---|',
    ...frames.map((f) => `| ${percent(f)} | \`${f.name}\` |`),
    '',
  ].join('\n');
}

/**
 * Issue 16, item 2: the standalone app under `--cpu-prof` on the create path and on the portal
 * submission path, with request lines written and with the default logging, and the top self-time
 * frames of each (a text flame summary) in bench/results/<date>-profile-frames.md.
 */
export async function profileBenchmarks(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const sections: string[] = [];
  for (const path of ['create', 'submission'] as const) {
    const rates: Record<string, number> = {};
    for (const [label, level] of Object.entries(LOGGING)) {
      const load = loadavg()[0].toFixed(2);
      const run = await profiled(path, level);
      rates[label] = run.rate;
      sections.push(section(`${path} path, ${label}, load ${load}`, run.rate, run.frames, run.owners));
    }
    const [before, after] = Object.values(rates);
    results.push({
      name: `profiled ${path} path (under --cpu-prof): default logging`,
      value: round(after),
      unit: 'req/s',
      baseline: { name: 'request lines written, same run', value: round(before), unit: 'req/s' },
      notes: `${round(((after - before) / before) * 100, 1)}% against request lines written; concurrency ${CONNECTIONS}, ${SECONDS} s, profiler on (slower than the http bench)`,
    });
  }
  const dir = join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const file = `${new Date().toISOString().slice(0, 10)}-profile-frames.md`;
  writeFileSync(
    join(dir, file),
    `# CPU profiles of the create and submission paths, ${new Date().toISOString()}\n\nCommand: \`npm run bench -- profile\`. Self time = share of the samples with the frame on top of the stack.\n\n${sections.join('\n')}`,
  );
  console.log(`  frames written to bench/results/${file}`);
  return results;
}
