import { recordBody, startProblemsApp } from './problems-http-test-kit';

describe('problems over HTTP: the lifecycle', () => {
  let kit: Awaited<ReturnType<typeof startProblemsApp>>;
  beforeAll(async () => (kit = await startProblemsApp()));
  afterAll(() => kit?.close());

  const manager = () => kit.as('acme', 'problem-manager');

  it('records a problem: 201 with its reference, Location and ETag; readable by id and by reference', async () => {
    const created = await manager().post('/problems', recordBody);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ reference: 'PRB0001001', status: 'new', priority: 'P2', knownError: false, revision: 0 });
    expect(created.headers.get('location')).toBe(`/api/v1/problems/${created.body.id}`);
    const byReference = await manager().get('/problems/PRB0001001');
    expect(byReference.body).toMatchObject({ id: created.body.id, origin: 'repeat-incidents', allowedActions: expect.arrayContaining(['assess']) });
    expect(byReference.headers.get('etag')).toBe('"0"');
  });

  it('walks new -> assessed -> root-cause-analysis -> fix-in-progress -> resolved -> closed, with a known error on the way', async () => {
    const { body } = await manager().post('/problems', recordBody);
    const id = String(body.id);
    expect((await manager().post(`/problems/${id}/assess`, { impact: 1, urgency: 1, assignmentGroup: 'messaging' })).body).toMatchObject({
      status: 'assessed',
      priority: 'P1',
    });
    await manager().post(`/problems/${id}/confirm`);
    expect((await manager().post(`/problems/${id}/start-analysis`)).body).toMatchObject({ status: 'root-cause-analysis' });
    expect((await manager().post(`/problems/${id}/record-workaround`, { workaround: 'Restart the relay' })).body).toMatchObject({ knownError: false });
    expect((await manager().post(`/problems/${id}/record-cause`, { cause: 'Pool too small' })).body).toMatchObject({ knownError: true });
    const task = await manager().post(`/problems/${id}/add-task`, { title: 'Collect relay logs', assignee: 'resolver' });
    expect(task.status).toBe(200);
    expect((await manager().post(`/problems/${id}/start-fix`, { plan: 'Raise the pool in 4.2' })).body).toMatchObject({ status: 'fix-in-progress' });
    expect((await manager().post(`/problems/${id}/resolve`, { notes: '4.2 deployed' })).body).toMatchObject({ status: 'resolved' });
    expect((await manager().post(`/problems/${id}/close`)).body).toMatchObject({ status: 'closed' });
    const record = await manager().get(`/problems/${id}`);
    expect(record.body).toMatchObject({ status: 'closed', knownError: true, resolution: { code: 'fix-applied' }, allowedActions: ['reanalyse'] });
    expect((record.body.tasks as { status: string }[]).map((t) => t.status)).toEqual(['cancelled']);
    expect((await manager().post(`/problems/${id}/reanalyse`, { reason: 'incidents are back' })).body).toMatchObject({ status: 'root-cause-analysis' });
  });

  it('answers an illegal transition with 409, the current status and the allowed actions', async () => {
    const { body } = await manager().post('/problems', recordBody);
    const refused = await manager().post(`/problems/${body.id}/resolve`, { notes: 'x' });
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ currentStatus: 'new', allowedActions: expect.arrayContaining(['assess', 'link-incident']) });
  });

  it('resolves with the codes risk-accepted, cancelled and duplicate', async () => {
    const start = async () => {
      const { body } = await manager().post('/problems', recordBody);
      await manager().post(`/problems/${body.id}/assess`, {});
      return String(body.id);
    };
    const risky = await start();
    await manager().post(`/problems/${risky}/confirm`);
    await manager().post(`/problems/${risky}/start-analysis`);
    expect((await manager().post(`/problems/${risky}/accept-risk`, { reason: 'workaround is enough' })).status).toBe(200);
    const cancelled = await start();
    await manager().post(`/problems/${cancelled}/cancel`, { reason: 'not a problem' });
    const duplicate = await start();
    const master = await manager().post('/problems', recordBody);
    expect((await manager().post(`/problems/${duplicate}/mark-duplicate`, { master: master.body.reference })).status).toBe(200);
    const codes = await Promise.all(
      [risky, cancelled, duplicate].map(async (id) => ((await manager().get(`/problems/${id}`)).body.resolution as { code: string }).code),
    );
    expect(codes).toEqual(['risk-accepted', 'cancelled', 'duplicate']);
  });

  it('validates every field (unknown ones too) and writes nothing for a refused request', async () => {
    const bad = await manager().post('/problems', { ...recordBody, impact: 7, origin: 'rumour', colour: 'red' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors!.map((e) => e.field).sort()).toEqual(['colour', 'impact', 'origin']);
    const kt = await manager().post('/problems/PRB0001001/update-kt', {
      rows: [{ dimension: 'what', is: {}, isNot: { text: 'x' }, distinctions: { needsData: true }, changes: { notApplicable: 'none' } }],
      causes: [],
    });
    expect([kt.status, kt.body.errors!.map((e) => e.field)]).toEqual([400, ['rows.0.is']]);
    const next = await manager().post('/problems', recordBody);
    expect(Number(String(next.body.reference).slice(3))).toBeGreaterThan(1001);
  });

  it('keeps history, answers as of a moment, and refuses a stale If-Match with 412', async () => {
    const { body } = await manager().post('/problems', recordBody);
    const id = String(body.id);
    const before = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await manager().post(`/problems/${id}/assess`, { impact: 3, urgency: 3 });
    const then = await manager().get(`/problems/${id}?asOf=${before}`);
    expect(then.body).toMatchObject({ status: 'new', priority: 'P2', asOf: before, allowedActions: [] });
    expect(then.headers.get('memento-datetime')).toBe(new Date(before).toUTCString());
    expect((await manager().get(`/problems/${id}`)).body).not.toHaveProperty('asOf');
    const history = await manager().get(`/problems/${id}/history`);
    expect(history.body.items!.map((e) => e.type)).toEqual(['ProblemRecorded', 'ProblemAssessed']);
    expect(history.body.items![1]!.changes).toEqual(expect.arrayContaining([{ field: 'status', from: 'new', to: 'assessed' }]));
    const stale = await manager().post(`/problems/${id}/confirm`, {}, { 'if-match': '"0"' });
    expect(stale.status).toBe(412);
    expect((await manager().post(`/problems/${id}/confirm`, {}, { 'if-match': '"1"' })).status).toBe(200);
  });

  it('lists problems worst first with filters and text search', async () => {
    await manager().post('/problems', { ...recordBody, shortDescription: 'VPN drops every hour', service: 'vpn', impact: 1, urgency: 1 });
    const vpn = await kit.eventually(
      () => manager().get('/problems?service=vpn'),
      (r) => r.body.items!.length === 1,
    );
    expect(vpn.body.items![0]).toMatchObject({ priority: 'P1', shortDescription: 'VPN drops every hour', linkedIncidentCount: 0 });
    const both = await manager().get('/problems?service=vpn,mail&priority=P1,P2&sort=-priority,reference&count=true');
    expect(both.body.total).toBe(both.body.items!.length);
    const priorities = both.body.items!.map((item) => String(item.priority));
    expect(priorities).toEqual([...priorities].sort().reverse());
    expect(both.body.items!.every((item) => ['vpn', 'mail'].includes(String(item.service)))).toBe(true);
    const bad = await manager().get('/problems?sort=colour&origin=manual,nowhere');
    expect([bad.status, bad.body.errors!.map((e) => e.field).sort()]).toEqual([400, ['origin', 'sort']]);
    const found = await kit.eventually(
      () => manager().get('/problems?q=every%20hour'),
      (r) => r.body.items!.length === 1,
    );
    expect(found.body.items![0]!.service).toBe('vpn');
    const known = await kit.eventually(
      () => manager().get('/problems?knownError=true'),
      (r) => r.body.items!.length >= 1,
    );
    expect(known.body.items!.every((item) => item.knownError === true)).toBe(true);
  });
});
