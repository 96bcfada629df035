import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { startStandaloneApp, type StandaloneTestApp } from './standalone-test-app';

type Json = Record<string, unknown>;
interface Operation {
  readonly summary?: string;
  readonly parameters?: { name: string; in: string; required?: boolean }[];
  readonly responses: Record<string, { $ref?: string; content?: Record<string, { schema?: Json }> }>;
  readonly security?: unknown[];
}
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Json; responses: Record<string, Json> } };

const ROOT = resolve(__dirname, '../../..');
const ROLES = ['tenant-admin', 'agent', 'problem-manager', 'knowledge-manager', 'analyst', 'requester', 'platform-admin'] as const;
/** Every role signs in at acme, but the platform's administrators at the platform. */
const tenantOf = (role: string): string => (role === 'platform-admin' ? 'platform' : 'acme');

/** Keys no API answer may carry: the tenant is the caller's own, positions are the store's. */
function storageKeysIn(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => storageKeysIn(item, `${path}.${i}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'tenantId' || key === 'position' ? [`${path}.${key}`] : storageKeysIn(child, `${path}.${key}`),
  );
}

/**
 * The conventions of docs/api-conventions.md, checked on the OpenAPI document the app serves and on
 * the answers of every read it declares: a route that does not follow them fails here.
 */
describe('API conventions: the OpenAPI document and every read', () => {
  let kit: StandaloneTestApp;
  let base: string;
  let dataDir: string;
  let document: Document;
  const tokens = new Map<string, string>();
  const targets = new Map<string, string>();

  const call = (method: string, path: string, role: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${tokens.get(role)}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const created = async (method: string, path: string, role: string, body: unknown) => {
    const response = await call(method, path, role, body);
    expect(response.status).toBeLessThan(300);
    return (await response.json()) as { id: string; reference: string };
  };

  beforeAll(async () => {
    kit = await startStandaloneApp('conventions');
    ({ base, dataDir } = kit);
    for (const role of ROLES) tokens.set(role, await kit.token(role, tenantOf(role)));
    document = (await (await fetch(`${base}/docs-json`)).json()) as Document;
    const incident = await created('POST', '/api/v1/incidents', 'agent', { channel: 'phone', caller: 'requester', shortDescription: 'VPN drops', description: 'Every hour', impact: 2, urgency: 2 });
    const request = await created('POST', '/api/v1/requests', 'requester', { catalogItem: 'laptop' });
    const problem = await created('POST', '/api/v1/problems', 'problem-manager', { shortDescription: 'VPN drops hourly', description: 'Many incidents', impact: 2, urgency: 2, origin: 'manual' });
    const article = await created('POST', '/api/v1/knowledge/articles', 'agent', { title: 'VPN drops every hour', problem: 'The VPN disconnects', audience: 'internal' });
    targets.set('/api/v1/incidents/', incident.reference).set('/api/v1/requests/', request.reference);
    targets.set('/api/v1/problems/', problem.reference).set('/api/v1/knowledge/articles/', article.reference);
    targets.set('/api/v1/knowledge/incidents/', incident.reference);
  }, 60_000);

  afterAll(() => kit?.close());

  const operations = () =>
    Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ path, method, operation })));

  it("passes Redocly's recommended rules with zero errors", () => {
    const file = join(dataDir, 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/lint-openapi.mjs'), file], { encoding: 'utf8' });
    const summary = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { errors: number };
    expect({ errors: summary.errors, output: summary.errors > 0 ? run.stdout : '' }).toEqual({ errors: 0, output: '' });
    expect(run.status).toBe(0);
  });

  it('gives every operation a summary, its path parameters, a success schema and the shared problem for its errors', () => {
    const faults: string[] = [];
    for (const { path, method, operation } of operations()) {
      const where = `${method.toUpperCase()} ${path}`;
      if (!operation.summary) faults.push(`${where}: no summary`);
      for (const name of [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1])) {
        if (!operation.parameters?.some((p) => p.in === 'path' && p.name === name && p.required)) faults.push(`${where}: path parameter ${name} not declared`);
      }
      for (const [status, response] of Object.entries(operation.responses)) {
        // JSON answers have their schema; a file (an archive, an export) is declared as binary in its own media type.
        const described = Object.values(response.content ?? {}).some((media) => (media as { schema?: unknown }).schema);
        if (status.startsWith('2') && status !== '204' && !described && !response.content?.['text/html']) {
          faults.push(`${where}: ${status} has no schema`);
        }
        if (status.startsWith('4')) {
          const problem = response.$ref ? document.components.responses[response.$ref.split('/').at(-1)!] : response;
          const schema = (problem as { content?: Record<string, { schema?: { $ref?: string } }> } | undefined)?.content?.['application/problem+json']?.schema;
          if (schema?.$ref !== '#/components/schemas/Problem') faults.push(`${where}: ${status} is not the shared problem`);
        }
      }
      const isPublic = Array.isArray(operation.security) && operation.security.length === 0;
      if (!isPublic && !(operation.responses['401'] && operation.responses['403'])) faults.push(`${where}: no 401 / 403`);
      if (path.includes('{') && !operation.responses['404']) faults.push(`${where}: no 404`);
    }
    expect(faults).toEqual([]);
  });

  it('types as integers the fields the validator holds to integers; a decimal says so (format double)', () => {
    const schemas = document.components.schemas as Record<string, { properties?: Record<string, { type?: string; format?: string }> }>;
    const numbers = Object.entries(schemas).flatMap(([name, schema]) =>
      Object.entries(schema.properties ?? {})
        .filter(([, p]) => p.type === 'number' && p.format !== 'double')
        .map(([property]) => `${name}.${property}`),
    );
    expect(numbers).toEqual([]);
    expect(JSON.stringify(schemas.ChangeIncidentSettingsDto)).toContain('"items":{"type":"array"');
  });

  it('answers every read with the shape it declares, never a tenant or a stream position, errors as URN-typed problems', async () => {
    const ajv = new Ajv({ strict: false, allErrors: false });
    addFormats(ajv);
    ajv.addSchema({ $id: 'openapi', components: document.components });
    const validators = new Map<string, ValidateFunction>();
    const validatorFor = (schema: Json): ValidateFunction => {
      const text = JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/');
      if (!validators.has(text)) validators.set(text, ajv.compile(JSON.parse(text) as Json));
      return validators.get(text)!;
    };
    const faults: string[] = [];
    let checked = 0;
    for (const { path, method, operation } of operations()) {
      if (method !== 'get' || !path.startsWith('/api/v1/') || path.startsWith('/api/v1/dev/')) continue;
      const prefix = [...targets.keys()].find((p) => path.startsWith(p) && path.slice(p.length).startsWith('{'));
      if (path.includes('{') && !prefix) continue;
      const url = prefix ? path.replace(/\{[^}]+\}/, targets.get(prefix)!) : path;
      if (url.includes('{')) continue;
      const required = (operation.parameters ?? []).filter((p) => p.in === 'query' && p.required);
      if (required.length > 0) continue;
      let answered = false;
      for (const role of ROLES) {
        const response = await call('GET', url, role);
        const body = (await response.json()) as unknown;
        if (response.status >= 400) {
          const type = (body as { type?: string }).type ?? '';
          if (!type.startsWith('urn:deskstream:problem:')) faults.push(`GET ${url} as ${role}: ${response.status} of type ${type}`);
          continue;
        }
        answered = true;
        checked += 1;
        const schema = operation.responses[String(response.status)]?.content?.['application/json']?.schema;
        if (!schema) faults.push(`GET ${url}: ${response.status} is not declared`);
        else if (!validatorFor(schema)(body)) faults.push(`GET ${url}: ${ajv.errorsText(validatorFor(schema).errors)}`);
        // The principal (`/me`) names its own tenant; records never do.
        const leaked = path === '/api/v1/me' ? [] : storageKeysIn(body);
        if (leaked.length > 0) faults.push(`GET ${url}: exposes ${leaked.slice(0, 3).join(', ')}`);
        if (path.endsWith('}') && !response.headers.get('etag')) faults.push(`GET ${url}: no ETag`);
        break;
      }
      if (!answered) faults.push(`GET ${url}: no role could read it`);
    }
    expect(faults).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(30);
  }, 60_000);

  it('refuses a stale If-Match with 412 on every kind of ticket', async () => {
    for (const [prefix, role, action, body] of [
      ['/api/v1/incidents/', 'agent', 'start', undefined],
      ['/api/v1/problems/', 'problem-manager', 'assess', { impact: 1, urgency: 1 }],
      ['/api/v1/knowledge/articles/', 'agent', 'submit', undefined],
    ] as const) {
      const response = await call('POST', `${prefix}${targets.get(prefix)}/${action}`, role, body, { 'if-match': '"99"' });
      expect({ prefix, status: response.status }).toEqual({ prefix, status: 412 });
    }
  });

  it('gives every settings resource an ETag, 304 for a matching If-None-Match and 412 for a stale If-Match', async () => {
    for (const path of ['/api/v1/incident-settings', '/api/v1/problem-settings', '/api/v1/knowledge/settings', '/api/v1/intake/settings']) {
      const read = await call('GET', path, 'tenant-admin');
      const etag = read.headers.get('etag');
      expect({ path, etag }).toEqual({ path, etag: expect.stringMatching(/^"(-1|\d+)"$/) });
      const unchanged = await call('GET', path, 'tenant-admin', undefined, { 'if-none-match': etag! });
      expect({ path, status: unchanged.status }).toEqual({ path, status: 304 });
      const stale = await call('PUT', path, 'tenant-admin', {}, { 'if-match': '"99"' });
      expect({ path, status: stale.status, type: ((await stale.json()) as { type: string }).type }).toEqual({
        path,
        status: 412,
        type: 'urn:deskstream:problem:precondition-failed',
      });
    }
  });

  it('honours If-Match on request types', async () => {
    const types = (await (await call('GET', '/api/v1/intake/request-types', 'tenant-admin')).json()) as { items: { id: string; revision: number }[] };
    const first = types.items[0]!;
    const read = await call('GET', `/api/v1/intake/request-types/${first.id}`, 'tenant-admin');
    expect(read.status).toBe(200);
    const { id: _id, version: _version, ...definition } = (await read.json()) as Json;
    const stale = await call('PUT', `/api/v1/intake/request-types/${first.id}`, 'tenant-admin', definition, { 'if-match': '"99"' });
    expect(stale.status).toBe(412);
    const current = await call('PUT', `/api/v1/intake/request-types/${first.id}`, 'tenant-admin', definition, { 'if-match': read.headers.get('etag')! });
    expect(current.status).toBe(200);
  });

  it('lists take several values per filter, sort keys with - for descending, and count on request', async () => {
    const listed = await call('GET', '/api/v1/incidents?status=new,assigned&priority=P1,P2,P3,P4,P5&sort=-updated,reference&count=true', 'agent');
    expect(listed.status).toBe(200);
    const page = (await listed.json()) as { items: { reference: string }[]; nextCursor: string | null; total: number };
    expect(page.total).toBe(page.items.length);
    expect(page.items.map((item) => item.reference)).toContain(targets.get('/api/v1/incidents/'));
    const bad = await call('GET', '/api/v1/incidents?sort=colour&status=new,lost', 'agent');
    expect(bad.status).toBe(400);
    const fields = ((await bad.json()) as { errors: { field: string }[] }).errors.map((e) => e.field).sort();
    expect(fields).toEqual(['sort', 'status']);
  });

  it('PUT replaces a settings resource (what is left out takes its default), PATCH merges (JSON Merge Patch)', async () => {
    const merge = await fetch(`${base}/api/v1/incident-settings`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${tokens.get('tenant-admin')}`, 'content-type': 'application/merge-patch+json' },
      body: JSON.stringify({ reopenWindowDays: 5 }),
    });
    expect(merge.status).toBe(200);
    const second = await call('PATCH', '/api/v1/incident-settings', 'tenant-admin', { quietPeriodDays: 1 });
    expect(await second.json()).toMatchObject({ reopenWindowDays: 5, quietPeriodDays: 1 });
    const replaced = await call('PUT', '/api/v1/incident-settings', 'tenant-admin', { quietPeriodDays: 2 });
    expect(await replaced.json()).toMatchObject({ reopenWindowDays: 10, quietPeriodDays: 2 });
  });
});
