import { startIncidentsApp } from './incidents-http-test-kit';

const mailDown = { channel: 'portal', shortDescription: 'Cannot send mail', description: 'Outlook says the mail server is unavailable' };

describe('incidents over HTTP: lifecycle, concurrency, audit', () => {
  let kit: Awaited<ReturnType<typeof startIncidentsApp>>;
  beforeAll(async () => (kit = await startIncidentsApp()));
  afterAll(() => kit?.close());

  const agent = () => kit.as('acme', 'agent');
  const requester = () => kit.as('acme', 'requester');

  it('walks open -> assign -> start -> hold -> resume -> resolve -> close', async () => {
    const opened = await requester().post('/incidents', mailDown);
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ reference: expect.stringMatching(/^INC\d{7}$/), status: 'new', priority: 'P5', revision: 0 });
    const id = String(opened.body.id);
    expect(opened.headers.get('location')).toBe(`/api/v1/incidents/${id}`);
    expect(opened.headers.get('etag')).toBe('"0"');

    const steps: [string, unknown, string][] = [
      ['assign', { group: 'service-desk', assignee: 'agent', tier: 1 }, 'assigned'],
      ['classify', { impact: 2, urgency: 1, category: 'email' }, 'assigned'],
      ['start', {}, 'in-progress'],
      ['hold', { reason: 'awaiting-third-party', thirdParty: 'Contoso Telecom' }, 'on-hold'],
      ['resume', {}, 'in-progress'],
      ['note', { visibility: 'internal', text: 'Renewed the relay certificate', minutes: 30 }, 'in-progress'],
      ['resolve', { closingCategory: 'network', notes: 'Certificate renewed' }, 'resolved'],
      ['close', {}, 'closed'],
    ];
    for (const [action, body, status] of steps) {
      const result = await agent().post(`/incidents/${id}/${action}`, body);
      expect([action, result.status, result.body.status]).toEqual([action, 200, status]);
    }
    const record = await agent().get(`/incidents/${opened.body.reference}`);
    expect(record.status).toBe(200);
    expect(record.body).toMatchObject({ status: 'closed', priority: 'P2', minutesLogged: 30, allowedActions: ['reopen'] });
    expect(record.headers.get('etag')).toBe(`"${record.body.revision}"`);
    // The caller is offered what the caller may do: rate it, not reopen it.
    expect((await requester().get(`/incidents/${id}`)).body.allowedActions).toEqual(['feedback']);
  });

  it('offers each role only its own actions, and an as-of view none, saying which instant it shows', async () => {
    const opened = await requester().post('/incidents', mailDown);
    const id = String(opened.body.id);
    expect((await requester().get(`/incidents/${id}`)).body.allowedActions).toEqual(['note']);
    expect((await agent().get(`/incidents/${id}`)).body.allowedActions).toEqual(expect.arrayContaining(['assign', 'classify', 'note']));
    expect((await kit.as('acme', 'analyst').get(`/incidents/${id}`)).body.allowedActions).toEqual([]);

    await agent().post(`/incidents/${id}/assign`, { group: 'service-desk' });
    const at = String((await agent().get(`/incidents/${id}/history`)).body.items![0]!.at);
    const past = await agent().get(`/incidents/${id}?asOf=${encodeURIComponent(at)}`);
    expect(past.body).toMatchObject({ status: 'new', asOf: at, allowedActions: [] });
    expect(past.headers.get('memento-datetime')).toBe(new Date(at).toUTCString());
  });

  it('answers an illegal transition with 409, the current status and the allowed actions', async () => {
    const { body } = await agent().post('/incidents', mailDown);
    const result = await agent().post(`/incidents/${body.id}/resolve`, { closingCategory: 'network', notes: 'n' });
    expect(result.status).toBe(409);
    expect(result.headers.get('content-type')).toContain('application/problem+json');
    expect(result.body).toMatchObject({ currentStatus: 'new', allowedActions: ['assign', 'classify', 'escalate', 'note', 'cancel', 'declare-major'] });
  });

  it('records every one of many notes sent at once without If-Match, and names no internal stream', async () => {
    const opened = await agent().post('/incidents', mailDown);
    const id = String(opened.body.id);
    const notes = await Promise.all(
      Array.from({ length: 12 }, (_, i) => agent().post(`/incidents/${id}/note`, { visibility: 'internal', text: `Checked hop ${i}` })),
    );
    expect(notes.map((answer) => answer.status)).toEqual(notes.map(() => 200));
    const detail = await agent().get(`/incidents/${id}`);
    expect((detail.body.notes as unknown[]).length).toBe(12);
    expect(JSON.stringify(notes.map((answer) => answer.body))).not.toContain('incident-acme');
  });

  it('answers 412 to a stale If-Match and writes nothing', async () => {
    const { body } = await agent().post('/incidents', mailDown);
    const first = await agent().post(`/incidents/${body.id}/assign`, { group: 'service-desk' }, { 'if-match': '"0"' });
    expect(first.status).toBe(200);
    const stale = await agent().post(`/incidents/${body.id}/assign`, { group: 'network' }, { 'if-match': '"0"' });
    expect(stale.status).toBe(412);
    expect((await agent().get(`/incidents/${body.id}`)).body).toMatchObject({ group: 'service-desk', revision: 1 });
  });

  it('rejects bad input naming each field, and writes nothing', async () => {
    const missing = await agent().post('/incidents', { channel: 'fax', description: 'x', extra: 1 });
    expect(missing.status).toBe(400);
    const fields = (missing.body.errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['channel', 'shortDescription', 'extra']));
    const { body } = await agent().post('/incidents', mailDown);
    const note = await agent().post(`/incidents/${body.id}/note`, { visibility: 'internal', text: 'x'.repeat(10_001) });
    expect(note.status).toBe(400);
    expect((note.body.errors as { field: string }[]).map((e) => e.field)).toEqual(['text']);
    const future = await agent().get(`/incidents/${body.id}?asOf=2999-01-01T00:00:00Z`);
    expect(future.status).toBe(400);
    expect(JSON.stringify(future.body.errors)).toContain('asOf');
    expect((await agent().get(`/incidents/${body.id}/history`)).body.items).toHaveLength(1);
  });

  it('serves history (who, when, what changed) and the record as of a moment', async () => {
    const { body } = await agent().post('/incidents', mailDown);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const beforeAssign = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await agent().post(`/incidents/${body.id}/assign`, { group: 'service-desk' });
    const history = await agent().get(`/incidents/${body.id}/history`);
    expect(history.body.items!.map((h) => [h.type, h.actor])).toEqual([
      ['IncidentOpened', 'agent'],
      ['IncidentAssigned', 'agent'],
    ]);
    expect(history.body.items![1]!.changes).toEqual(expect.arrayContaining([{ field: 'status', from: 'new', to: 'assigned' }]));
    const then = await agent().get(`/incidents/${body.id}?asOf=${encodeURIComponent(beforeAssign)}`);
    expect(then.body).toMatchObject({ status: 'new', group: null, revision: 0 });
  });

  it('documents every incident route in OpenAPI', async () => {
    const document = (await (await fetch(`${await kit.app.getUrl()}/docs-json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/v1/incidents', '/api/v1/incidents/{idOrReference}/history', '/api/v1/incidents/{idOrReference}/post-incident-review']),
    );
  });

  it('never hands out the same reference twice under concurrent creation', async () => {
    const results = await Promise.all(Array.from({ length: 16 }, () => agent().post('/incidents', mailDown)));
    expect(results.every((r) => r.status === 201)).toBe(true);
    const references = results.map((r) => r.body.reference);
    expect(new Set(references).size).toBe(16);
  });

  it('shows new incidents in the queue, sorted by priority, searchable', async () => {
    const urgent = await agent().post('/incidents', { ...mailDown, shortDescription: 'Payroll server down', impact: 1, urgency: 1 });
    const queue = await kit.eventually(
      () => agent().get('/incidents?status=new&limit=200'),
      (r) => r.body.items!.some((i) => i.id === urgent.body.id),
    );
    expect(queue.body.items![0]!.priority).toBe('P1');
    const found = await kit.eventually(
      () => agent().get('/incidents?q=PAYROLL'),
      (r) => r.body.items!.length > 0,
    );
    expect(found.body.items!.map((i) => i.id)).toEqual([urgent.body.id]);
    const page = await agent().get('/incidents?limit=1');
    const next = await agent().get(`/incidents?limit=1&cursor=${String(page.body.nextCursor)}`);
    expect(next.status).toBe(200);
    expect(next.body.items![0]!.id).not.toBe(page.body.items![0]!.id);
    expect((await agent().get('/incidents?priority=P9')).status).toBe(400);
    expect((await agent().get('/incidents?limit=0')).status).toBe(400);
  });
});
