import { startHttpTestApp, type HttpTestApp } from '@deskstream/platform/testing';
import { readUntil } from '@deskstream/testing';
import { DirectoryAppModule } from '../directory-app.module';

describe('the directory over HTTP', () => {
  let kit: HttpTestApp;
  beforeAll(async () => (kit = await startHttpTestApp({ name: 'directory', module: (config) => DirectoryAppModule.forRoot(config) })));
  afterAll(() => kit?.close());

  const admin = (tenant = 'acme') => kit.as(tenant, 'tenant-admin');

  it('is seeded with every demo user of the demo tenants, with an address at the tenant', async () => {
    const requester = await kit.as('acme', 'agent').get('/directory/users/requester');
    expect(requester.status).toBe(200);
    expect(requester.body).toMatchObject({
      id: 'requester',
      kind: 'user',
      attributes: { emails: ['requester@acme.example'], roles: ['requester'], active: true },
    });
    const desk = await kit.as('globex', 'agent').get('/directory/groups/service-desk');
    expect(desk.body).toMatchObject({ attributes: { members: expect.arrayContaining(['agent', 'resolver']), manager: 'service-owner', tier: 1 } });
  });

  it("offers a group's active members for assignment, to the desk of its own tenant only", async () => {
    const members = await kit.as('acme', 'agent').get('/directory/groups/service-desk/members');
    expect(members.status).toBe(200);
    expect(members.body.items).toEqual(
      expect.arrayContaining([
        { id: 'resolver', name: expect.any(String) },
        { id: 'agent', name: expect.any(String) },
      ]),
    );
    expect((await kit.as('acme', 'requester').get('/directory/groups/service-desk/members')).status).toBe(403);
    expect((await kit.as('acme', 'agent').get('/directory/groups/no-such-group/members')).status).toBe(404);
    await admin().post('/directory/groups', { id: 'acme-only', name: 'Acme only', members: ['resolver'], tier: 2 });
    expect((await kit.as('globex', 'agent').get('/directory/groups/acme-only/members')).status).toBe(404);
  });

  it('registers entries whose names all exist, and refuses a ghost naming the field and the value', async () => {
    const ghost = await admin().post('/directory/groups', {
      id: 'database',
      name: 'Database team',
      tier: 2,
      members: ['resolver', 'ghost-user'],
      manager: 'nobody',
    });
    expect(ghost.status).toBe(400);
    expect(ghost.headers.get('content-type')).toContain('application/problem+json');
    expect(ghost.body.errors).toEqual([
      { field: 'members.1', message: 'no active user "ghost-user" in the directory' },
      { field: 'manager', message: 'no active user "nobody" in the directory' },
    ]);
    const created = await admin().post('/directory/groups', {
      id: 'database',
      name: 'Database team',
      tier: 2,
      members: ['resolver'],
      manager: 'service-owner',
    });
    expect([created.status, created.headers.get('etag'), created.headers.get('location')]).toEqual([201, '"0"', '/api/v1/directory/groups/database']);
    const ci = await admin().post('/directory/configuration-items', {
      id: 'db1',
      name: 'Primary database',
      service: 'no-such-service',
      supportGroup: 'database',
    });
    expect(ci.body.errors).toEqual([{ field: 'service', message: 'no active service "no-such-service" in the directory' }]);
    expect(
      (
        await admin().post('/directory/configuration-items', {
          id: 'db1',
          name: 'Primary database',
          service: 'email',
          supportGroup: 'database',
          criticality: 'critical',
        })
      ).status,
    ).toBe(201);
  });

  it('replaces an entry as its next version under If-Match, and a stale ETag is a 412', async () => {
    const user = { id: 'dana', name: 'Dana Doe', emails: ['Dana@Acme.Example'], timeZone: 'Europe/Berlin', manager: 'service-owner', roles: ['requester'] };
    const created = await admin().post('/directory/users', user);
    expect([created.status, created.body.attributes]).toEqual([201, expect.objectContaining({ emails: ['dana@acme.example'], locale: 'en-GB' })]);
    const { id: _id, ...body } = user;
    const moved = await admin().put('/directory/users/dana', { ...body, timeZone: 'Europe/Paris' }, { 'if-match': '"0"' });
    expect([moved.status, moved.headers.get('etag'), moved.body.version]).toEqual([200, '"1"', 2]);
    expect((await admin().put('/directory/users/dana', { ...body, active: false }, { 'if-match': '"0"' })).status).toBe(412);
    // The address index is a read model: once it has caught up, the address names its owner.
    let attempt = 0;
    const taken = await readUntil(
      () => admin().post('/directory/users', { id: `dana${(attempt += 1)}`, name: 'Other Dana', emails: ['dana@acme.example'] }),
      (r) => r.status === 400,
    );
    expect(taken.body.errors).toEqual([{ field: 'emails.0', message: '"dana@acme.example" already belongs to user "dana"' }]);
    const list = await readUntil(
      () => kit.as('acme', 'agent').get('/directory/users?q=dana'),
      (r) => (r.body.items ?? []).length >= 1,
    );
    expect(list.body).toMatchObject({ nextCursor: null });
    expect(list.body.items!.map((u) => u.id)).toContain('dana');
  });

  it('refuses unknown fields, bad values, and anyone but tenant admins writing', async () => {
    const bad = await admin().post('/directory/locations', { id: 'Mars Base', name: 'Mars', timeZone: 'Mars/Olympus', colour: 'red' });
    expect(bad.status).toBe(400);
    expect((bad.body.errors ?? []).map((e) => e.field)).toEqual(expect.arrayContaining(['colour', 'id']));
    const zone = await admin().post('/directory/locations', { id: 'mars', name: 'Mars', timeZone: 'Mars/Olympus' });
    expect(zone.body.errors).toEqual([{ field: 'timeZone', message: '"Mars/Olympus" is not a time zone' }]);
    expect((await kit.as('acme', 'agent').post('/directory/services', { id: 'crm', name: 'CRM' })).status).toBe(403);
    expect((await kit.as('acme', 'requester').get('/directory/users')).status).toBe(403);
  });

  it("keeps tenants apart: one tenant cannot see or change another one's entries", async () => {
    expect((await admin().post('/directory/services', { id: 'acme-only', name: 'Acme only', supportGroup: 'service-desk' })).status).toBe(201);
    expect((await admin('globex').get('/directory/services/acme-only')).status).toBe(404);
    expect((await admin('globex').put('/directory/services/acme-only', { name: 'Taken over' })).status).toBe(404);
    const listed = await admin('globex').get('/directory/services');
    expect(listed.body.items!.map((s) => s.id)).not.toContain('acme-only');
  });
});
