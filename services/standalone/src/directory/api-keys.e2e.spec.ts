import { Module, type DynamicModule } from '@nestjs/common';
import { DirectoryModule } from '@deskstream/directory';
import { IncidentsModule } from '@deskstream/incidents';
import { IntakeModule } from '@deskstream/intake';
import { PlatformModule, type PlatformConfig } from '@deskstream/platform';
import { startHttpTestApp, type HttpTestApp } from '@deskstream/platform/testing';
import { readUntil } from '@deskstream/testing';

@Module({})
class IntegrationsDeskModule {
  static forRoot(config: PlatformConfig): DynamicModule {
    return {
      module: IntegrationsDeskModule,
      imports: [PlatformModule.forRoot(config, { service: 'standalone' }), DirectoryModule, IntakeModule, IncidentsModule],
    };
  }
}

const alert = (fingerprint: string) => ({
  version: '4',
  groupKey: '{}:{alertname="DiskFull"}',
  truncatedAlerts: 0,
  status: 'firing',
  receiver: 'deskstream',
  groupLabels: { alertname: 'DiskFull' },
  commonLabels: {},
  commonAnnotations: {},
  externalURL: 'http://alertmanager.example:9093',
  alerts: [
    {
      status: 'firing',
      labels: { alertname: 'DiskFull', service: 'email', severity: 'warning' },
      annotations: { summary: 'Disk full on mx1' },
      startsAt: '2026-01-05T09:00:00.000Z',
      endsAt: '0001-01-01T00:00:00Z',
      generatorURL: 'http://prometheus.example:9090/graph',
      fingerprint,
    },
  ],
});

describe('service accounts with API keys', () => {
  let kit: HttpTestApp;
  beforeAll(async () => (kit = await startHttpTestApp({ name: 'api-keys', module: (config) => IntegrationsDeskModule.forRoot(config) })));
  afterAll(() => kit?.close());

  const admin = (tenant = 'acme') => kit.as(tenant, 'tenant-admin');
  const withKey = (method: string, path: string, key: string, body?: unknown, header: 'x-api-key' | 'bearer' = 'x-api-key') =>
    kit.request(method, path, { token: null, body, headers: header === 'x-api-key' ? { 'x-api-key': key } : { authorization: `Bearer ${key}` } });
  let key = '';
  let keyId = '';

  it('issues a key shown once, scoped to its endpoints, accepted as X-API-Key and as a bearer token, with its last use recorded', async () => {
    const account = await admin().post('/directory/service-accounts', { id: 'alertmanager', name: 'Alertmanager', roles: ['agent'] });
    expect([account.status, account.body.keys]).toEqual([201, []]);
    const issued = await admin().post('/directory/service-accounts/alertmanager/keys', { endpoints: ['POST /api/v1/intake/alerts'], expiresInDays: 30 });
    expect(issued.status).toBe(201);
    key = String(issued.body.key);
    keyId = String(issued.body.keyId);
    expect(key).toMatch(/^dsk\.acme\.[0-9a-f]{24}\.[A-Za-z0-9_-]{43}$/);
    expect(issued.body).toMatchObject({ roles: ['agent'], endpoints: ['POST /api/v1/intake/alerts'] });

    const accepted = await readUntil(
      () => withKey('POST', '/intake/alerts/alertmanager', key, alert('fp-1')),
      (r) => r.status !== 401,
      10_000,
    );
    expect(accepted.status).toBe(202);
    expect((await withKey('POST', '/intake/alerts/alertmanager', key, alert('fp-2'), 'bearer')).status).toBe(202);
    const shown = await admin().get('/directory/service-accounts/alertmanager');
    expect(JSON.stringify(shown.body)).not.toContain(key.split('.')[3]);
    expect(shown.body.keys).toEqual([expect.objectContaining({ keyId, revokedAt: null, lastUsedAt: expect.any(String) })]);
  });

  it('refuses the key on an endpoint it was not issued for, a wrong secret, and a key wider than its account', async () => {
    const elsewhere = await withKey('GET', '/incidents', key);
    expect([elsewhere.status, elsewhere.headers.get('content-type')]).toEqual([401, expect.stringContaining('application/problem+json')]);
    const forged = `${key.slice(0, -4)}AAAA`;
    expect((await withKey('POST', '/intake/alerts/alertmanager', forged, alert('fp-3'))).status).toBe(401);
    expect((await withKey('POST', '/intake/alerts/alertmanager', key.replace('dsk.acme.', 'dsk.globex.'), alert('fp-3'))).status).toBe(401);
    const forever = await admin().post('/directory/service-accounts/alertmanager/keys', { endpoints: ['* /api/v1'], expiresInDays: 400 });
    expect((forever.body.errors ?? []).map((e) => e.field)).toEqual(['expiresInDays']);
    const wider = await admin().post('/directory/service-accounts/alertmanager/keys', {
      roles: ['tenant-admin'],
      endpoints: ['* /api/v1', 'GET nowhere'],
      expiresInDays: 30,
    });
    expect(wider.body.errors).toEqual([
      { field: 'roles.0', message: 'the service account does not have the role "tenant-admin"' },
      { field: 'endpoints.1', message: '"GET nowhere" is not METHOD /api/v1/path' },
    ]);
    expect((await kit.as('acme', 'agent').post('/directory/service-accounts/alertmanager/keys', { endpoints: ['* /api/v1'], expiresInDays: 1 })).status).toBe(
      403,
    );
    expect((await admin('globex').get('/directory/service-accounts/alertmanager')).status).toBe(404);
  });

  it('stops accepting a revoked key', async () => {
    const revoked = await admin().post(`/directory/service-accounts/alertmanager/keys/${keyId}/revoke`);
    expect(revoked.body.keys).toEqual([expect.objectContaining({ keyId, revokedAt: expect.any(String) })]);
    const refused = await readUntil(
      () => withKey('POST', '/intake/alerts/alertmanager', key, alert('fp-4')),
      (r) => r.status === 401,
      10_000,
    );
    expect(refused.status).toBe(401);
  });

  it("lists the tenant's service accounts with counts of their keys, never a key, to the tenant-admin only and within the tenant", async () => {
    await admin().post('/directory/service-accounts', { id: 'zabbix', name: 'Zabbix', roles: ['agent'] });
    await admin('globex').post('/directory/service-accounts', { id: 'globex-grafana', name: 'Grafana', roles: ['agent'] });
    const listed = await readUntil(
      () => admin().get('/directory/service-accounts'),
      (r) => r.status === 200 && (r.body.items ?? []).length === 2,
      10_000,
    );
    expect(listed.body.items).toEqual([
      expect.objectContaining({ id: 'alertmanager', name: 'Alertmanager', roles: ['agent'], keyCount: 1, activeKeyCount: 0 }),
      expect.objectContaining({ id: 'zabbix', name: 'Zabbix', keyCount: 0, activeKeyCount: 0 }),
    ]);
    expect(JSON.stringify(listed.body)).not.toMatch(/secretHash|globex/);
    const firstPage = await admin().get('/directory/service-accounts?limit=1');
    expect((firstPage.body.items ?? []).map((a) => a.id)).toEqual(['alertmanager']);
    const next = await admin().get(`/directory/service-accounts?limit=1&cursor=${encodeURIComponent(String(firstPage.body.nextCursor))}`);
    expect((next.body.items ?? []).map((a) => a.id)).toEqual(['zabbix']);
    expect((await kit.as('acme', 'agent').get('/directory/service-accounts')).status).toBe(403);
    const theirs = await readUntil(
      () => admin('globex').get('/directory/service-accounts'),
      (r) => (r.body.items ?? []).length === 1,
      10_000,
    );
    expect((theirs.body.items ?? []).map((a) => a.id)).toEqual(['globex-grafana']);
  });
});
