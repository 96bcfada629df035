import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp, loadConfig, PROBLEM_CONTENT_TYPE } from '@deskstream/platform';
import { StandaloneModule } from './standalone.module';

interface OpenApiParameter {
  readonly name: string;
  readonly in: string;
}
type OpenApiPaths = Record<string, Record<string, { parameters?: OpenApiParameter[] }>>;

const METRICS_TOKEN = 'scrape-0123456789abcdef';
const ALLOWED_ORIGIN = 'https://desk.acme.example';

/** The composed app's edge as a browser, a scraper and an API client generator see it. */
describe('standalone edge: OpenAPI parameters, security headers, CORS, metrics token', () => {
  let dataDir: string;
  let app: NestFastifyApplication;
  let base: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'deskstream-edge-'));
    const config = loadConfig({
      DESKSTREAM_DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      SMTP_PORT: '0',
      METRICS_TOKEN,
      CORS_ORIGINS: ALLOWED_ORIGIN,
    });
    app = await createApp(StandaloneModule.forRoot(config), config);
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = await app.getUrl();
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('declares every path parameter of every route in the OpenAPI document', async () => {
    const paths = ((await (await fetch(`${base}/docs-json`)).json()) as { paths: OpenApiPaths }).paths;
    const undeclared: string[] = [];
    let checked = 0;
    for (const [path, operations] of Object.entries(paths)) {
      const names = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
      for (const [method, operation] of Object.entries(operations)) {
        for (const name of names) {
          checked += 1;
          if (!operation.parameters?.some((p) => p.in === 'path' && p.name === name)) undeclared.push(`${method.toUpperCase()} ${path}: ${name}`);
        }
      }
    }
    expect(undeclared).toEqual([]);
    // The incident actions alone have a dozen such routes: the walk found them.
    expect(checked).toBeGreaterThan(20);
    expect(paths['/api/v1/incidents/{idOrReference}/assign']?.post?.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'idOrReference', in: 'path' })]),
    );
  });

  it('sends CSP, nosniff and frame-ancestors on the API, on errors and on the docs', async () => {
    for (const path of ['/api/v1/me', '/api/v1/incidents', '/health/live', '/docs-json']) {
      const response = await fetch(`${base}${path}`);
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
    expect((await fetch(`${base}/api/v1/me`)).headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('answers CORS only for the configured origin', async () => {
    const preflight = (origin: string) =>
      fetch(`${base}/api/v1/incidents`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    expect((await preflight(ALLOWED_ORIGIN)).headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves /metrics only with the scrape token, 401 problem+json otherwise', async () => {
    for (const authorization of [undefined, 'Bearer wrong', `Basic ${METRICS_TOKEN}`]) {
      const response = await fetch(`${base}/metrics`, { headers: authorization ? { authorization } : {} });
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toContain(PROBLEM_CONTENT_TYPE);
      expect(await response.text()).not.toContain('deskstream_http_requests_total');
    }
    const scraped = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain('# TYPE deskstream_http_requests_total counter');
  });
});
