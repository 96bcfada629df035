import { INCIDENT_EVENTS } from '@deskstream/contracts';
import { startProblemsApp } from './problems-http-test-kit';

describe('problems found from incident trends as they happen', () => {
  let kit: Awaited<ReturnType<typeof startProblemsApp>>;
  beforeAll(async () => (kit = await startProblemsApp()));
  afterAll(() => kit?.close());

  const manager = () => kit.as('acme', 'problem-manager');
  const candidates = () => manager().get('/problems/candidates');

  it('five incidents on one service within 24 hours raise one candidate; more join it; promoting keeps the links', async () => {
    for (let n = 1; n <= 4; n += 1) await kit.opened('acme', `inc-b${n}`, `INC000700${n}`, { service: 'billing', shortDescription: `Invoice run fails ${n}` });
    await kit.opened('acme', 'inc-other', 'INC0007009', { service: 'printing' });
    // Not yet a trend: every message so far has been handled and no candidate exists.
    await kit.eventually(
      () =>
        manager().post('/problems', { shortDescription: 'probe', description: 'probe', impact: 3, urgency: 3, origin: 'manual', incidents: ['INC0007009'] }),
      (r) => r.status === 201,
    );
    expect((await candidates()).body.items).toEqual([]);
    await kit.opened('acme', 'inc-b5', 'INC0007005', { service: 'billing' });
    const raised = await kit.eventually(candidates, (r) => r.body.items!.length === 1);
    expect(raised.body.items![0]).toMatchObject({
      status: 'open',
      dimension: 'service',
      value: 'billing',
      reason: '5 incidents on service billing within 1 day(s)',
      incidentCount: 5,
      problem: null,
    });
    expect(raised.body.items![0]!.incidents).toContainEqual({ id: 'inc-b5', reference: 'INC0007005', shortDescription: expect.any(String) });
    await kit.opened('acme', 'inc-b6', 'INC0007006', { service: 'billing' });
    const grown = await kit.eventually(candidates, (r) => r.body.items![0]!.incidentCount === 6);
    expect(grown.body.items!.length).toBe(1);
    const candidateId = String(grown.body.items![0]!.id);
    expect((await kit.as('acme', 'agent').post(`/problems/candidates/${candidateId}/promote`, {})).status).toBe(403);
    const promoted = await manager().post(`/problems/candidates/${candidateId}/promote`, { shortDescription: 'Invoice runs fail' });
    expect(promoted.status).toBe(201);
    const problem = await manager().get(`/problems/${promoted.body.id}`);
    expect(problem.body).toMatchObject({
      origin: 'incident-trend',
      service: 'billing',
      candidate: { id: candidateId, reference: null },
      shortDescription: 'Invoice runs fail',
    });
    // Incidents on different keys may arrive in any order, as on Kafka's partitions: the links are compared as a set.
    expect((problem.body.linkedIncidents as { id: string }[]).map((link) => link.id).sort()).toEqual([
      'inc-b1',
      'inc-b2',
      'inc-b3',
      'inc-b4',
      'inc-b5',
      'inc-b6',
    ]);
    expect((await manager().post(`/problems/candidates/${candidateId}/dismiss`, { reason: 'late' })).status).toBe(409);
    const after = await kit.eventually(candidates, (r) => r.body.items![0]!.status === 'promoted');
    expect(after.body.items![0]).toMatchObject({ problem: { id: promoted.body.id, reference: promoted.body.reference } });
  });

  it('a major incident always yields a candidate; it can be snoozed with a reason, then dismissed', async () => {
    await kit.opened('acme', 'inc-m1', 'INC0008001', { service: 'vpn', shortDescription: 'VPN down for everyone' });
    await kit.publishIncident('acme', INCIDENT_EVENTS.majorIncidentDeclared, {
      incidentId: 'inc-m1',
      manager: 'resolver',
      reason: 'all remote staff cut off',
      rule: null,
      updateIntervalMinutes: 30,
      nextUpdateDueAt: new Date().toISOString(),
    });
    const listed = await kit.eventually(
      () => manager().get('/problems/candidates?status=open'),
      (r) => r.body.items!.some((c) => c.dimension === 'major'),
    );
    const major = listed.body.items!.find((c) => c.dimension === 'major')!;
    expect(major).toMatchObject({ value: 'INC0008001', reason: 'Major incident INC0008001', incidentCount: 1 });
    const until = new Date(Date.now() + 3_600_000).toISOString();
    const snoozed = await manager().post(`/problems/candidates/${major.id}/dismiss`, { reason: 'change freeze this week', snoozeUntil: until });
    expect(snoozed.body).toMatchObject({ status: 'snoozed' });
    expect((await manager().post(`/problems/candidates/${major.id}/dismiss`, { reason: '' })).status).toBe(400);
    await kit.eventually(
      () => manager().get('/problems/candidates?status=snoozed'),
      (r) => r.body.items!.some((c) => c.id === major.id),
    );
    expect((await manager().post(`/problems/candidates/${major.id}/dismiss`, { reason: 'vendor outage, not ours' })).body).toMatchObject({
      status: 'dismissed',
    });
  });

  it('a redelivered incident event has no second effect', async () => {
    const data = {
      incidentId: 'inc-r1',
      by: 'agent',
      at: new Date().toISOString(),
      reference: 'INC0009001',
      caller: 'requester',
      channel: 'phone',
      service: 'hr-portal',
      configurationItem: null,
      shortDescription: 'Portal slow',
      description: 'x',
      impact: 2,
      urgency: 2,
      priority: 'P3',
      category: null,
      subcategory: null,
      symptom: null,
      classified: true,
    };
    await kit.publishIncident('acme', INCIDENT_EVENTS.opened, data, 'redelivered-1');
    await kit.publishIncident('acme', INCIDENT_EVENTS.opened, data, 'redelivered-1');
    const problem = await kit.eventually(
      () => manager().post('/problems', { shortDescription: 'p', description: 'p', impact: 3, urgency: 3, origin: 'manual', incidents: ['INC0009001'] }),
      (r) => r.status === 201,
    );
    const timeline = await manager().get(`/problems/${problem.body.id}/timeline`);
    expect(timeline.body.items!.filter((e) => e.source === 'incident').length).toBe(1);
  });
});
