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
    const incident = await created('POST', '/api/v1/incidents', 'agent', {
      channel: 'phone',
      caller: 'requester',
      shortDescription: 'VPN drops',
      description: 'Every hour',
      impact: 2,
      urgency: 2,
    });
    const request = await created('POST', '/api/v1/requests', 'requester', { catalogItem: 'laptop' });
    const problem = await created('POST', '/api/v1/problems', 'problem-manager', {
      shortDescription: 'VPN drops hourly',
      description: 'Many incidents',
      impact: 2,
      urgency: 2,
      origin: 'manual',
    });
    const article = await created('POST', '/api/v1/knowledge/articles', 'agent', {
      title: 'VPN drops every hour',
      problem: 'The VPN disconnects',
      audience: 'internal',
    });
    targets.set('/api/v1/incidents/', incident.reference).set('/api/v1/requests/', request.reference);
    targets.set('/api/v1/problems/', problem.reference).set('/api/v1/knowledge/articles/', article.reference);
    targets.set('/api/v1/knowledge/incidents/', incident.reference);
  }, 60_000);

  afterAll(() => kit?.close());

  /** Ajv over the document's components: a response schema compiled once, checked against answers. */
  let ajv: Ajv;
  const validators = new Map<string, ValidateFunction>();
  const validatorFor = (schema: Json): ValidateFunction => {
    if (!ajv) {
      ajv = new Ajv({ strict: false, allErrors: false });
      addFormats(ajv);
      ajv.addSchema({ $id: 'openapi', components: document.components });
    }
    const text = JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/');
    if (!validators.has(text)) validators.set(text, ajv.compile(JSON.parse(text) as Json));
    return validators.get(text)!;
  };
  const okSchema = (path: string) => document.paths[path]!.get!.responses['200']!.content!['application/json']!.schema!;
  /** The errors of `body` against what the document declares GET `path` answers (empty when it conforms). */
  const faultsOf = (path: string, body: unknown): string => {
    const validate = validatorFor(okSchema(path));
    return validate(body) ? '' : `${path}: ${ajv.errorsText(validate.errors)}`;
  };
  const read = async (path: string, role: string) => {
    const response = await call('GET', path, role);
    return { status: response.status, headers: response.headers, body: (await response.json()) as Json & { items?: Json[] } };
  };
  const act = async (path: string, role: string, body?: unknown) => {
    const response = await call('POST', path, role, body);
    expect({ path, status: response.status }).toEqual({ path, status: 200 });
  };
  const eventually = async <T>(attempt: () => Promise<T>, done: (value: T) => boolean): Promise<T> => {
    for (let tries = 0; ; tries += 1) {
      const value = await attempt();
      if (done(value) || tries >= 100) return value;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

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
    const faults: string[] = [];
    let checked = 0;
    for (const { path, method, operation } of operations()) {
      if (method !== 'get' || !path.startsWith('/api/v1/') || path.startsWith('/api/v1/dev/')) continue;
      // A stream of server-sent events answers for as long as the client listens: its own e2e reads it.
      if (operation.responses['200']?.content?.['text/event-stream']) continue;
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
    // A null in a merge patch removes the tenant's value: the default applies again, and tickets still open.
    const removed = await call('PATCH', '/api/v1/incident-settings', 'tenant-admin', { majorIncidentRules: null, quietPeriodDays: null });
    expect(await removed.json()).toMatchObject({ majorIncidentRules: [], quietPeriodDays: 3 });
    const opened = await call('POST', '/api/v1/incidents', 'agent', {
      channel: 'phone',
      caller: 'requester',
      shortDescription: 'After a settings reset',
      description: 'Opened after the reset',
      impact: 3,
      urgency: 3,
    });
    expect(opened.status).toBe(201);
  });

  it('declares each kind of record and of list line with its own schema', () => {
    const records = { incidents: 'IncidentDto', requests: 'ServiceRequestDto', problems: 'ProblemDto', 'knowledge/articles': 'ArticleDto' };
    const lines = {
      incidents: 'IncidentSummaryDto',
      requests: 'ServiceRequestSummaryDto',
      problems: 'ProblemSummaryDto',
      'knowledge/articles': 'ArticleSummaryDto',
    };
    for (const [collection, name] of Object.entries(records)) {
      expect({ collection, schema: okSchema(`/api/v1/${collection}/{idOrReference}`) }).toEqual({
        collection,
        schema: { $ref: `#/components/schemas/${name}` },
      });
      const page = okSchema(`/api/v1/${collection}`) as { required: string[]; properties: { items: { items: unknown }; total: unknown } };
      expect({ collection, items: page.properties.items.items, required: page.required }).toEqual({
        collection,
        items: { $ref: `#/components/schemas/${lines[collection as keyof typeof lines]}` },
        required: ['items', 'nextCursor'],
      });
    }
  });

  it('gives every request body an example; those of the tickets and articles are valid bodies', () => {
    type Body = { requestBody?: { content?: Record<string, { schema?: Json; example?: unknown }> } };
    const faults: string[] = [];
    for (const { path, method, operation } of operations()) {
      for (const [type, media] of Object.entries((operation as Body).requestBody?.content ?? {})) {
        const where = `${method.toUpperCase()} ${path} (${type})`;
        if (media.example === undefined) faults.push(`${where}: no example`);
        else if (/^\/api\/v1\/(incidents|requests|problems|knowledge\/articles)(\/|$)/.test(path) && media.schema) {
          const validate = validatorFor(media.schema);
          if (!validate(media.example)) faults.push(`${where}: example ${ajv.errorsText(validate.errors)}`);
        }
      }
    }
    expect(faults).toEqual([]);
  });

  it('gives every link to another record its id and reference, in the shapes the document declares', async () => {
    const mailDown = { channel: 'phone', caller: 'requester', shortDescription: 'Mail is down', description: 'Nobody can send', impact: 1, urgency: 1 };
    const master = await created('POST', '/api/v1/incidents', 'agent', mailDown);
    const child = await created('POST', '/api/v1/incidents', 'agent', { ...mailDown, shortDescription: 'Cannot send mail', impact: 2, urgency: 2 });
    const masterPath = `/api/v1/incidents/${master.reference}`;
    await act(`${masterPath}/assign`, 'agent', { group: 'service-desk', assignee: 'agent' });
    await act(`${masterPath}/start`, 'agent');
    await act(`${masterPath}/declare-major`, 'agent', { manager: 'agent', reason: 'all mail down' });
    await act(`${masterPath}/link-child`, 'agent', { child: child.reference });
    const childView = await read(`/api/v1/incidents/${child.id}`, 'agent');
    const masterView = await read(masterPath, 'agent');
    expect(childView.body.masterIncident).toEqual({ id: master.id, reference: master.reference });
    expect((masterView.body.major as Json).childIncidents).toEqual([{ id: child.id, reference: child.reference }]);

    // The problems service learns of incidents from the bus: it links one once it has heard of it.
    const problemPath = `/api/v1/problems/${targets.get('/api/v1/problems/')}`;
    await eventually(
      () => call('POST', `${problemPath}/link-incident`, 'problem-manager', { incident: child.reference }),
      (r) => r.status === 200,
    );
    const problem = await eventually(
      () => read(problemPath, 'problem-manager'),
      (r) => (r.body.linkedIncidents as unknown[]).length === 1,
    );
    expect(problem.body.linkedIncidents).toEqual([{ id: child.id, reference: child.reference }]);

    const articlePath = `/api/v1/knowledge/articles/${targets.get('/api/v1/knowledge/articles/')}`;
    await act(`${articlePath}/link-ticket`, 'agent', { ticketId: child.id, ticketReference: child.reference });
    const article = await read(articlePath, 'agent');
    expect(article.body.linkedTickets).toEqual([{ id: child.id, reference: child.reference }]);

    const template = {
      '/api/v1/incidents/': '/api/v1/incidents/{idOrReference}',
      '/api/v1/problems/': '/api/v1/problems/{idOrReference}',
      '/api/v1/knowledge/articles/': '/api/v1/knowledge/articles/{idOrReference}',
    };
    const faults = [
      faultsOf(template['/api/v1/incidents/'], childView.body),
      faultsOf(template['/api/v1/incidents/'], masterView.body),
      faultsOf(template['/api/v1/problems/'], problem.body),
      faultsOf(template['/api/v1/knowledge/articles/'], article.body),
    ].filter(Boolean);
    expect(faults).toEqual([]);
  }, 30_000);

  it('answers as of a moment with a historical view on every kind of ticket: asOf echoed, Memento-Datetime, no actions', async () => {
    const moment = new Date().toISOString();
    for (const [prefix, role] of [
      ['/api/v1/incidents/', 'agent'],
      ['/api/v1/requests/', 'requester'],
      ['/api/v1/problems/', 'problem-manager'],
      ['/api/v1/knowledge/articles/', 'agent'],
    ] as const) {
      const now = await read(`${prefix}${targets.get(prefix)}`, role);
      expect({ prefix, asOf: now.body.asOf, offered: (now.body.allowedActions as string[]).length > 0 }).toEqual({ prefix, asOf: undefined, offered: true });
      const then = await read(`${prefix}${targets.get(prefix)}?asOf=${moment}`, role);
      expect({
        prefix,
        status: then.status,
        asOf: then.body.asOf,
        allowedActions: then.body.allowedActions,
        memento: then.headers.get('memento-datetime'),
      }).toEqual({
        prefix,
        status: 200,
        asOf: moment,
        allowedActions: [],
        memento: new Date(moment).toUTCString(),
      });
      expect(faultsOf(`${prefix}{idOrReference}`, then.body)).toBe('');
      const future = await read(`${prefix}${targets.get(prefix)}?asOf=2999-01-01T00:00:00Z`, role);
      expect({ prefix, status: future.status }).toEqual({ prefix, status: 400 });
    }
  });

  it('sorts and counts the lists of requests, problems and articles, with several values per filter', async () => {
    await created('POST', '/api/v1/requests', 'requester', { catalogItem: 'monitor' });
    await created('POST', '/api/v1/problems', 'problem-manager', {
      shortDescription: 'Printers jam',
      description: 'Tray 2',
      impact: 3,
      urgency: 3,
      origin: 'manual',
    });
    await created('POST', '/api/v1/knowledge/articles', 'agent', { title: 'Printer jams on tray 2', problem: 'Paper jams', audience: 'internal' });
    for (const [path, role, filter] of [
      ['/api/v1/requests', 'agent', 'catalogItem=laptop,monitor&status=awaiting-approval,approved,fulfilled'],
      ['/api/v1/problems', 'problem-manager', 'status=new,assessed&origin=manual,supplier'],
      ['/api/v1/knowledge/articles', 'agent', 'state=work-in-progress,validated'],
    ] as const) {
      const listed = await eventually(
        () => read(`${path}?${filter}&sort=-reference&count=true`, role),
        (r) => (r.body.items ?? []).length >= 2,
      );
      const references = listed.body.items!.map((item) => String(item.reference));
      expect({ path, status: listed.status, total: listed.body.total, sorted: references }).toEqual({
        path,
        status: 200,
        total: references.length,
        sorted: [...references].sort().reverse(),
      });
      expect(faultsOf(path, listed.body)).toBe('');
      const ascending = await read(`${path}?${filter}&sort=reference`, role);
      expect(ascending.body.items!.map((item) => String(item.reference))).toEqual([...references].reverse());
      const bad = await read(`${path}?sort=colour`, role);
      expect({ path, status: bad.status, fields: (bad.body.errors as { field: string }[]).map((e) => e.field) }).toEqual({
        path,
        status: 400,
        fields: ['sort'],
      });
    }
  }, 30_000);
});
