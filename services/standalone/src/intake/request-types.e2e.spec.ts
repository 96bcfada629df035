import { IncidentsModule } from '@deskstream/incidents';
import { startIntakeApp } from '@deskstream/intake/testing';

type Kit = Awaited<ReturnType<typeof startIntakeApp>>;

const facilities = {
  id: 'desk-move',
  name: 'Desk move',
  kind: 'service-request',
  form: { type: 'object', required: ['from', 'to'], properties: { from: { type: 'string' }, to: { type: 'string' } } },
  category: 'facilities',
  group: 'facilities',
  impact: 3,
  urgency: 3,
};

describe('intake request types over HTTP, per tenant', () => {
  let kit: Kit;
  beforeAll(async () => (kit = await startIntakeApp(undefined, [IncidentsModule])));
  afterAll(() => kit?.close());

  it('seeds each demo tenant with its own forms, and lists only the tenant’s', async () => {
    const acme = await kit.as('acme', 'requester').get('/intake/request-types');
    const globex = await kit.as('globex', 'requester').get('/intake/request-types');
    expect(acme.body.items!.map((t) => t.id)).toEqual(['something-is-broken', 'password-reset', 'new-laptop', 'access-request']);
    expect(globex.body.items!.map((t) => t.id)).toEqual(['payroll-question', 'onboarding-new-starter']);
    expect(acme.body.items![0]).toMatchObject({ version: 1, kind: 'incident', group: 'service-desk', form: { type: 'object' } });
  });

  it('lets tenant admins define and version request types, and nobody else', async () => {
    const admin = kit.as('acme', 'tenant-admin');
    expect((await kit.as('acme', 'agent').post('/intake/request-types', facilities)).status).toBe(403);
    const defined = await admin.post('/intake/request-types', facilities);
    expect(defined.status).toBe(201);
    expect(defined.body).toMatchObject({ id: 'desk-move', version: 1 });
    expect((await admin.post('/intake/request-types', facilities)).status).toBe(409);
    const { id: _id, ...definition } = facilities;
    const revised = await admin.put('/intake/request-types/desk-move', { ...definition, urgency: 2 });
    expect(revised.body).toMatchObject({ version: 2, urgency: 2 });
    expect((await admin.put('/intake/request-types/desk-move', { ...definition, urgency: 2 })).body).toMatchObject({ version: 2 });
    const listed = await kit.as('acme', 'requester').get('/intake/request-types');
    expect(listed.body.items!.find((t) => t.id === 'desk-move')).toMatchObject({ version: 2 });
    expect((await kit.as('globex', 'requester').get('/intake/request-types')).body.items!.map((t) => t.id)).not.toContain('desk-move');
    const badForm = await admin.post('/intake/request-types', {
      ...facilities,
      id: 'bad-form',
      form: { type: 'object', properties: { a: { type: 'nonsense' } } },
    });
    expect(badForm.status).toBe(400);
    expect(badForm.body.errors!.map((e) => e.field)).toEqual(['form']);
  });

  it('keeps submissions apart: a tenant can neither use nor see another tenant’s', async () => {
    const acmeSubmission = await kit
      .as('acme', 'requester')
      .post('/intake/submissions', { requestType: 'password-reset', fields: { account: 'riley', system: 'vpn' } });
    expect(acmeSubmission.status).toBe(202);
    const id = String(acmeSubmission.body.submissionId);
    expect((await kit.as('globex', 'agent').get(`/intake/submissions/${id}`)).status).toBe(404);
    expect((await kit.as('acme', 'agent').get(`/intake/submissions/${id}`)).status).toBe(200);
    expect((await kit.as('acme', 'resolver').get('/intake/submissions/' + id)).status).toBe(200);
    const crossed = await kit
      .as('globex', 'requester')
      .post('/intake/submissions', { requestType: 'password-reset', fields: { account: 'riley', system: 'vpn' } });
    expect(crossed.status).toBe(400);
    expect(crossed.body.errors!.map((e) => e.field)).toEqual(['/requestType']);
    const globexTicket = await kit.as('globex', 'requester').post('/intake/submissions', {
      requestType: 'payroll-question',
      fields: { employeeId: 'E00042', payPeriod: '2026-01', question: 'Why is my bonus missing?' },
    });
    expect(globexTicket.body.reference).toBe('REQ0001001');
    await kit.eventually(
      () => kit.as('globex', 'agent').get(`/requests/${globexTicket.body.reference}`),
      (r) => r.status === 200,
    );
    expect((await kit.as('acme', 'agent').get(`/requests/${globexTicket.body.reference}`)).body.catalogItem).not.toBe('Payroll question');
  });

  it('exposes the backlog as a Prometheus gauge per tenant', async () => {
    const metrics = await kit.request('GET', '/metrics');
    expect(metrics.body.text).toMatch(/deskstream_intake_backlog_submissions\{tenant="acme"\} \d+/);
  });
});
