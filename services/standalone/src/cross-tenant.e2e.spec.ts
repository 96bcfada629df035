import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp, loadConfig, PlatformRuntime, PROBLEM_CONTENT_TYPE, TENANT_ROLES as ROLES } from '@deskstream/platform';
import { eventually, startOidcTestIssuer } from '@deskstream/testing';
import type { OpenApiDocument } from './api-fuzz-inputs';
import { PLATFORM_PUT_BODIES, probeBodyOf, probeQueryOf } from './cross-tenant-probe-inputs';
import { DIRECTORY_KINDS, TenantSeeder, type Resources } from './cross-tenant-seeds';
import { StandaloneModule } from './standalone.module';

/**
 * What an SLA clock derives from the time of the read: it moves between two reads of an unchanged clock
 * (working minutes move too while the clock runs inside its calendar's working hours).
 */
const READ_TIME_FIELDS = new Set(['asOf', 'elapsedMinutes', 'remainingMinutes', 'elapsedCalendarMinutes', 'remainingCalendarMinutes', 'pausedCalendarMinutes']);
const withoutTheClock = (key: string, value: unknown): unknown => (READ_TIME_FIELDS.has(key) ? undefined : value);

/** The platform's administration of tenants is no tenant's resource: its own test below refuses every business-unit role. */
const PLATFORM_ADMINISTRATION = '/api/v1/platform/';
const probed = (path: string): boolean => !path.startsWith(PLATFORM_ADMINISTRATION);

/** Which seeded resource a path parameter names, from the route's collection. */
function resourceOf(path: string, resources: Resources): string {
  if (path.startsWith('/api/v1/incidents/')) return resources.incident;
  if (path.startsWith('/api/v1/reporting/tickets/')) return resources.incident;
  if (path.startsWith('/api/v1/requests/')) return resources.request;
  if (path.startsWith('/api/v1/intake/submissions/')) return resources.submission;
  if (path.startsWith('/api/v1/intake/request-types/')) return resources.requestType;
  if (path.startsWith('/api/v1/directory/')) return resources.directory;
  if (path.startsWith('/api/v1/me/notifications/') || path.startsWith('/api/v1/notifications/')) return resources.notification;
  if (path.startsWith('/api/v1/reporting/saved-queries/')) return resources.savedQuery;
  if (path.startsWith('/api/v1/problems/candidates/')) return resources.candidate;
  if (path.startsWith('/api/v1/problems/')) return resources.problem;
  if (path.startsWith('/api/v1/sla/calendars/')) return resources.calendar;
  if (path.startsWith('/api/v1/sla/definitions/')) return resources.slaDefinition;
  if (path.startsWith('/api/v1/sla/clocks/')) return resources.clock;
  if (path.startsWith('/api/v1/knowledge/articles/')) return resources.article;
  if (path.startsWith('/api/v1/knowledge/incidents/')) return resources.incident;
  if (path.startsWith('/api/v1/import/jobs/')) return resources.importJob;
  throw new Error(`${path}: no seeded resource for its path parameter; seed one in this suite`);
}

/**
 * For every GET, POST and DELETE route of the OpenAPI document that names a resource, every role of acme
 * asks for globex's: 404 (or 403 when the role is refused the action on its own tenant's resource
 * too), as problem+json, and globex's data is unchanged afterwards. Lists never show globex's ids.
 */
describe('cross-tenant isolation over every GET, POST and DELETE route', () => {
  let dataDir: string;
  let app: NestFastifyApplication;
  let base: string;
  const tokens = new Map<string, string>();
  const token = (tenant: string, role: string) => tokens.get(`${tenant}/${role}`)!;

  const call = (method: string, path: string, bearer: string, body?: object) =>
    fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${bearer}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  const seeder = new TenantSeeder({ base: () => base, token, call });

  /** What globex's desk sees: compared before and after the probes. */
  async function globexView(globex: Resources): Promise<string[]> {
    const paths = [
      `/api/v1/incidents/${globex.incident}`,
      `/api/v1/incidents/${globex.incident}/history`,
      `/api/v1/requests/${globex.request}`,
      `/api/v1/requests/${globex.request}/history`,
      `/api/v1/intake/submissions/${globex.submission}`,
      ...DIRECTORY_KINDS.map((kind) => `/api/v1/directory/${kind}/${globex.directory}`),
      `/api/v1/directory/groups/${globex.directory}/members`,
      `/api/v1/reporting/saved-queries/${globex.savedQuery}`,
      '/api/v1/reporting/saved-queries',
      '/api/v1/incidents',
      '/api/v1/requests',
      '/api/v1/intake/settings',
      `/api/v1/problems/${globex.problem}`,
      `/api/v1/problems/${globex.problem}/history`,
      '/api/v1/problems/candidates',
      `/api/v1/sla/calendars/${globex.calendar}`,
      `/api/v1/sla/definitions/${globex.slaDefinition}`,
      `/api/v1/sla/clocks?ticket=${globex.incident}`,
      `/api/v1/knowledge/articles/${globex.article}`,
      `/api/v1/knowledge/articles/${globex.article}/history`,
      `/api/v1/import/jobs/${globex.importJob}`,
    ];
    const view = async (path: string) => JSON.stringify(await (await call('GET', path, token('globex', 'tenant-admin'))).json(), withoutTheClock);
    return Promise.all(paths.map(async (path) => `${path} ${await view(path)}`));
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'deskstream-tenancy-'));
    const config = loadConfig({ DESKSTREAM_DATA_DIR: dataDir, LOG_LEVEL: 'silent', SMTP_PORT: '0' });
    app = await createApp(StandaloneModule.forRoot(config), config);
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = await app.getUrl();
    for (const tenant of ['acme', 'globex']) {
      for (const role of ROLES) {
        const issued = await fetch(`${base}/api/v1/dev/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ tenant, user: role }),
        });
        tokens.set(`${tenant}/${role}`, ((await issued.json()) as { token: string }).token);
      }
    }
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("answers every role of one tenant 404 for the other tenant's resources, and changes nothing there", async () => {
    const document = (await (await fetch(`${base}/docs-json`)).json()) as OpenApiDocument;
    const acme = await seeder.seed('acme');
    const globex = await seeder.seed('globex');
    await app.get(PlatformRuntime).caughtUp();
    const before = await globexView(globex);

    const routes = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods)
        .filter((method) => ['get', 'post', 'delete'].includes(method) && path.includes('{') && probed(path))
        .map((method) => [path, method] as const),
    );
    expect(routes.length).toBeGreaterThan(30);
    const leaks: string[] = [];
    let probes = 0;
    for (const [path, method] of routes) {
      const body = method === 'post' ? probeBodyOf(path) : undefined;
      if (method === 'post' && !body) {
        leaks.push(`POST ${path}: no valid body in the probe inputs`);
        continue;
      }
      const target = (resources: Resources) => path.replace(/\{[^}]+\}/, resourceOf(path, resources)) + probeQueryOf(path);
      let answered404 = 0;
      for (const role of ROLES) {
        const theirs = await call(method.toUpperCase(), target(globex), token('acme', role), body);
        // On acme's own resource (to tell a role's refusal from the lookup's), a DELETE that may deletes it: only globex's view is compared.
        const ours = await call(method.toUpperCase(), target(acme), token('acme', role), body);
        probes += 1;
        const refusedEverywhere = theirs.status === 403 && ours.status === 403;
        const where = `${method.toUpperCase()} ${path} as acme ${role}: ${theirs.status} (own tenant ${ours.status})`;
        if (theirs.status === 404) answered404 += 1;
        if (theirs.status !== 404 && !refusedEverywhere) leaks.push(`${where} ${(await theirs.text()).slice(0, 120)}`);
        else if (!theirs.headers.get('content-type')?.includes(PROBLEM_CONTENT_TYPE)) leaks.push(`${where}: not problem+json`);
      }
      // Some role may call each route: the probe reached the lookup, not only the role check.
      if (answered404 === 0) leaks.push(`${method.toUpperCase()} ${path}: every role refused, the lookup was never probed`);
    }
    expect(leaks).toEqual([]);
    expect(probes).toBe(routes.length * ROLES.length);

    await app.get(PlatformRuntime).caughtUp();
    expect(await globexView(globex)).toEqual(before);
  }, 120_000);

  it("refuses every role of a business unit the platform's administration of tenants (403), whatever the tenant named", async () => {
    const document = (await (await fetch(`${base}/docs-json`)).json()) as OpenApiDocument;
    const routes = Object.entries(document.paths).flatMap(([path, methods]) =>
      path.startsWith(PLATFORM_ADMINISTRATION) ? Object.keys(methods).map((method) => [path, method.toUpperCase()] as const) : [],
    );
    expect(routes.length).toBeGreaterThanOrEqual(5);
    const answers: string[] = [];
    for (const [path, method] of routes) {
      for (const role of ROLES) {
        const body = method === 'POST' ? { reason: 'probe' } : method === 'PUT' ? PLATFORM_PUT_BODIES[path.split('/').pop()!] : undefined;
        const response = await call(method, path.replace(/\{[^}]+\}/, 'globex'), token('acme', role), body);
        if (response.status !== 403) answers.push(`${method} ${path} as acme ${role}: ${response.status}`);
      }
    }
    expect(answers).toEqual([]);
  });

  it("signs a tenant's identity provider's users in to that tenant only: another tenant's resources are 404, a token claiming it is 401", async () => {
    const idp = await startOidcTestIssuer();
    try {
      const admin = (await (await call('POST', '/api/v1/dev/token', '', { tenant: 'platform', user: 'platform-admin' })).json()) as { token: string };
      const onboarded = await call('POST', '/api/v1/platform/tenants', admin.token, {
        id: 'initech',
        name: 'Initech',
        template: 'it',
        timeZone: 'UTC',
        locale: 'en-GB',
        admins: ['bill'],
        identityProvider: { issuer: idp.issuer, jwksUrl: idp.jwksUrl, audience: 'deskstream', rolesClaim: 'groups', roleMap: { agents: 'agent' } },
      });
      expect(onboarded.status).toBe(201);
      const theirIncident = await seeder.created(
        'globex',
        '/api/v1/incidents',
        'agent',
        { channel: 'phone', caller: 'requester', shortDescription: 'globex only', description: 'Seeded', impact: 2, urgency: 2 },
        'id',
      );
      const bill = await idp.token({ sub: 'bill', groups: ['agents'] });
      await eventually(async () => {
        const me = await call('GET', '/api/v1/me', bill);
        if (me.status !== 200) throw new Error(`initech sign-in: ${me.status}`);
      }, 30_000);
      for (const path of [`/api/v1/incidents/${theirIncident}`, `/api/v1/incidents/${theirIncident}/history`]) {
        expect({ path, status: (await call('GET', path, bill)).status }).toEqual({ path, status: 404 });
      }
      expect(await (await call('GET', '/api/v1/incidents', bill)).text()).not.toContain(theirIncident);
      const claimingGlobex = await idp.token({ sub: 'bill', tenant_id: 'globex', groups: ['agents'] });
      expect((await call('GET', `/api/v1/incidents/${theirIncident}`, claimingGlobex)).status).toBe(401);
    } finally {
      await idp.close();
    }
  }, 60_000);

  it("never lists the other tenant's resources, for any role", async () => {
    const document = (await (await fetch(`${base}/docs-json`)).json()) as OpenApiDocument;
    const globex = await seeder.seed('globex');
    await app.get(PlatformRuntime).caughtUp();
    const lists = Object.entries(document.paths)
      .filter(([path, methods]) => methods.get && path.startsWith('/api/v1/') && !path.includes('{'))
      .map(([path]) => path);
    expect(lists.length).toBeGreaterThan(5);
    const seen: string[] = [];
    for (const path of lists) {
      for (const role of ROLES) {
        const text = await (await call('GET', path, token('acme', role))).text();
        for (const id of Object.values(globex)) if (text.includes(id)) seen.push(`${path} as acme ${role} shows ${id}`);
        if (text.includes('globex')) seen.push(`${path} as acme ${role} names globex`);
      }
    }
    expect(seen).toEqual([]);
  }, 60_000);
});
