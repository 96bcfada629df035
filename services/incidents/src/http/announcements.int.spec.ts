import { startIncidentsApp } from './incidents-http-test-kit';

const outage = { channel: 'phone', caller: 'agent', shortDescription: 'Mail is down for everyone', description: 'No mail since 10:00', impact: 1, urgency: 1 };

describe('announcements of known major incidents over HTTP', () => {
  let kit: Awaited<ReturnType<typeof startIncidentsApp>>;
  beforeAll(async () => (kit = await startIncidentsApp()));
  afterAll(() => kit?.close());

  it("tells every user of the tenant of its open major incidents, and nothing of another tenant's", async () => {
    const acme = kit.as('acme', 'agent');
    const major = await acme.post('/incidents', outage);
    await acme.post(`/incidents/${major.body.reference}/declare-major`, { manager: 'service-owner', reason: 'Everyone is affected' });
    await acme.post('/incidents', { ...outage, shortDescription: 'One printer jams' });
    const globex = kit.as('globex', 'agent');
    const theirs = await globex.post('/incidents', { ...outage, shortDescription: 'Globex VPN is down' });
    await globex.post(`/incidents/${theirs.body.reference}/declare-major`, { manager: 'service-owner', reason: 'Everyone is affected' });

    const seen = await kit.eventually(
      () => kit.as('acme', 'requester').get('/announcements'),
      (r) => r.body.items!.length > 0,
    );
    expect(seen.body.items).toEqual([
      { reference: major.body.reference, shortDescription: 'Mail is down for everyone', service: null, status: 'new', openedAt: expect.any(String) },
    ]);
    const other = await kit.eventually(
      () => kit.as('globex', 'requester').get('/announcements'),
      (r) => r.body.items!.length > 0,
    );
    expect(other.body.items!.map((item) => item.reference)).toEqual([theirs.body.reference]);
  });

  it('stops announcing a major incident once it is closed', async () => {
    const acme = kit.as('acme', 'agent');
    const major = await acme.post('/incidents', { ...outage, shortDescription: 'Badge readers fail' });
    const ref = String(major.body.reference);
    await acme.post(`/incidents/${ref}/declare-major`, { manager: 'service-owner', reason: 'Nobody gets in' });
    await kit.eventually(
      () => acme.get('/announcements'),
      (r) => r.body.items!.some((item) => item.reference === ref),
    );
    await acme.post(`/incidents/${ref}/cancel`, { reason: 'Duplicate of the building outage' });
    const after = await kit.eventually(
      () => acme.get('/announcements'),
      (r) => !r.body.items!.some((item) => item.reference === ref),
    );
    expect(after.body.items!.map((item) => item.reference)).not.toContain(ref);
  });

  it('answers 401 without a token', async () => {
    expect((await kit.request('GET', '/announcements')).status).toBe(401);
  });
});
