import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp, loadConfig, PROBLEM_CONTENT_TYPE } from '@deskstream/platform';
import { badRequests, seeded, type FuzzRequest, type OpenApiDocument } from './api-fuzz-inputs';
import { StandaloneModule } from './standalone.module';

/** Replays a failing run exactly: FUZZ_SEED=<seed printed in the failure> npm test -- api-fuzz */
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const PER_OPERATION = 40;
const ROLES = ['agent', 'tenant-admin', 'requester', 'resolver', 'service-owner'] as const;

/**
 * Every operation of the OpenAPI document under generated bad input, over real HTTP with tokens of
 * several roles: never a 5xx, every 4xx a problem+json naming its status, the server healthy after.
 * A new route that forgets validation (or answers errors its own way) fails here.
 */
describe('API fuzz over every operation of the OpenAPI document', () => {
  let dataDir: string;
  let app: NestFastifyApplication;
  let base: string;
  let document: OpenApiDocument;
  const tokens = new Map<string, string>();

  const call = (request: FuzzRequest, token?: string) =>
    fetch(`${base}${request.path}`, {
      method: request.method,
      headers: { ...request.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(request.body !== undefined ? { body: request.body } : {}),
    });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'deskstream-fuzz-'));
    const config = loadConfig({ DESKSTREAM_DATA_DIR: dataDir, LOG_LEVEL: 'silent', SMTP_PORT: '0' });
    app = await createApp(StandaloneModule.forRoot(config), config);
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = await app.getUrl();
    for (const role of ROLES) {
      const issued = await fetch(`${base}/api/v1/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ tenant: 'acme', user: role }),
      });
      tokens.set(role, ((await issued.json()) as { token: string }).token);
    }
    document = (await (await fetch(`${base}/docs-json`)).json()) as OpenApiDocument;
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function openIncident(): Promise<Response> {
    return fetch(`${base}/api/v1/incidents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.get('agent')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ channel: 'phone', caller: 'requester', shortDescription: 'Fuzz target', description: 'Exists', impact: 2, urgency: 2 }),
    });
  }

  it(`answers ${PER_OPERATION} bad requests per operation without a 5xx, every 4xx as problem+json (seed ${SEED})`, async () => {
    const incident = (await (await openIncident()).json()) as { id: string; reference: string };
    const random = seeded(SEED);
    const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => [path, method] as const));
    expect(operations.length).toBeGreaterThan(40);

    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let sent = 0;
    for (const [path, method] of operations) {
      for (const request of badRequests(document, path, method, PER_OPERATION, random, [incident.id, incident.reference])) {
        const role = random() < 0.1 ? undefined : ROLES[Math.floor(random() * ROLES.length)]!;
        const response = await call(request, role && tokens.get(role));
        sent += 1;
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const text = await response.text();
        const where = `${request.method} ${request.label} as ${role ?? 'anonymous'} -> ${response.status}`;
        if (response.status >= 500) failures.push(`${where}: ${text.slice(0, 200)}`);
        else if (response.status >= 400) {
          const problem = (() => {
            try {
              return JSON.parse(text) as { status?: number };
            } catch {
              return null;
            }
          })();
          if (!response.headers.get('content-type')?.includes(PROBLEM_CONTENT_TYPE) || problem?.status !== response.status) {
            failures.push(`${where}: not problem+json (${response.headers.get('content-type')}) ${text.slice(0, 120)}`);
          }
        }
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
    expect(sent).toBe(operations.length * PER_OPERATION);
    // The walk reached validation, not only the guards: most answers are 400s.
    expect(statuses.get(400) ?? 0).toBeGreaterThan(sent / 4);
  }, 300_000);

  it('is healthy after the fuzz and still records a valid incident', async () => {
    expect((await fetch(`${base}/health/ready`)).status).toBe(200);
    expect((await openIncident()).status).toBe(201);
  });
});
