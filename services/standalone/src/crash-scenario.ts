import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqliteFileIn } from '@deskstream/sqlite';
import {
  check as ok,
  contributedProjections,
  projectionChecks,
  readOnly,
  storeChecks,
  type Acknowledged,
  type CrashCheck,
  type ProjectionInfo,
} from './crash-checks';
import { devToken, startStandalone, type ServerProcess } from './standalone-process';

export type { CrashCheck } from './crash-checks';

export interface CrashScenarioOptions {
  /** Requests in flight during the burst. */
  readonly concurrency?: number;
  /** The process is killed when this many commands have been acknowledged. */
  readonly killAfter?: number;
  readonly log?: (line: string) => void;
}

export interface CrashReport {
  readonly acknowledged: number;
  readonly acknowledgedByAction: Readonly<Record<string, number>>;
  /** Incidents and service requests the acknowledged commands went to. */
  readonly aggregates: number;
  readonly inFlightAtKill: number;
  /** Per projection, how far its checkpoint was behind the head of the log when the process died. */
  readonly checkpointsAtKill: Readonly<Record<string, number>>;
  readonly headAtKill: number;
  readonly events: number;
  readonly streams: number;
  readonly checks: readonly CrashCheck[];
  readonly passed: boolean;
  readonly seconds: number;
}

const TENANT = 'acme';
/** What each aggregate of the burst goes through; the two long ones end in a two-event command. */
const PLANS: readonly (readonly string[])[] = [
  ['open'],
  ['request'],
  ['open', 'assign', 'start'],
  ['open', 'assign', 'start', 'resolve', 'accept-resolution'],
  ['open', 'assign', 'start', 'resolve', 'reject-resolution'],
];
const BODIES: Record<string, (seq: number | string) => object> = {
  request: (seq) => ({ catalogItem: 'laptop', description: `Crash test request ${seq}` }),
  open: (seq) => ({ channel: 'phone', shortDescription: `Crash test incident ${seq}`, description: 'Recorded during a burst that ends in SIGKILL' }),
  assign: () => ({ group: 'service-desk', assignee: 'agent' }),
  start: () => ({}),
  resolve: () => ({ closingCategory: 'software', notes: 'Restarted the service' }),
  'accept-resolution': () => ({}),
  'reject-resolution': () => ({ reason: 'Still failing for the caller' }),
};

/** Where the aggregate an action starts lives: service requests, or incidents. */
const isRequest = (action: string) => action === 'request';
const resource = (action: string) => (isRequest(action) ? 'requests' : 'incidents');

function send(base: string, token: string, path: string, body: object, correlationId: string): Promise<Response> {
  return fetch(`${base}/api/v1/${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'x-correlation-id': correlationId },
    body: JSON.stringify(body),
  });
}

/** Fires the plans at `concurrency` until `killAfter` acknowledgements, then SIGKILLs the server mid-burst. */
async function burst(server: ServerProcess, token: string, concurrency: number, killAfter: number) {
  const acknowledged: Acknowledged[] = [];
  const refused: string[] = [];
  let next = 0;
  let inFlight = 0;
  let inFlightAtKill = -1;
  const worker = async () => {
    while (inFlightAtKill < 0) {
      const seq = next++;
      let id = '';
      for (const action of PLANS[seq % PLANS.length]) {
        const correlationId = `crash.${seq}.${action}`;
        inFlight += 1;
        const path = id ? `incidents/${id}/${action}` : resource(action);
        const response = await send(server.base, token, path, BODIES[action](seq), correlationId).catch(() => null);
        inFlight -= 1;
        if (!response?.ok) {
          if (inFlightAtKill < 0) refused.push(`${correlationId}: ${response ? `${response.status} ${await response.text()}` : 'no answer'}`);
          break;
        }
        const receipt = (await response.json()) as { id: string; revision: number };
        id = receipt.id;
        const category = isRequest(action) ? 'servicerequest' : 'incident';
        acknowledged.push({ tenantId: TENANT, category, id, action, revision: receipt.revision, correlationId });
        if (acknowledged.length >= killAfter && inFlightAtKill < 0) {
          inFlightAtKill = inFlight;
          server.child.kill('SIGKILL');
        }
        if (inFlightAtKill >= 0) break;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { acknowledged, refused, inFlightAtKill, exit: await server.exited };
}

/** Every acknowledged incident and request, read back through the API (from the event store), at its acknowledged revision or later. */
async function readBack(base: string, token: string, acknowledged: readonly Acknowledged[], concurrency: number): Promise<string[]> {
  const latest = new Map<string, number>();
  for (const ack of acknowledged) {
    const path = `${ack.category === 'incident' ? 'incidents' : 'requests'}/${ack.id}`;
    latest.set(path, Math.max(latest.get(path) ?? -1, ack.revision));
  }
  const queue = [...latest];
  const problems: string[] = [];
  const reader = async () => {
    for (let item = queue.pop(); item; item = queue.pop()) {
      const [id, revision] = item;
      const response = await fetch(`${base}/api/v1/${id}`, { headers: { authorization: `Bearer ${token}` } });
      const body = response.ok ? ((await response.json()) as { revision: number }) : null;
      if (!body || body.revision < revision) problems.push(`${id}: ${response.status}, revision ${body?.revision} < ${revision}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, reader));
  return problems;
}

/** Resolves once every projection has handled the last event of its categories (its lag metric counts other categories too). */
async function caughtUp(base: string, file: string, projections: readonly ProjectionInfo[], timeoutMs = 20_000): Promise<void> {
  const targets = readOnly(file, (db) =>
    projections.map(({ name, categories }) => {
      const marks = categories.map(() => '?').join(', ');
      const row = db.prepare(`SELECT COALESCE(MAX(position), -1) AS head FROM events WHERE category IN (${marks})`).get(...categories) as { head: number };
      return { name, head: row.head };
    }),
  );
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const metrics = await (await fetch(`${base}/metrics`)).text();
    const behind = targets.filter(({ name, head }) => {
      const match = new RegExp(`deskstream_projection_position\\{projection="${name}"\\} (-?\\d+)`).exec(metrics);
      return !match || Number(match[1]) < head;
    });
    if (behind.length === 0) return;
    if (Date.now() > deadline) throw new Error(`projections not caught up after ${timeoutMs} ms: ${behind.map((b) => b.name).join(', ')}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

const count = (acks: readonly Acknowledged[]) =>
  acks.reduce<Record<string, number>>((counts, ack) => ({ ...counts, [ack.action]: (counts[ack.action] ?? 0) + 1 }), {});

/**
 * Issue 2, item 10: kill the standalone app with SIGKILL in the middle of a burst of commands,
 * restart it on the same data dir, and check that every acknowledged command is there, nothing is
 * half-written and every projection converges to a full rebuild.
 */
export async function runCrashScenario(options: CrashScenarioOptions = {}): Promise<CrashReport> {
  const { concurrency = 16, killAfter = 600, log = () => undefined } = options;
  const started = Date.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'deskstream-crash-'));
  const scratch = mkdtempSync(join(tmpdir(), 'deskstream-crash-scratch-'));
  const file = sqliteFileIn(dataDir);
  let server: ServerProcess | null = null;
  try {
    const projections = await contributedProjections(scratch);
    server = await startStandalone(dataDir);
    log(`started the standalone app on ${server.base}, data in ${dataDir}`);
    const first = await burst(server, await devToken(server.base, TENANT, 'agent'), concurrency, killAfter);
    log(`SIGKILL after ${first.acknowledged.length} acknowledged commands, ${first.inFlightAtKill} in flight; exit ${JSON.stringify(first.exit)}`);
    const { headAtKill, checkpointsAtKill } = readOnly(file, (db) => {
      const head = (db.prepare('SELECT COALESCE(MAX(position), -1) AS head FROM events').get() as { head: number }).head;
      const rows = db.prepare("SELECT name, position FROM checkpoints WHERE name LIKE 'projection:%'").all() as { name: string; position: number }[];
      return { headAtKill: head, checkpointsAtKill: Object.fromEntries(rows.map((r) => [r.name.slice('projection:'.length), head - r.position])) };
    });

    server = await startStandalone(dataDir);
    log(`restarted on ${server.base}`);
    const token = await devToken(server.base, TENANT, 'agent');
    const unreadable = await readBack(server.base, token, first.acknowledged, concurrency);
    const after = await send(server.base, token, 'incidents', BODIES.open('after-restart'), 'crash.after-restart.open');
    await caughtUp(server.base, file, projections);
    const exit = await server.stop('SIGTERM');
    server = null;
    log('projections caught up; stopped with SIGTERM');

    const store = storeChecks(file, first.acknowledged);
    const checks: CrashCheck[] = [
      ok(
        'the burst was killed mid-flight',
        first.exit.signal === 'SIGKILL' && first.inFlightAtKill > 0 ? [] : [`exit ${JSON.stringify(first.exit)}, ${first.inFlightAtKill} in flight`],
        `${first.inFlightAtKill} requests in flight at the kill`,
      ),
      ok('no command was refused before the kill', first.refused, `${first.acknowledged.length} commands acknowledged`),
      ok(
        'every acknowledged incident and request reads back at its acknowledged revision after restart',
        unreadable,
        `${new Set(first.acknowledged.map((a) => a.id)).size} incidents and requests via GET /api/v1/{incidents,requests}/{id}`,
      ),
      ok('the restarted app takes new commands', after.status === 201 ? [] : [`POST answered ${after.status}`], 'POST /api/v1/incidents answered 201'),
      ok('the restarted app shuts down cleanly on SIGTERM', exit.code === 0 ? [] : [`exit ${JSON.stringify(exit)}`], 'exit code 0'),
      ...store.checks,
      ...(await projectionChecks(dataDir)),
    ];
    return {
      acknowledged: first.acknowledged.length,
      acknowledgedByAction: count(first.acknowledged),
      aggregates: new Set(first.acknowledged.map((a) => a.id)).size,
      inFlightAtKill: first.inFlightAtKill,
      headAtKill,
      checkpointsAtKill,
      events: store.events,
      streams: store.streams,
      checks,
      passed: checks.every((c) => c.ok),
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await server?.stop('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
}
