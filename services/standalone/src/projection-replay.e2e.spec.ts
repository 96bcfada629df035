import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { CheckpointStore } from '@deskstream/kernel';
import { CHECKPOINT_STORE, createApp, loadConfig, PlatformRuntime, ServiceContributions } from '@deskstream/platform';
import { checkpointName } from '@deskstream/readmodels';
import { projectionChecks } from './crash-checks';
import { StandaloneModule } from './standalone.module';

/**
 * Every projection replayed from an older checkpoint, with new events appended while its runner was
 * down, must end equal to a full rebuild: no event applied twice, none missed.
 */
describe('projections replayed from an older checkpoint after a downtime', () => {
  let dataDir: string;
  const config = () => loadConfig({ DESKSTREAM_DATA_DIR: dataDir, LOG_LEVEL: 'silent', SMTP_PORT: '0' });

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'deskstream-replay-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function start(startRuntime: boolean): Promise<{ app: NestFastifyApplication; base: string }> {
    const app = await createApp(StandaloneModule.forRoot(config(), { startRuntime }), config());
    await app.listen({ port: 0, host: '127.0.0.1' });
    return { app, base: await app.getUrl() };
  }

  async function token(base: string, user: string): Promise<string> {
    const response = await fetch(`${base}/api/v1/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant: 'acme', user }),
    });
    return ((await response.json()) as { token: string }).token;
  }

  async function post(base: string, bearer: string, path: string, body: object): Promise<Record<string, unknown>> {
    const response = await fetch(`${base}/api/v1/${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, unknown>;
  }

  /** Work that touches every projection: incidents with notes, a service request, a portal submission. */
  async function work(base: string, label: string): Promise<string> {
    const agent = await token(base, 'agent');
    const requester = await token(base, 'requester');
    const incident = await post(base, agent, 'incidents', {
      channel: 'phone',
      caller: 'requester',
      shortDescription: `Replay ${label}`,
      description: 'Recorded before the downtime',
      impact: 2,
      urgency: 2,
    });
    const id = String(incident.id);
    await post(base, agent, `incidents/${id}/assign`, { group: 'service-desk', assignee: 'agent' });
    // Last before the downtime: the event the guard must not apply again.
    await post(base, agent, `incidents/${id}/note`, { visibility: 'public', text: `first note ${label}` });
    await post(base, requester, 'requests', { catalogItem: 'laptop', description: `Replay request ${label}` });
    await post(base, requester, 'intake/submissions', {
      requestType: 'password-reset',
      fields: { account: `jdoe-${label}`, system: 'email', shortDescription: `Locked out ${label}` },
    });
    return id;
  }

  it('ends every projection equal to a full rebuild', async () => {
    const first = await start(true);
    const incident = await work(first.base, 'before');
    await first.app.get(PlatformRuntime).caughtUp();
    const projections = first.app.get(ServiceContributions).projections;
    // An older checkpoint: as after a crash between a document write and the checkpoint save.
    const checkpoints = first.app.get<CheckpointStore>(CHECKPOINT_STORE);
    for (const projection of projections) await checkpoints.save(checkpointName(projection), -1);
    await first.app.close();

    // Runners down: commands still append, the read models do not move.
    const down = await start(false);
    const agent = await token(down.base, 'agent');
    await post(down.base, agent, `incidents/${incident}/note`, { visibility: 'internal', text: 'appended during the downtime' });
    await work(down.base, 'during');
    await down.app.close();

    const replayed = await start(true);
    await replayed.app.get(PlatformRuntime).caughtUp();
    const detail = await fetch(`${replayed.base}/api/v1/incidents/${incident}`, {
      headers: { authorization: `Bearer ${await token(replayed.base, 'agent')}` },
    });
    const notes = ((await detail.json()) as { notes: unknown[] }).notes;
    await replayed.app.close();

    expect(notes).toHaveLength(2);
    const checks = await projectionChecks(dataDir);
    expect(checks).toHaveLength(projections.length);
    expect(checks.filter((c) => !c.ok)).toEqual([]);
  }, 60_000);
});
