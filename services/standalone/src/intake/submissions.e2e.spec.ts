import { IncidentsModule } from '@deskstream/incidents';
import { startIntakeApp } from '@deskstream/intake/testing';

type Kit = Awaited<ReturnType<typeof startIntakeApp>>;

const broken = (shortDescription: string, extra: Record<string, unknown> = {}) => ({
  requestType: 'something-is-broken',
  fields: { shortDescription, description: 'Since this morning', ...extra },
});

describe('intake submissions over HTTP', () => {
  let kit: Kit;
  beforeAll(async () => (kit = await startIntakeApp(undefined, [IncidentsModule])));
  afterAll(() => kit?.close());

  const requester = () => kit.as('acme', 'requester');
  const agent = () => kit.as('acme', 'agent');
  const queue = (text: string) => agent().get(`/incidents?q=${encodeURIComponent(text)}`);

  it('answers 202 with the reference at once, and the ticket appears in the incident queue', async () => {
    const submitted = await requester().post('/intake/submissions', broken('Printer on floor 3 is jammed', { affects: 'my team' }));
    expect(submitted.status).toBe(202);
    expect(submitted.body).toMatchObject({ status: 'accepted', kind: 'incident', reference: expect.stringMatching(/^INC\d{7}$/), duplicateOf: null });
    const { reference, submissionId } = submitted.body as { reference: string; submissionId: string };
    const ticket = await kit.eventually(
      () => agent().get(`/incidents/${reference}`),
      (r) => r.status === 200,
    );
    expect(ticket.body).toMatchObject({ id: submissionId, reference, caller: 'requester', channel: 'portal', group: 'service-desk', status: 'assigned' });
    expect(String(ticket.body.description)).toContain('affects: my team');
    const listed = await kit.eventually(
      () => queue('floor 3'),
      (r) => (r.body.items ?? []).length === 1,
    );
    expect(listed.body.items![0]).toMatchObject({ reference });
    const recorded = await kit.eventually(
      () => requester().get(`/intake/submissions/${submissionId}`),
      (r) => r.body.status === 'ticketed',
    );
    expect(recorded.body).toMatchObject({ requestType: { id: 'something-is-broken', version: 1 }, ticketId: submissionId });
    expect(
      (
        await kit.eventually(
          () => agent().get('/intake/backlog'),
          (r) => r.body.backlog === 0,
        )
      ).body,
    ).toEqual({ backlog: 0 });
  });

  it('turns a service request form into a REQ ticket, never into the incident queue', async () => {
    const submitted = await requester().post('/intake/submissions', { requestType: 'new-laptop', fields: { model: 'developer', neededBy: '2026-03-01' } });
    expect(submitted.status).toBe(202);
    expect(submitted.body).toMatchObject({ kind: 'service-request', reference: expect.stringMatching(/^REQ\d{7}$/) });
    const request = await kit.eventually(
      () => agent().get(`/requests/${submitted.body.reference}`),
      (r) => r.status === 200,
    );
    expect(request.body).toMatchObject({ catalogItem: 'New laptop', requestedFor: 'requester' });
  });

  it('returns the first answer to a retry with the same Idempotency-Key, and makes one ticket', async () => {
    const key = { 'idempotency-key': 'retry-me-7f3c' };
    const first = await requester().post('/intake/submissions', broken('Monitor flickers'), key);
    const again = await requester().post('/intake/submissions', broken('Monitor flickers'), key);
    expect(first.status).toBe(202);
    expect(again.status).toBe(202);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    await kit.eventually(
      () => queue('monitor flickers'),
      (r) => (r.body.items ?? []).length === 1,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await queue('monitor flickers')).body.items).toHaveLength(1);
    const otherTenant = await kit
      .as('globex', 'requester')
      .post(
        '/intake/submissions',
        { requestType: 'payroll-question', fields: { employeeId: 'E12345', payPeriod: '2026-01', question: 'Overtime missing' } },
        key,
      );
    expect(otherTenant.body.submissionId).not.toBe(first.body.submissionId);
  });

  it('scopes an Idempotency-Key to its caller, and refuses it for a different request with 422', async () => {
    const key = { 'idempotency-key': 'shared-key-91' };
    const mine = await agent().post('/intake/submissions', broken('Docking station dead'), key);
    const theirs = await requester().post('/intake/submissions', broken('Badge reader broken'), key);
    expect(mine.status).toBe(202);
    expect(theirs.status).toBe(202);
    expect(theirs.body.reference).not.toBe(mine.body.reference);
    const changed = await agent().post('/intake/submissions', broken('Docking station dead, and the screen'), key);
    expect(changed.status).toBe(422);
    expect(changed.headers.get('content-type')).toContain('application/problem+json');
    expect(changed.body.type).toBe('urn:deskstream:problem:idempotency-key-reused');
  });

  it('draws one reference for a burst of retries with one Idempotency-Key: no reference names the same ticket twice', async () => {
    const key = { 'idempotency-key': 'burst-20-a' };
    const answers = await Promise.all(Array.from({ length: 20 }, () => requester().post('/intake/submissions', broken('Wifi keeps dropping'), key)));
    expect(new Set(answers.map((a) => a.body.reference)).size).toBe(1);
    const next = await requester().post('/intake/submissions', broken('Projector bulb gone'));
    const number = (reference: unknown) => Number(String(reference).slice(3));
    expect(number(next.body.reference)).toBe(number(answers[0]!.body.reference) + 1);
  });

  it('refuses a form that breaks its schema naming every field, and creates nothing', async () => {
    const before = await requester().post('/intake/submissions', broken('Keyboard missing keys'));
    const refused = await requester().post('/intake/submissions', { requestType: 'something-is-broken', fields: { affects: 'the moon', extra: 1 } });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.errors!.map((e) => e.field).sort()).toEqual(['/fields/affects', '/fields/extra', '/fields/shortDescription']);
    const badEmail = await requester().post('/intake/submissions', {
      requestType: 'access-request',
      fields: { system: 'ERP', accessLevel: 'read', justification: 'month-end close', managerEmail: 'not-an-email' },
    });
    expect(badEmail.body.errors).toEqual([{ field: '/fields/managerEmail', message: 'must match format "email"' }]);
    const unknown = await requester().post('/intake/submissions', { requestType: 'teleport', fields: {} });
    expect(unknown.body.errors!.map((e) => e.field)).toEqual(['/requestType']);
    const after = await requester().post('/intake/submissions', broken('Mouse is sticky'));
    const number = (reference: unknown) => Number(String(reference).slice(3));
    expect(number(after.body.reference)).toBe(number(before.body.reference) + 1);
  });

  it('links the same caller and short description within the window to the first ticket', async () => {
    const first = await requester().post('/intake/submissions', broken('VPN keeps dropping'));
    const repeat = await requester().post('/intake/submissions', broken('vpn  keeps dropping'));
    expect(repeat.body).toMatchObject({
      status: 'linked',
      reference: first.body.reference,
      duplicateOf: { id: first.body.submissionId, reference: first.body.reference },
    });
    const ticket = await kit.eventually(
      () => agent().get(`/incidents/${first.body.reference}`),
      (r) => ((r.body.notes as unknown[]) ?? []).length === 1,
    );
    expect(JSON.stringify(ticket.body.notes)).toContain('linked, not duplicated');
    const byOther = await agent().post('/intake/submissions', broken('VPN keeps dropping'));
    expect(byOther.body.status).toBe('accepted');
  });

  it('never links requests of a form without a short description that ask different things', async () => {
    const access = (system: string, accessLevel: string) => ({
      requestType: 'access-request',
      fields: { system, accessLevel, justification: 'month-end close', managerEmail: 'mgr@acme.example' },
    });
    const sap = await requester().post('/intake/submissions', access('SAP', 'read'));
    const jira = await requester().post('/intake/submissions', access('Jira', 'admin'));
    const sapAgain = await requester().post('/intake/submissions', access('SAP', 'read'));
    expect([sap.body.status, jira.body.status, sapAgain.body.status]).toEqual(['accepted', 'accepted', 'linked']);
    expect(jira.body.reference).not.toBe(sap.body.reference);
    expect(sapAgain.body.reference).toBe(sap.body.reference);
  });

  it('asks the same roles to raise a ticket through a form as through the incidents and requests APIs', async () => {
    for (const role of ['analyst', 'service-owner', 'knowledge-manager']) {
      const as = kit.as('acme', role);
      expect((await as.post('/intake/submissions', broken('Raised by the wrong role'))).status).toBe(403);
      expect((await as.post('/incidents', { channel: 'portal', shortDescription: 'Raised by the wrong role', description: 'x' })).status).toBe(403);
      expect((await as.post('/requests', { catalogItem: 'Laptop', description: 'x', requestedFor: role })).status).toBe(403);
    }
  });

  it('lets an agent record a phone contact on behalf of a caller, and nobody else', async () => {
    const recorded = await agent().post('/intake/submissions', { ...broken('Cannot log in to the ERP'), onBehalfOf: 'dana' });
    expect(recorded.status).toBe(202);
    const ticket = await kit.eventually(
      () => agent().get(`/incidents/${recorded.body.reference}`),
      (r) => r.status === 200,
    );
    expect(ticket.body).toMatchObject({ caller: 'dana', channel: 'phone' });
    expect((await requester().post('/intake/submissions', { ...broken('For a friend'), onBehalfOf: 'dana' })).status).toBe(403);
  });

  it('classifies by tenant rules and records the rule behind each decision', async () => {
    const rules = [
      { name: 'network words', when: { keywords: ['wifi', 'wi-fi'] }, then: { category: 'network', group: 'network-team', impact: 2, urgency: 2 } },
    ];
    expect((await requester().put('/intake/settings', { classificationRules: rules })).status).toBe(403);
    const changed = await kit.as('acme', 'tenant-admin').put('/intake/settings', { classificationRules: rules });
    expect(changed.status).toBe(200);
    const submitted = await requester().post('/intake/submissions', broken('No WiFi in meeting room B'));
    const recorded = await requester().get(`/intake/submissions/${submitted.body.submissionId}`);
    expect((recorded.body.classification as { decisions: unknown[] }).decisions).toEqual(
      expect.arrayContaining([
        { attribute: 'group', value: 'network-team', rule: 'network words' },
        { attribute: 'impact', value: 2, rule: 'network words' },
        { attribute: 'requestType', value: 'something-is-broken', rule: 'submitted' },
      ]),
    );
    const ticket = await kit.eventually(
      () => agent().get(`/incidents/${submitted.body.reference}`),
      (r) => r.status === 200,
    );
    expect(ticket.body).toMatchObject({ group: 'network-team', priority: 'P3' });
    const bad = await kit.as('acme', 'tenant-admin').put('/intake/settings', { classificationRules: [{ name: 'x', when: {}, then: {} }] });
    expect(bad.body.errors!.map((e) => e.field)).toEqual(['classificationRules/0/when', 'classificationRules/0/then']);
  });
});
