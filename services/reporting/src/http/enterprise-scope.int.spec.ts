import { startReportingApp, type ReportingTestApp } from './reporting-http-test-kit';

const MARCH = { from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' };
const enterpriseQuery = { metrics: ['volume', 'mttr_hours'], groupBy: ['priority'], ...MARCH, scope: 'enterprise' };

describe('enterprise scope: business units compared (real HTTP, SQLite)', () => {
  let app: ReportingTestApp;

  beforeAll(async () => {
    app = await startReportingApp();
    await app.opened('acme', 'a-1', 'INC-1', '2026-03-02T09:00:00.000Z', { priority: 'P2', caller: 'acme-caller' });
    await app.resolved('acme', 'a-1', '2026-03-02T11:00:00.000Z');
    await app.opened('globex', 'g-1', 'GLX-1', '2026-03-02T09:00:00.000Z', { priority: 'P2', caller: 'globex-caller' });
    await app.resolved('globex', 'g-1', '2026-03-02T10:00:00.000Z');
    await app.opened('globex', 'g-2', 'GLX-2', '2026-03-05T09:00:00.000Z', { priority: 'P1' });
    await app.eventually(
      () => app.as('acme', 'analyst').get('/reporting/tickets'),
      (r) => r.body.items?.[0]?.resolvedAt !== null,
    );
    await app.eventually(
      () => app.as('globex', 'analyst').get('/reporting/tickets'),
      (r) => r.body.items?.length === 2 && r.body.items[0]!.resolvedAt !== null,
    );
    expect((await app.as('acme', 'tenant-admin').put('/reporting/settings', { enterpriseReporting: true })).status).toBe(200);
  });

  afterAll(() => app.close());

  it('leaves out a tenant that has not opted in', async () => {
    const answer = await app.as('acme', 'enterprise-analyst').post('/reporting/query', enterpriseQuery);
    expect(answer.body).toEqual({ columns: ['tenant', 'priority', 'volume', 'mttr_hours'], rows: [['acme', 'P2', 1, 2]] });
  });

  it('aggregates across the opted-in tenants, grouped by tenant first', async () => {
    expect((await app.as('globex', 'tenant-admin').put('/reporting/settings', { enterpriseReporting: true })).status).toBe(200);
    const answer = await app.as('acme', 'enterprise-analyst').post('/reporting/query', enterpriseQuery);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      columns: ['tenant', 'priority', 'volume', 'mttr_hours'],
      rows: [
        ['acme', 'P2', 1, 2],
        ['globex', 'P1', 1, null],
        ['globex', 'P2', 1, 1],
      ],
    });
    expect(JSON.stringify(answer.body)).not.toMatch(/caller|GLX-|INC-/);
  });

  it('shows no ticket row, caller or person of another tenant: tickets stay in the own tenant, agents are not a dimension', async () => {
    const tickets = await app.as('acme', 'enterprise-analyst').get('/reporting/tickets');
    expect(tickets.body.items!.map((t) => t.reference)).toEqual(['INC-1']);
    const byAgent = await app.as('acme', 'enterprise-analyst').post('/reporting/query', { ...enterpriseQuery, groupBy: ['agent'] });
    expect(byAgent.status).toBe(400);
    expect(byAgent.body.errors!.map((e) => e.field)).toEqual(['groupBy[0]']);
    const filteredByAgent = await app.as('acme', 'enterprise-analyst').post('/reporting/query', { ...enterpriseQuery, filters: { agent: 'agent' } });
    expect(filteredByAgent.body.errors!.map((e) => e.field)).toEqual(['filters.agent']);
  });

  it('is refused (403) to every principal without the grant', async () => {
    for (const role of ['analyst', 'service-owner', 'tenant-admin']) {
      const refused = await app.as('acme', role).post('/reporting/query', enterpriseQuery);
      expect(refused.status).toBe(403);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
    }
    expect((await app.as('acme', 'agent').post('/reporting/query', enterpriseQuery)).status).toBe(403);
  });

  it('drops a tenant that opts out again', async () => {
    const current = await app.as('globex', 'tenant-admin').get('/reporting/settings');
    const out = await app
      .as('globex', 'tenant-admin')
      .put('/reporting/settings', { enterpriseReporting: false }, { 'if-match': String(current.headers.get('etag')) });
    expect(out.status).toBe(200);
    const answer = await app.as('acme', 'enterprise-analyst').post('/reporting/query', enterpriseQuery);
    expect(answer.body.rows).toEqual([['acme', 'P2', 1, 2]]);
  });
});

describe('reporting settings (real HTTP)', () => {
  let app: ReportingTestApp;
  beforeAll(async () => {
    app = await startReportingApp();
  });
  afterAll(() => app.close());

  it('starts with defaults, changes only for a tenant admin, pins the revision with If-Match (412 when stale)', async () => {
    const initial = await app.as('acme', 'analyst').get('/reporting/settings');
    expect(initial.body).toMatchObject({ enterpriseReporting: false, calendar: { timeZone: 'UTC' }, revision: -1 });
    expect(initial.headers.get('etag')).toBe('"-1"');
    expect((await app.as('acme', 'analyst').put('/reporting/settings', { enterpriseReporting: true })).status).toBe(403);
    const changed = await app.as('acme', 'tenant-admin').put('/reporting/settings', {
      calendar: { timeZone: 'Europe/Berlin', weekly: [{ day: 'mon', from: '09:00', to: '17:00' }], holidays: ['2026-04-06'] },
      hourlyRates: { network: 120 },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).toBe('"0"');
    const pinned = await app.as('acme', 'tenant-admin').put('/reporting/settings', { defaultHourlyRate: 50 }, { 'if-match': '"0"' });
    expect(pinned.body).toMatchObject({ defaultHourlyRate: 50, hourlyRates: { network: 120 }, calendar: { timeZone: 'Europe/Berlin' }, revision: 1 });
    const stale = await app.as('acme', 'tenant-admin').put('/reporting/settings', { defaultHourlyRate: 60 }, { 'if-match': '"0"' });
    expect(stale.status).toBe(412);
    const reset = await app.as('acme', 'tenant-admin').put('/reporting/settings', { hourlyRates: null });
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ hourlyRates: {}, defaultHourlyRate: 50, revision: 2 });
    expect((await app.as('globex', 'analyst').get('/reporting/settings')).body).toMatchObject({ calendar: { timeZone: 'UTC' }, revision: -1 });
  });

  it('refuses invalid hours, zones and rates naming each field', async () => {
    const bad = await app.as('acme', 'tenant-admin').put('/reporting/settings', {
      calendar: { timeZone: 'Mars/Olympus', weekly: [{ day: 'mon', from: '17:00', to: '09:00' }], holidays: [] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors!.map((e) => e.field)).toEqual(['calendar.timeZone']);
    const hours = await app.as('acme', 'tenant-admin').put('/reporting/settings', {
      calendar: { timeZone: 'UTC', weekly: [{ day: 'mon', from: '17:00', to: '09:00' }], holidays: ['soon'] },
      hourlyRates: { network: -5 },
    });
    expect(hours.body.errors!.map((e) => e.field)).toEqual(['calendar.weekly[0]', 'calendar.holidays[0]', 'hourlyRates.network']);
  });
});
