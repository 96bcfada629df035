import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readUntil } from '@deskstream/testing';
import nodemailer from 'nodemailer';
import { devToken, freePort, startStandalone, type ServerProcess } from './standalone-process';
import { workerCount } from './worker-processes';

const OPENED = 40;

/** The pids of the processes `pid` started (the workers of a primary). */
function childrenOf(pid: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .map((line) => Number(line.trim()))
      .filter((child) => child > 0);
  } catch {
    return []; // ps exits 1 when it lists nothing
  }
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('DESKSTREAM_WORKERS', () => {
  it('accepts 0 to 8 and refuses anything else by name', () => {
    expect(workerCount({})).toBe(0);
    expect(workerCount({ DESKSTREAM_WORKERS: '0' })).toBe(0);
    expect(workerCount({ DESKSTREAM_WORKERS: '2' })).toBe(2);
    for (const bad of ['-1', '9', '1.5', 'two'])
      expect(() => workerCount({ DESKSTREAM_WORKERS: bad })).toThrow(/DESKSTREAM_WORKERS must be a whole number from 0 to 8/);
  });
});

/**
 * The app served by a writer and two edge processes on one data dir: requests land on both edges,
 * every ticket acknowledged by either is in the queue exactly once (the writer's projections made
 * it), mail taken by an edge becomes a ticket, /metrics on an edge reports the writer's projections,
 * a graceful stop stops every process, and a killed writer takes its edges with it.
 */
describe('the standalone app on a writer and two edge processes', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'deskstream-workers-'));
  let app: ServerProcess;
  let smtpPort: number;

  beforeAll(async () => {
    smtpPort = await freePort();
    app = await startStandalone(dataDir, { DESKSTREAM_WORKERS: '2', SMTP_PORT: String(smtpPort) });
    await readUntil(
      async () => childrenOf(app.child.pid!).length,
      (count) => count === 2,
      30_000,
    );
  }, 60_000);

  afterAll(async () => {
    await app?.stop('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints the banner once, with the demo password the writer generated', () => {
    const output = app.output();
    expect(output.match(/Deskstream is running/g)).toHaveLength(1);
    expect(output).toMatch(/Demo password for every demo user: \S+/);
  });

  it('deals connections to both workers', async () => {
    // Each worker reports its own process start time; a fresh connection per scrape goes to either.
    const started = await readUntil(
      async () => {
        const seen = new Set<string>();
        for (let i = 0; i < 10; i += 1) {
          const metrics = await (await fetch(`${app.base}/metrics`, { headers: { connection: 'close' } })).text();
          seen.add(/^process_start_time_seconds (\S+)$/m.exec(metrics)?.[1] ?? 'none');
        }
        return seen;
      },
      (seen) => seen.size === 2,
      // The second edge starts once the first listens: on a busy machine it may still be starting.
      45_000,
    );
    expect([...started]).not.toContain('none');
  }, 60_000);

  it('lists every ticket opened through either worker exactly once', async () => {
    const token = await devToken(app.base, 'acme', 'agent');
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const references = await Promise.all(
      Array.from({ length: OPENED }, async (_, i) => {
        const response = await fetch(`${app.base}/api/v1/incidents`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ channel: 'phone', shortDescription: `Printer ${i} jammed`, description: 'Paper stuck in tray 2', impact: 3, urgency: 3 }),
        });
        expect({ status: response.status, body: response.status === 201 ? null : await response.text() }).toEqual({ status: 201, body: null });
        return ((await response.json()) as { reference: string }).reference;
      }),
    );
    expect(new Set(references).size).toBe(OPENED);
    const listed = await readUntil(
      async () => {
        const response = await fetch(`${app.base}/api/v1/incidents?${new URLSearchParams({ q: 'jammed', limit: '100' })}`, { headers });
        return ((await response.json()) as { items: { reference: string }[] }).items.map((item) => item.reference);
      },
      (items) => items.length >= OPENED,
      20_000,
    );
    expect([...listed].sort()).toEqual([...references].sort());
  }, 60_000);

  it('takes mail on an edge and opens its ticket through the writer', async () => {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });
    const sent = await transport.sendMail({ from: 'pat@customer.example', to: 'it@acme.example', subject: 'Scanner offline', text: 'Since this morning.' });
    transport.close();
    const reference = /opened (INC\d{7})/.exec(sent.response)?.[1];
    expect(reference).toMatch(/^INC\d{7}$/);
    const token = await devToken(app.base, 'acme', 'agent');
    const status = await readUntil(
      async () => (await fetch(`${app.base}/api/v1/incidents/${reference}`, { headers: { authorization: `Bearer ${token}` } })).status,
      (code) => code === 200,
      20_000,
    );
    expect(status).toBe(200);
  }, 30_000);

  it("reports the writer's projections on an edge's /metrics", async () => {
    const metrics = await (await fetch(`${app.base}/metrics`, { headers: { connection: 'close' } })).text();
    expect(metrics).toMatch(/^deskstream_projection_lag_events\{projection="[^"]*incident-queue[^"]*"\}/m);
  });

  it("refuses a suspended tenant's users on every edge, though only the writer consumes the tenants' events", async () => {
    const call = async (token: string, method: string, path: string, body?: unknown) => {
      const response = await fetch(`${app.base}/api/v1${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, connection: 'close', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return response.status;
    };
    const admin = await devToken(app.base, 'platform', 'platform-admin');
    const onboarding = {
      id: 'initech',
      name: 'Initech facilities',
      template: 'facilities',
      timeZone: 'America/Chicago',
      locale: 'en-US',
      desks: [],
      admins: ['bill'],
    };
    expect(await call(admin, 'POST', '/platform/tenants', onboarding)).toBe(201);
    // Every answer of ten on fresh connections (so from both edges) serves bill, then refuses him.
    const everyEdge = async (token: string, status: number) =>
      readUntil(
        async () => Promise.all(Array.from({ length: 10 }, () => call(token, 'GET', '/intake/request-types'))),
        (answers) => answers.every((answer) => answer === status),
        20_000,
      );
    const bill = await readUntil(
      () => devToken(app.base, 'initech', 'bill').catch(() => ''),
      (token) => token !== '',
      20_000,
    );
    await everyEdge(bill, 200);
    expect(await call(admin, 'POST', '/platform/tenants/initech/suspend', { reason: 'Contract under review' })).toBe(200);
    expect(await everyEdge(bill, 403)).toHaveLength(10);
  }, 60_000);

  it('stops every process on SIGTERM and exits 0', async () => {
    const workers = childrenOf(app.child.pid!);
    expect(workers).toHaveLength(2);
    await expect(app.stop('SIGTERM')).resolves.toEqual({ code: 0, signal: null });
    expect(workers.filter(alive)).toEqual([]);
  }, 30_000);

  it('leaves no worker behind when the primary is killed', async () => {
    app = await startStandalone(dataDir, { DESKSTREAM_WORKERS: '2' });
    const workers = await readUntil(
      async () => childrenOf(app.child.pid!),
      (pids) => pids.length === 2,
      30_000,
    );
    await app.stop('SIGKILL');
    await readUntil(
      async () => workers.filter(alive),
      (left) => left.length === 0,
      10_000,
    );
  }, 60_000);
});
