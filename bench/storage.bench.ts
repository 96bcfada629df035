import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { devToken, startStandalone } from '../services/standalone/src/standalone-process';
import { round, tempDir, type BenchResult } from './bench-kit';
import { measureStore, perIncident, type StoreFootprint } from './storage-footprint';

const INCIDENTS = 2_000;
const PARALLEL = 16;
const TARGET_BYTES = 3 * 1024;
/** Settled: no new event, checkpoint or committed offset for this long. */
const QUIET_MS = 3_000;
/**
 * Retention past which delivered bus messages and inbox entries are compacted, shortened for the
 * "past retention" phase so that a bench run shows the store as it stands once the retention has elapsed.
 */
const ELAPSED_RETENTION = { BUS_RETENTION_SECONDS: '1', INBOX_RETENTION_SECONDS: '1', STORAGE_COMPACTION_INTERVAL_SECONDS: '1' };

const OPEN_BODY = JSON.stringify({
  channel: 'phone',
  service: 'email',
  shortDescription: 'Cannot send mail',
  description:
    'Outlook says the server is unavailable since this morning. Restarting the laptop did not help; colleagues on the same floor ' +
    'see the same message. Webmail works. Started after the VPN client update was pushed last night, ticket raised by phone.',
  impact: 2,
  urgency: 2,
});

const STEPS: readonly [string, object][] = [
  ['assign', { group: 'service-desk', assignee: 'agent' }],
  ['start', {}],
  ['resolve', { closingCategory: 'software', notes: 'Restarted the mail relay' }],
  ['close', {}],
];

async function post(url: string, headers: Record<string, string>, body: string): Promise<Response> {
  const response = await fetch(url, { method: 'POST', headers, body });
  if (!response.ok) throw new Error(`POST ${url}: ${response.status} ${await response.text()}`);
  return response;
}

/** open, assign, start, resolve, close: the typical lifecycle, PARALLEL incidents at a time. */
async function lifecycles(base: string, token: string, count: number): Promise<void> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next += 1;
      const { id } = (await (await post(`${base}/api/v1/incidents`, headers, OPEN_BODY)).json()) as { id: string };
      for (const [action, body] of STEPS) await post(`${base}/api/v1/incidents/${id}/${action}`, headers, JSON.stringify(body));
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}

/** Waits until the gateway, every projection and every consumer group stop moving (read through a second connection). */
async function settled(file: string): Promise<void> {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const progress = () =>
      JSON.stringify([
        db.prepare('SELECT MAX(position) AS p FROM events').get(),
        db.prepare('SELECT SUM(position) AS p FROM checkpoints').get(),
        db.prepare('SELECT SUM(next_offset) AS p FROM bus_offsets').get(),
      ]);
    let last = progress();
    let since = Date.now();
    while (Date.now() - since < QUIET_MS) {
      await new Promise((done) => setTimeout(done, 250));
      const now = progress();
      if (now !== last) [last, since] = [now, Date.now()];
    }
  } finally {
    db.close();
  }
}

async function phase(env: Record<string, string>, afterSettled: number): Promise<StoreFootprint> {
  const dir = tempDir('storage');
  const file = join(dir.path, 'deskstream.sqlite');
  const app = await startStandalone(dir.path, env);
  try {
    await lifecycles(app.base, await devToken(app.base, 'acme', 'agent'), INCIDENTS);
    await settled(file);
    await new Promise((done) => setTimeout(done, afterSettled));
    const exit = await app.stop();
    if (exit.code !== 0) throw new Error(`standalone app exited with ${JSON.stringify(exit)}:\n${app.output()}`);
    return measureStore(file);
  } finally {
    await app.stop();
    dir.remove();
  }
}

function results(label: string, footprint: StoreFootprint, baseline?: BenchResult['baseline']): BenchResult[] {
  const tableBytes = footprint.tables.reduce((sum, t) => sum + t.bytes, 0);
  return [
    {
      name: `storage ${label}: bytes per incident at rest (file after WAL checkpoint)`,
      value: round(footprint.fileBytes / INCIDENTS),
      unit: 'B/incident',
      target: { op: '<', value: TARGET_BYTES + 1 },
      ...(baseline ? { baseline } : {}),
      notes:
        `${INCIDENTS.toLocaleString('en')} lifecycles (open, assign, start, resolve, close), ${PARALLEL} at a time; ` +
        `file ${(footprint.fileBytes / 2 ** 20).toFixed(1)} MiB, of which ${round(footprint.freeBytes / INCIDENTS)} B/incident free pages; ` +
        `WAL after checkpoint ${footprint.walBytes} B; tables ${round(tableBytes / INCIDENTS)} B/incident`,
    },
    ...perIncident(footprint, INCIDENTS).map((group) => ({
      name: `storage ${label}: ${group.group}`,
      value: round(group.bytes),
      unit: 'B/incident',
      notes: group.tables,
    })),
  ];
}

/**
 * Issue 16, item 4: the embedded store's footprint per incident for the typical lifecycle, by table,
 * on the standalone app (every service) in a child process. Once with the default retention (what a
 * store holds while its messages are young), once with the retention elapsed (what it holds for
 * history older than the retention: the figure that decides the size of a store years old).
 */
export async function storageBenchmarks(): Promise<BenchResult[]> {
  const young = await phase({}, 0);
  const old = await phase(ELAPSED_RETENTION, 3_000);
  const baseline = { name: 'default retention, same run', value: round(young.fileBytes / INCIDENTS), unit: 'B/incident' };
  return [...results('within retention', young), ...results('past retention', old, baseline)];
}
