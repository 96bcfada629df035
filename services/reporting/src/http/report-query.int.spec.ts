import { tableFromIPC } from 'apache-arrow';
import { parse } from 'csv-parse/sync';
import { INCIDENT_EVENTS, SLA_EVENTS } from '@deskstream/contracts';
import { TICKET_FACT_FIELDS } from '../application/ticket-fact-rows';
import { startReportingApp, type ReportingTestApp } from './reporting-http-test-kit';

const MARCH = { from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' };

describe('POST /reporting/query (real HTTP, SQLite)', () => {
  let app: ReportingTestApp;
  const query = (body: Record<string, unknown>, headers?: Record<string, string>) => app.as('acme', 'analyst').post('/reporting/query', body, headers);

  beforeAll(async () => {
    app = await startReportingApp();
    // inc-1: P2, service desk -> network (escalated) at 10:00 Monday, resolved at 12:00, resolution clock breached at 11:00.
    await app.opened('acme', 'inc-1', 'INC-1', '2026-03-02T08:00:00.000Z', { priority: 'P2' });
    await app.assigned('acme', 'inc-1', '2026-03-02T08:05:00.000Z', 'service-desk', 1, 'alice');
    await app.incident('acme', INCIDENT_EVENTS.escalated, 'inc-1', '2026-03-02T10:00:00.000Z', {
      kind: 'functional',
      reason: 'needs network',
      group: 'network',
      fromTier: 1,
      toTier: 2,
      manager: null,
    });
    await app.clock('acme', SLA_EVENTS.clockStarted, 'inc-1', '2026-03-02T08:00:00.000Z', {});
    await app.clock('acme', SLA_EVENTS.clockBreached, 'inc-1', '2026-03-02T11:00:00.000Z', {});
    await app.resolved('acme', 'inc-1', '2026-03-02T12:00:00.000Z', 'bob');
    // inc-2: P3 by email, resolved by the agent of first contact within the hour.
    await app.opened('acme', 'inc-2', 'INC-2', '2026-03-03T09:00:00.000Z', { channel: 'email', by: 'alice' });
    await app.resolved('acme', 'inc-2', '2026-03-03T09:30:00.000Z', 'alice');
    // inc-3: P3, opened in April: outside March.
    await app.opened('acme', 'inc-3', 'INC-3', '2026-04-02T09:00:00.000Z');
    // globex has its own incident in March.
    await app.opened('globex', 'glx-1', 'GLX-1', '2026-03-02T09:00:00.000Z', { priority: 'P1' });
    await app.eventually(
      () => app.as('acme', 'analyst').get('/reporting/tickets'),
      (r) =>
        r.body.items?.length === 3 &&
        r.body.items.filter((t) => t.resolvedAt).length === 2 &&
        (r.body.items[0]!.slaOutcomes as { breached: boolean }[])[0]?.breached === true,
    );
    await app.eventually(
      () => app.as('globex', 'analyst').get('/reporting/tickets'),
      (r) => r.body.items?.length === 1,
    );
  });

  afterAll(() => app.close());

  it('answers {columns, rows}: the groupBy dimensions, then the bucket, then the metrics as named', async () => {
    const answer = await query({ metrics: ['volume', 'mttr_hours', 'sla_compliance', 'fcr_rate'], groupBy: ['priority'], ...MARCH, bucket: 'month' });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      columns: ['priority', 'bucket', 'volume', 'mttr_hours', 'sla_compliance', 'fcr_rate'],
      rows: [
        ['P2', '2026-03-01T00:00:00.000Z', 1, 4, 0, 0],
        ['P3', '2026-03-01T00:00:00.000Z', 1, 0.5, 100, 100],
      ],
    });
  });

  it('filters by dimension and computes working-hour KPIs with the tenant calendar', async () => {
    const answer = await query({ metrics: ['mttr_business_hours', 'flr_rate'], filters: { priority: 'P2' }, ...MARCH });
    // 08:00 to 12:00 on a Monday, inside 08:00-20:00 weekday hours; escalated to tier 2.
    expect(answer.body).toEqual({ columns: ['mttr_business_hours', 'flr_rate'], rows: [[4, 0]] });
  });

  it('as of an instant: the group a ticket sat in then, and the backlog open then', async () => {
    const now = await query({ metrics: ['volume'], groupBy: ['group'], ...MARCH });
    expect(now.body.rows).toEqual([
      [null, 1],
      ['network', 1],
    ]);
    const asOf = await query({ metrics: ['backlog', 'volume'], groupBy: ['group', 'tier'], ...MARCH, asOf: '2026-03-02T09:00:00.000Z' });
    expect(asOf.body).toEqual({ columns: ['group', 'tier', 'backlog', 'volume'], rows: [['service-desk', '1', 1, 1]] });
    const later = await query({ metrics: ['backlog'], groupBy: ['group'], ...MARCH, asOf: '2026-03-02T11:00:00.000Z' });
    expect(later.body.rows).toEqual([['network', 1]]);
    const resolvedBy = await query({ metrics: ['backlog', 'throughput'], ...MARCH, asOf: '2026-03-03T09:15:00.000Z' });
    expect(resolvedBy.body.rows).toEqual([[1, 1]]);
  });

  it('answers CSV with Accept: text/csv or ?format=csv, a header row of the columns', async () => {
    for (const [path, headers] of [
      ['/reporting/query', { accept: 'text/csv' }],
      ['/reporting/query?format=csv', {}],
    ] as const) {
      const csv = await app.as('acme', 'service-owner').post(path, { metrics: ['volume'], groupBy: ['priority'], ...MARCH }, headers);
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      expect(parse(String(csv.body.text))).toEqual([
        ['priority', 'volume'],
        ['P2', '1'],
        ['P3', '1'],
      ]);
    }
  });

  it('refuses unknown metrics and dimensions with 400 naming the field', async () => {
    const bad = await query({ metrics: ['volume', 'happiness'], groupBy: ['colour'], filters: { planet: 'mars' }, ...MARCH });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body.errors!.map((e) => e.field)).toEqual(['metrics[1]', 'groupBy[0]', 'filters.planet']);
    const tenant = await query({ metrics: ['volume'], groupBy: ['tenant'], ...MARCH });
    expect(tenant.body.errors!.map((e) => e.field)).toEqual(['groupBy[0]']);
    const unknownField = await query({ metrics: ['volume'], ...MARCH, colour: 'red' });
    expect(unknownField.body.errors!.map((e) => e.field)).toContain('colour');
    const range = await query({ metrics: ['volume'], from: MARCH.to, to: MARCH.from });
    expect(range.body.errors!.map((e) => e.field)).toEqual(['to']);
  });

  it("counts only the caller's tenant, and refuses roles without reporting access", async () => {
    const globex = await app.as('globex', 'analyst').post('/reporting/query', { metrics: ['volume'], groupBy: ['priority'], ...MARCH });
    expect(globex.body.rows).toEqual([['P1', 1]]);
    expect((await app.as('acme', 'agent').post('/reporting/query', { metrics: ['volume'], ...MARCH })).status).toBe(403);
  });

  it('states every KPI definition in the OpenAPI description', async () => {
    const docs = await app.request('GET', '/docs-json');
    const operation = (docs.body.paths as Record<string, { post: { description: string } }>)['/api/v1/reporting/query']!.post;
    expect(operation.description).toContain(
      '`mttr_hours`: Mean time to resolve: mean of openedAt -> resolvedAt (the latest resolution, not closure) in calendar hours',
    );
  });
});

describe('Arrow IPC exports (real HTTP)', () => {
  let app: ReportingTestApp;
  beforeAll(async () => {
    app = await startReportingApp();
    await app.opened('acme', 'inc-1', 'INC-1', '2026-03-02T08:00:00.000Z', { priority: 'P2' });
    await app.resolved('acme', 'inc-1', '2026-03-02T12:00:00.000Z');
    await app.eventually(
      () => app.as('acme', 'analyst').get('/reporting/tickets'),
      (r) => r.body.items?.[0]?.resolvedAt !== null,
    );
  });
  afterAll(() => app.close());

  const arrow = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${app.baseUrl}/api/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await app.token('acme', 'analyst')}`,
        accept: 'application/vnd.apache.arrow.stream',
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    expect(response.headers.get('content-type')).toContain('application/vnd.apache.arrow.stream');
    return tableFromIPC(new Uint8Array(await response.arrayBuffer()));
  };

  it('streams the ticket facts with typed columns: instants as UTC timestamps', async () => {
    const table = await arrow('GET', '/reporting/tickets');
    expect(table.numRows).toBe(1);
    expect(table.schema.fields.map((f) => f.name)).toEqual([...TICKET_FACT_FIELDS]);
    expect(String(table.schema.fields.find((f) => f.name === 'openedAt')!.type)).toContain('Timestamp');
    const row = table.get(0)!.toJSON();
    expect([row.reference, row.priority, row.openedAt, row.minutesLogged]).toEqual(['INC-1', 'P2', Date.parse('2026-03-02T08:00:00.000Z'), 0]);
  });

  it('answers a query as Arrow: dimensions as text, the bucket as a timestamp, metrics as numbers', async () => {
    const table = await arrow('POST', '/reporting/query', { metrics: ['volume', 'mttr_hours'], groupBy: ['priority'], ...MARCH, bucket: 'month' });
    expect(table.schema.fields.map((f) => `${f.name}:${String(f.type)}`)).toEqual([
      'priority:Utf8',
      expect.stringMatching(/^bucket:Timestamp/),
      'volume:Float64',
      'mttr_hours:Float64',
    ]);
    expect(table.get(0)!.toJSON()).toEqual({ priority: 'P2', bucket: Date.parse(MARCH.from), volume: 1, mttr_hours: 4 });
    const empty = await arrow('POST', '/reporting/query', {
      metrics: ['volume'],
      groupBy: ['priority'],
      from: '2020-01-01T00:00:00.000Z',
      to: '2020-02-01T00:00:00.000Z',
    });
    expect([empty.numRows, empty.schema.fields.map((f) => f.name)]).toEqual([0, ['priority', 'volume']]);
  });
});
