import { writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import { join } from 'node:path';
import { meets, type BenchResult } from './bench-kit';
import { emailBenchmarks } from './email.bench';
import { eventStoreBenchmarks } from './event-store.bench';
import { formsBenchmarks } from './forms.bench';
import { httpBenchmarks } from './http.bench';
import { importBenchmarks } from './import.bench';
import { intakeBenchmarks } from './intake.bench';
import { privacyBenchmarks } from './privacy.bench';
import { problemsBenchmarks } from './problems.bench';
import { profileBenchmarks } from './profile.bench';
import { knowledgeBenchmarks } from './knowledge.bench';
import { projectionBenchmarks } from './projection.bench';
import { reportingBenchmarks } from './reporting.bench';
import { routingBenchmarks } from './routing.bench';
import { slaBenchmarks } from './sla.bench';
import { storageBenchmarks } from './storage.bench';
import { workersBenchmarks } from './workers.bench';

/** `npm run bench [-- <suite> ...]`: runs the benchmarks and writes JSON + a markdown table to bench/results/. */
const SUITES: Record<string, () => Promise<BenchResult[]>> = {
  'event-store': eventStoreBenchmarks,
  projections: projectionBenchmarks,
  http: httpBenchmarks,
  intake: intakeBenchmarks,
  email: emailBenchmarks,
  forms: formsBenchmarks,
  routing: routingBenchmarks,
  problems: problemsBenchmarks,
  privacy: privacyBenchmarks,
  sla: slaBenchmarks,
  knowledge: knowledgeBenchmarks,
  reporting: reportingBenchmarks,
  import: importBenchmarks,
  storage: storageBenchmarks,
  profile: profileBenchmarks,
  workers: workersBenchmarks,
};

function table(results: readonly BenchResult[]): string {
  const rows = results.map((r) => {
    const target = r.target ? `${r.target.op} ${r.target.value.toLocaleString('en')}` : '';
    const verdict = meets(r) === null ? '' : meets(r) ? 'met' : 'MISSED';
    const baseline = r.baseline ? `${r.baseline.name}: ${r.baseline.value.toLocaleString('en')} ${r.baseline.unit}` : '';
    return `| ${r.name} | ${r.value.toLocaleString('en')} ${r.unit} | ${target} | ${verdict} | ${baseline} | ${r.notes ?? ''} |`;
  });
  return ['| benchmark | result | target | verdict | baseline (same run) | notes |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const names = wanted.length > 0 ? wanted : Object.keys(SUITES);
  const results: BenchResult[] = [];
  // The machine may be shared: the 1-minute load average before and after says how quiet it was.
  const loadBefore = loadavg()[0];
  for (const name of names) {
    const suite = SUITES[name];
    if (!suite) throw new Error(`Unknown bench suite ${name}; known: ${Object.keys(SUITES).join(', ')}`);
    console.log(`> ${name}`);
    for (const result of await suite()) {
      console.log(`  ${result.name}: ${result.value.toLocaleString('en')} ${result.unit}`);
      results.push(result);
    }
  }
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    loadAverage1m: { before: Number(loadBefore.toFixed(2)), after: Number(loadavg()[0].toFixed(2)) },
  };
  const date = new Date().toISOString();
  const dir = join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const stem = `${date.slice(0, 10)}-${names.join('+')}`;
  writeFileSync(join(dir, `${stem}.json`), `${JSON.stringify({ date, machine, results }, null, 2)}\n`);
  const md = `# Deskstream benchmarks, ${date}\n\nMachine: ${machine.cpus} x ${machine.cpuModel}, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}. Embedded adapters (SQLite). Load average (1 min) ${machine.loadAverage1m.before} before, ${machine.loadAverage1m.after} after.\n\nCommand: \`npm run bench${wanted.length > 0 ? ` -- ${wanted.join(' ')}` : ''}\`\n\n${table(results)}\n`;
  writeFileSync(join(dir, `${stem}.md`), md);
  console.log(`\n${table(results)}\n\nwritten to bench/results/${stem}.{json,md}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
