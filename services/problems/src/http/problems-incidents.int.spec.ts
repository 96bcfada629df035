import { INCIDENT_EVENTS, PROBLEM_EVENTS } from '@deskstream/contracts';
import { recordBody, startProblemsApp } from './problems-http-test-kit';

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

describe('problems and incidents: links, communication, timeline (through integration events only)', () => {
  let kit: Awaited<ReturnType<typeof startProblemsApp>>;
  beforeAll(async () => (kit = await startProblemsApp()));
  afterAll(() => kit?.close());

  const manager = () => kit.as('acme', 'problem-manager');
  const known = (ref: string) =>
    kit.eventually(
      () => manager().post('/problems', { ...recordBody, incidents: [ref] }),
      (r) => r.status === 201,
    );

  it('links incidents by reference, lists them with the status the incidents service published, and tells it of the link', async () => {
    await kit.opened('acme', 'inc-l1', 'INC0002001', { at: minutesAgo(30) });
    await kit.opened('acme', 'inc-l2', 'INC0002002', { at: minutesAgo(29) });
    const problem = await known('INC0002001');
    const id = String(problem.body.id);
    expect((await manager().post(`/problems/${id}/link-incident`, { incident: 'inc-l2' })).status).toBe(200);
    expect((await manager().post(`/problems/${id}/link-incident`, { incident: 'INC0009999' })).status).toBe(404);
    await kit.publishIncident('acme', INCIDENT_EVENTS.assigned, {
      incidentId: 'inc-l2',
      group: 'messaging',
      assignee: 'resolver',
      tier: 2,
      reassignment: false,
      reassignmentCount: 0,
    });
    const linked = await kit.eventually(
      () => manager().get(`/problems/${id}/incidents`),
      (r) => r.body.items!.some((i) => i.status === 'assigned'),
    );
    expect(linked.body.items!.map((i) => [i.reference, i.status])).toEqual([
      ['INC0002001', 'new'],
      ['INC0002002', 'assigned'],
    ]);
    const messages = await kit.eventually(
      async () => kit.published.filter((m) => m.key === id),
      (ms) => ms.filter((m) => m.event.type === PROBLEM_EVENTS.incidentLinked).length === 2,
    );
    expect(messages.filter((m) => m.event.type === PROBLEM_EVENTS.incidentLinked).map((m) => (m.event.data as { incidentId: string }).incidentId)).toEqual([
      'inc-l1',
      'inc-l2',
    ]);
    expect(messages.every((m) => m.event.tenantid === 'acme')).toBe(true);
  });

  it('communicates a workaround to the open linked incidents only, through an event', async () => {
    await kit.opened('acme', 'inc-c1', 'INC0003001');
    await kit.opened('acme', 'inc-c2', 'INC0003002');
    await kit.publishIncident('acme', INCIDENT_EVENTS.resolved, {
      incidentId: 'inc-c2',
      closingCategory: 'software',
      resolutionCode: null,
      notes: 'fixed',
      masterIncidentId: null,
      autoCloseDueAt: new Date().toISOString(),
    });
    const problem = await known('INC0003001');
    const id = String(problem.body.id);
    await manager().post(`/problems/${id}/link-incident`, { incident: 'INC0003002' });
    expect((await manager().post(`/problems/${id}/communicate`, { comment: 'x' })).status).toBe(409);
    await manager().post(`/problems/${id}/assess`, {});
    await manager().post(`/problems/${id}/record-workaround`, { workaround: 'Send through webmail' });
    await kit.eventually(
      () => manager().get(`/problems/${id}/incidents`),
      (r) => r.body.items!.some((i) => i.status === 'resolved'),
    );
    expect((await manager().post(`/problems/${id}/communicate`, { comment: 'Workaround: send through webmail' })).status).toBe(200);
    const sent = await kit.eventually(
      async () => kit.published.find((m) => m.key === id && m.event.type === PROBLEM_EVENTS.communicated),
      (m) => m !== undefined,
    );
    expect(sent!.event.data).toMatchObject({ comment: 'Workaround: send through webmail', incidentIds: ['inc-c1'] });
  });

  it('moves the links of a duplicate to its master', async () => {
    await kit.opened('acme', 'inc-d1', 'INC0004001');
    const duplicate = await known('INC0004001');
    const master = await manager().post('/problems', recordBody);
    await manager().post(`/problems/${duplicate.body.id}/assess`, {});
    expect((await manager().post(`/problems/${duplicate.body.id}/mark-duplicate`, { master: master.body.reference })).status).toBe(200);
    expect((await manager().get(`/problems/${master.body.id}`)).body.linkedIncidents).toEqual([{ id: 'inc-d1', reference: 'INC0004001' }]);
    expect((await manager().get(`/problems/${duplicate.body.id}`)).body).toMatchObject({
      linkedIncidents: [],
      resolution: { code: 'duplicate', masterProblem: { id: master.body.id, reference: master.body.reference } },
    });
  });

  it('merges the timeline of the problem, its linked incidents and the analysts, in time order', async () => {
    await kit.opened('acme', 'inc-t1', 'INC0005001', { at: minutesAgo(50) });
    await kit.publishIncident('acme', INCIDENT_EVENTS.putOnHold, {
      incidentId: 'inc-t1',
      reason: 'awaiting-third-party',
      thirdParty: 'Contoso',
      at: minutesAgo(40),
    });
    await kit.publishIncident('acme', INCIDENT_EVENTS.workLogged, {
      incidentId: 'inc-t1',
      noteId: 'n1',
      visibility: 'internal',
      minutes: 15,
      failedAttempt: true,
      knowledgeArticle: null,
      relatedProblem: null,
      comment: null,
      at: minutesAgo(35),
    });
    const problem = await known('INC0005001');
    const id = String(problem.body.id);
    await manager().post(`/problems/${id}/add-timeline-entry`, {
      kind: 'deployment',
      text: 'relay 4.1 deployed',
      source: 'ci pipeline',
      happenedAt: minutesAgo(45),
    });
    const timeline = await kit.eventually(
      () => manager().get(`/problems/${id}/timeline`),
      (r) => r.body.items!.length >= 6,
    );
    const rows = timeline.body.items!.map((e) => [e.source, e.kind]);
    expect(rows).toEqual([
      ['incident', 'opened'],
      ['analyst', 'deployment'],
      ['incident', 'on-hold'],
      ['incident', 'note'],
      ['problem', 'recorded'],
      ['problem', 'incident-linked'],
    ]);
    const times = timeline.body.items!.map((e) => Date.parse(String(e.at)));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(timeline.body.items![2]).toMatchObject({ incidentReference: 'INC0005001', summary: 'On hold: awaiting-third-party (Contoso)' });
    expect(JSON.stringify(timeline.body)).not.toContain('undefined');
  });

  it('counts each use of the workaround an incident reports, once per incident, however often the message comes', async () => {
    await kit.opened('acme', 'inc-w1', 'INC0006001');
    const problem = await known('INC0006001');
    const id = String(problem.body.id);
    await manager().post(`/problems/${id}/assess`, {});
    await manager().post(`/problems/${id}/record-workaround`, { workaround: 'Restart the relay' });
    const used = {
      incidentId: 'inc-w1',
      noteId: 'n2',
      visibility: 'public',
      minutes: 5,
      failedAttempt: false,
      knowledgeArticle: null,
      relatedProblem: problem.body.reference,
      comment: 'Used the workaround',
    };
    await kit.publishIncident('acme', INCIDENT_EVENTS.workLogged, used);
    await kit.publishIncident('acme', INCIDENT_EVENTS.workLogged, { ...used, noteId: 'n3' });
    const record = await kit.eventually(
      () => manager().get(`/problems/${id}`),
      (r) => (r.body.workaround as { uses: number }).uses === 1,
    );
    expect((record.body.workaround as { usedBy: unknown }).usedBy).toEqual([{ id: 'inc-w1', reference: 'INC0006001' }]);
    expect(record.body.allowedActions).toContain('review-workaround');
    expect((await manager().post(`/problems/${id}/review-workaround`, { effective: true, note: 'still works' })).status).toBe(200);
  });
});
