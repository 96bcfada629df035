import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp, loadConfig, PROBLEM_CONTENT_TYPE, problemType, ServiceContributions } from '@deskstream/platform';
import { StandaloneModule } from './standalone.module';

/** The composed embedded app over real HTTP, on an ephemeral port and a throwaway data dir. */
describe('standalone app', () => {
  let dataDir: string;
  let app: NestFastifyApplication;
  let base: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'deskstream-e2e-'));
    const config = loadConfig({ DESKSTREAM_DATA_DIR: dataDir, LOG_LEVEL: 'silent', PORT: '0', BODY_LIMIT_BYTES: '4096' });
    app = await createApp(StandaloneModule.forRoot(config), config);
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = await app.getUrl();
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const json = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  async function expectProblem(response: Response, status: number): Promise<Record<string, unknown>> {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain(PROBLEM_CONTENT_TYPE);
    const problem = (await response.json()) as Record<string, unknown>;
    expect(problem).toMatchObject({ status, title: expect.any(String), detail: expect.any(String), instance: expect.any(String) });
    return problem;
  }

  it('is live at /health/live, outside the API prefix and without a token', async () => {
    const response = await fetch(`${base}/health/live`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('serves the issuer keys at /.well-known/jwks.json, outside the API prefix', async () => {
    const response = await fetch(`${base}/.well-known/jwks.json`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { keys: unknown[] }).keys).toHaveLength(1);
  });

  it('reports every adapter up at /health/ready', async () => {
    const response = await fetch(`${base}/health/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      adapters: { eventStore: { status: 'up' }, bus: { status: 'up' }, documents: { status: 'up' }, scheduler: { status: 'up' } },
    });
  });

  it('serves Prometheus text at /metrics with process, HTTP, command and projection metrics', async () => {
    await fetch(`${base}/health/live`);
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain('# TYPE process_cpu_user_seconds_total counter');
    expect(text).toMatch(/deskstream_http_requests_total\{method="GET",route="\/health\/live",status="200"\} [1-9]/);
    expect(text).toContain('# TYPE deskstream_http_request_duration_seconds histogram');
    expect(text).toContain('# TYPE deskstream_commands_total counter');
    expect(text).toContain('# TYPE deskstream_projection_lag_events gauge');
    expect(text).toContain('# TYPE deskstream_projection_position gauge');
    expect(text).toContain('# TYPE deskstream_gateway_position gauge');
    // Every projection the composed services contribute is running and reported.
    const projections = app.get(ServiceContributions).projections.map((p) => p.name);
    expect(projections.length).toBeGreaterThan(0);
    for (const name of projections) {
      expect(text).toMatch(new RegExp(`deskstream_projection_lag_events\\{projection="${name}"\\} \\d+`));
      expect(text).toMatch(new RegExp(`deskstream_projection_position\\{projection="${name}"\\} -?\\d+`));
    }
  });

  it('publishes an OpenAPI 3 document at /docs-json with bearer auth and the API under /api/v1', async () => {
    const response = await fetch(`${base}/docs-json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { securitySchemes: Record<string, { type: string; scheme: string }> };
    };
    expect(document.openapi).toMatch(/^3\./);
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/v1/me', '/health/ready']));
  });

  it('issues a demo token that opens protected routes, which are 401 problem+json without one', async () => {
    const anonymous = await fetch(`${base}/api/v1/me`);
    await expectProblem(anonymous, 401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
    await expectProblem(await fetch(`${base}/api/v1/incidents`), 401);

    const issued = await json('/api/v1/dev/token', { tenant: 'acme', user: 'agent' });
    expect(issued.status).toBe(201);
    const { token } = (await issued.json()) as { token: string };
    const me = await fetch(`${base}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ tenantId: 'acme', userId: 'agent', roles: ['agent'] });
    const incidents = await fetch(`${base}/api/v1/incidents`, { headers: { authorization: `Bearer ${token}` } });
    expect(incidents.status).toBe(200);

    const forged = await fetch(`${base}/api/v1/me`, { headers: { authorization: `Bearer ${token.slice(0, -4)}AAAA` } });
    await expectProblem(forged, 401);
  });

  it('rejects unknown body fields with 400 naming the field', async () => {
    const response = await json('/api/v1/dev/token', { tenant: 'acme', user: 'agent', roles: ['tenant-admin'] });
    const problem = await expectProblem(response, 400);
    expect(problem.type).toBe(problemType('validation-failed'));
    expect(problem.errors).toEqual([{ field: 'roles', message: 'property roles should not exist' }]);
  });

  it('answers an oversize body with 413 problem+json', async () => {
    await expectProblem(await json('/api/v1/dev/token', { tenant: 'acme', user: 'x'.repeat(5000) }), 413);
  });

  it('answers malformed JSON with 400 problem+json', async () => {
    await expectProblem(await json('/api/v1/dev/token', '{"tenant": "acme", "user": '), 400);
  });
});
