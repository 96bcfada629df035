import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { EventStore } from '@deskstream/kernel';
import { createApp, EVENT_STORE, loadConfig } from '@deskstream/platform';
import { StandaloneModule } from './standalone.module';

/** The default ITIL matrix as a desk reads it: rows impact 1..3, columns urgency 1..3. */
const DEFAULT_MATRIX = [
  ['P1', 'P2', 'P3'],
  ['P2', 'P3', 'P4'],
  ['P3', 'P4', 'P5'],
];
const CELLS = DEFAULT_MATRIX.flatMap((row, i) => row.map((priority, j) => [i + 1, j + 1, priority] as const));

/** Recording incidents over HTTP: every cell of the default matrix, and the client's correlation id kept. */
describe('recording incidents through the standalone app', () => {
  let dataDir: string;
  let app: NestFastifyApplication;
  let base: string;
  let token: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'deskstream-recording-'));
    const config = loadConfig({ DESKSTREAM_DATA_DIR: dataDir, LOG_LEVEL: 'silent', SMTP_PORT: '0' });
    app = await createApp(StandaloneModule.forRoot(config), config);
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = await app.getUrl();
    const issued = await fetch(`${base}/api/v1/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant: 'acme', user: 'agent' }),
    });
    token = ((await issued.json()) as { token: string }).token;
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const open = (body: object, headers: Record<string, string> = {}) =>
    fetch(`${base}/api/v1/incidents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ channel: 'phone', caller: 'requester', shortDescription: 'Matrix cell', description: 'Priority check', ...body }),
    });

  it.each(CELLS)('impact %i x urgency %i gives %s through the default matrix', async (impact, urgency, priority) => {
    const response = await open({ impact, urgency });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ priority });
  });

  it('keeps the X-Correlation-Id the client sent on every event of the command', async () => {
    const response = await open({ impact: 2, urgency: 3 }, { 'x-correlation-id': 'client.7.open' });
    const { id } = (await response.json()) as { id: string };
    const events = await app.get<EventStore>(EVENT_STORE).readStream(`incident-acme.${id}`);
    expect(events.length).toBeGreaterThan(0);
    expect(events.map((event) => event.metadata.correlationId)).toEqual(events.map(() => 'client.7.open'));
  });
});
