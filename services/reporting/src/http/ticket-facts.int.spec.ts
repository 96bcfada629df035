import { parse } from 'csv-parse/sync';
import { INCIDENT_EVENTS, SLA_EVENTS } from '@deskstream/contracts';
import { TICKET_FACT_FIELDS } from '../application/ticket-fact-rows';
import { startReportingApp, type ReportingTestApp } from './reporting-http-test-kit';

describe('GET /reporting/tickets (real HTTP, SQLite)', () => {
  let app: ReportingTestApp;

  beforeAll(async () => {
    app = await startReportingApp();
    await app.opened('acme', 'inc-1', 'INC-1', '2026-03-02T09:00:00.000Z', { channel: 'email', priority: 'P2' });
    await app.assigned('acme', 'inc-1', '2026-03-02T09:05:00.000Z', 'service-desk', 1, 'agent');
    await app.incident('acme', INCIDENT_EVENTS.workLogged, 'inc-1', '2026-03-02T09:20:00.000Z', {
      noteId: 'n1',
      visibility: 'internal',
      minutes: 30,
      failedAttempt: false,
      knowledgeArticle: 'KB-7',
      relatedProblem: null,
      comment: null,
    });
    await app.resolved('acme', 'inc-1', '2026-03-02T09:30:00.000Z');
    await app.opened('acme', 'inc-2', 'INC-2', '2026-03-03T10:00:00.000Z', { channel: 'phone' });
    // inc-1's response clock completed in time; inc-2's response clock still runs, its resolution clock is paused.
    const response = { clockId: 'inc-1-response', target: 'response' as const };
    await app.clock('acme', SLA_EVENTS.clockCompleted, 'inc-1', '2026-03-02T09:05:00.000Z', { ...response, stage: 'completed' });
    await app.clock('acme', SLA_EVENTS.clockCompleted, 'inc-1', '2026-03-02T09:30:00.000Z', { stage: 'completed' });
    await app.clock('acme', SLA_EVENTS.clockStarted, 'inc-2', '2026-03-03T10:00:00.000Z', { clockId: 'inc-2-response', target: 'response' });
    await app.clock('acme', SLA_EVENTS.clockPaused, 'inc-2', '2026-03-03T10:10:00.000Z', { stage: 'paused' });
    await app.opened('globex', 'inc-g', 'GLX-1', '2026-03-02T09:00:00.000Z');
    await app.eventually(
      () => app.as('acme', 'analyst').get('/reporting/tickets'),
      (r) =>
        r.status === 200 &&
        r.body.items?.length === 2 &&
        r.body.items[0]!.resolvedAt !== null &&
        (r.body.items[0]!.slaOutcomes as unknown[]).length === 2 &&
        (r.body.items[1]!.slaOutcomes as unknown[]).length === 2,
    );
  });

  afterAll(() => app.close());

  it('answers one fact record per ticket, paged as {items, nextCursor}', async () => {
    const first = await app.as('acme', 'analyst').get('/reporting/tickets?limit=1');
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.items![0]).toMatchObject({
      reference: 'INC-1',
      kind: 'incident',
      channel: 'email',
      priority: 'P2',
      status: 'resolved',
      openedAt: '2026-03-02T09:00:00.000Z',
      firstAssignedAt: '2026-03-02T09:05:00.000Z',
      resolvedAt: '2026-03-02T09:30:00.000Z',
      assignmentGroupPath: ['service-desk'],
      tiers: [1],
      reopenCount: 0,
      reassignmentCount: 0,
      firstContactResolution: true,
      firstLevelResolution: true,
      minutesLogged: 30,
      articleUsed: 'KB-7',
    });
    expect(first.body.items![0]!.slaOutcomes).toEqual([
      { target: 'response', breached: false, state: 'met' },
      { target: 'resolution', breached: false, state: 'met' },
    ]);
    const second = await app.as('acme', 'analyst').get(`/reporting/tickets?limit=1&cursor=${String(first.body.nextCursor)}`);
    expect(second.body.items!.map((t) => t.reference)).toEqual(['INC-2']);
    expect(second.body.nextCursor).toBeNull();
  });

  it('filters by kind, status and channel', async () => {
    const open = await app.as('acme', 'service-owner').get('/reporting/tickets?status=new&channel=phone');
    expect(open.body.items!.map((t) => t.reference)).toEqual(['INC-2']);
  });

  it('streams CSV with a header row of the camelCase field names and ISO 8601 UTC instants', async () => {
    for (const [path, headers] of [
      ['/reporting/tickets', { accept: 'text/csv' }],
      ['/reporting/tickets?format=csv', {}],
    ] as const) {
      const csv = await app.as('acme', 'tenant-admin').get(path, headers);
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      const text = String(csv.body.text);
      expect(text.split('\n')[0]).toBe(TICKET_FACT_FIELDS.join(','));
      expect(text.split('\n')[0]).toMatch(
        /^reference,sourceReference,kind,channel,priority,openedAt,resolvedAt,closedAt,status,reopenCount,reassignmentCount,/,
      );
      const rows = parse(text, { columns: true }) as Record<string, string>[];
      expect(rows.map((r) => r.reference)).toEqual(['INC-1', 'INC-2']);
      expect(rows[0]).toMatchObject({
        openedAt: '2026-03-02T09:00:00.000Z',
        resolvedAt: '2026-03-02T09:30:00.000Z',
        assignmentGroupPath: 'service-desk',
        firstContactResolution: 'true',
      });
      // Each target's real state: a clock still running or paused is not written as met.
      expect(rows.map((r) => r.slaOutcomes)).toEqual(['response:met;resolution:met', 'response:running;resolution:paused']);
    }
  });

  it("answers one ticket by id or reference, and 404 for another tenant's", async () => {
    expect((await app.as('acme', 'analyst').get('/reporting/tickets/inc-1')).body).toMatchObject({ reference: 'INC-1', status: 'resolved' });
    expect((await app.as('acme', 'analyst').get('/reporting/tickets/INC-2')).body).toMatchObject({ id: 'inc-2', status: 'new' });
    const theirs = await app.as('acme', 'analyst').get('/reporting/tickets/inc-g');
    expect(theirs.status).toBe(404);
    expect(theirs.headers.get('content-type')).toContain('application/problem+json');
    expect((await app.as('acme', 'analyst').get('/reporting/tickets/GLX-1')).status).toBe(404);
    expect((await app.as('globex', 'analyst').get('/reporting/tickets/GLX-1')).status).toBe(200);
  });

  it("never shows another tenant's tickets", async () => {
    const globex = await app.as('globex', 'analyst').get('/reporting/tickets');
    expect(globex.body.items!.map((t) => t.reference)).toEqual(['GLX-1']);
    const csv = await app.as('globex', 'analyst').get('/reporting/tickets?format=csv');
    expect(String(csv.body.text)).not.toContain('INC-');
  });

  it('is refused to roles without reporting access, and refuses unknown parameters', async () => {
    expect((await app.as('acme', 'agent').get('/reporting/tickets')).status).toBe(403);
    expect((await app.as('acme', 'requester').get('/reporting/tickets')).status).toBe(403);
    const bad = await app.as('acme', 'analyst').get('/reporting/tickets?colour=red');
    expect(bad.status).toBe(400);
    expect(bad.body.errors!.map((e) => e.field)).toContain('colour');
  });
});
