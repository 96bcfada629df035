import { Module, type DynamicModule } from '@nestjs/common';
import { DirectoryModule } from '@deskstream/directory';
import { IncidentsModule } from '@deskstream/incidents';
import { PlatformModule, type PlatformConfig } from '@deskstream/platform';
import { startHttpTestApp, type HttpTestApp } from '@deskstream/platform/testing';
import { readUntil } from '@deskstream/testing';

/** The directory and incidents services on one platform: incidents checks names against its own copy, kept from the bus. */
@Module({})
class DirectoryWithIncidentsModule {
  static forRoot(config: PlatformConfig): DynamicModule {
    return { module: DirectoryWithIncidentsModule, imports: [PlatformModule.forRoot(config, { service: 'standalone' }), DirectoryModule, IncidentsModule] };
  }
}

describe('incidents and requests name only groups and people the directory knows', () => {
  let kit: HttpTestApp;
  beforeAll(async () => (kit = await startHttpTestApp({ name: 'incident-names', module: (config) => DirectoryWithIncidentsModule.forRoot(config) })));
  afterAll(() => kit?.close());

  const agent = (tenant = 'acme') => kit.as(tenant, 'agent');
  const open = async (tenant = 'acme') =>
    String((await agent(tenant).post('/incidents', { channel: 'phone', shortDescription: 'Printer jam', description: 'Third floor' })).body.id);
  /** Until the copy has the seeded directory, a ghost group is still free text; it becomes a 400 once it has. */
  const refused = (tenant: string, id: string, body: unknown) =>
    readUntil(
      () => agent(tenant).post(`/incidents/${id}/assign`, body),
      (r) => r.status === 400,
      10_000,
    );

  it('refuses an unknown group and assignee on assignment, naming each field and value, and takes known ones', async () => {
    const id = await open();
    const ghost = await refused('acme', id, { group: 'no-such-group', assignee: 'ghost-user' });
    expect(ghost.headers.get('content-type')).toContain('application/problem+json');
    expect(ghost.body.errors).toEqual([
      { field: 'group', message: 'no active group "no-such-group" in the directory' },
      { field: 'assignee', message: 'no active user "ghost-user" in the directory' },
    ]);
    const known = await agent().post(`/incidents/${id}/assign`, { group: 'service-desk', assignee: 'agent' });
    expect([known.status, known.body.status]).toEqual([200, 'assigned']);
    const escalated = await agent().post(`/incidents/${id}/escalate`, { kind: 'functional', group: 'netwrok', reason: 'Needs the network team' });
    expect([escalated.status, escalated.body.errors]).toEqual([400, [{ field: 'group', message: 'no active group "netwrok" in the directory' }]]);
    const manager = await agent().post(`/incidents/${id}/escalate`, { kind: 'hierarchical', manager: 'nobody', reason: 'VIP waiting' });
    expect([manager.status, manager.body.errors]).toEqual([400, [{ field: 'manager', message: 'no active user "nobody" in the directory' }]]);
  });

  it('accepts a group once an admin registers it, only in that tenant, and refuses it again once deactivated', async () => {
    const id = await open();
    await refused('acme', id, { group: 'database' });
    const group = { name: 'Database team', tier: 2, members: ['resolver'] };
    expect((await kit.as('acme', 'tenant-admin').post('/directory/groups', { id: 'database', ...group })).status).toBe(201);
    const assigned = await readUntil(
      () => agent().post(`/incidents/${id}/assign`, { group: 'database', assignee: 'resolver', tier: 2 }),
      (r) => r.status === 200,
      10_000,
    );
    expect(assigned.body.status).toBe('assigned');
    const elsewhere = await refused('globex', await open('globex'), { group: 'database' });
    expect(elsewhere.body.errors).toEqual([{ field: 'group', message: 'no active group "database" in the directory' }]);
    await kit.as('acme', 'tenant-admin').put('/directory/groups/database', { ...group, active: false });
    const retired = await refused('acme', id, { group: 'database', assignee: 'agent' });
    expect(retired.body.errors).toEqual([{ field: 'group', message: 'no active group "database" in the directory' }]);
  });

  it('refuses an incident about a service or configuration item the directory does not know, naming each field and value, in that tenant only', async () => {
    const incident = (tenant: string, about: object) =>
      agent(tenant).post('/incidents', { channel: 'phone', shortDescription: 'Mail is down', description: 'Nothing arrives', ...about });
    const ghost = await readUntil(
      () => incident('acme', { service: 'emial', configurationItem: 'mx9' }),
      (r) => r.status === 400,
      10_000,
    );
    expect(ghost.headers.get('content-type')).toContain('application/problem+json');
    expect(ghost.body.errors).toEqual([
      { field: 'service', message: 'no active service "emial" in the directory' },
      { field: 'configurationItem', message: 'no active configuration item "mx9" in the directory' },
    ]);
    const known = await incident('acme', { service: 'email', configurationItem: 'mx1' });
    expect(known.status).toBe(201);
    expect((await agent().get(`/incidents/${String(known.body.id)}`)).body).toMatchObject({ service: 'email', configurationItem: 'mx1' });
    const ownService = await kit.as('globex', 'tenant-admin').post('/directory/services', { id: 'globex-payroll-portal', name: 'Payroll portal' });
    expect(ownService.status).toBe(201);
    const elsewhere = await readUntil(
      () => incident('acme', { service: 'globex-payroll-portal' }),
      (r) => r.status === 400,
      10_000,
    );
    expect(elsewhere.body.errors).toEqual([{ field: 'service', message: 'no active service "globex-payroll-portal" in the directory' }]);
    const inGlobex = await readUntil(
      () => incident('globex', { service: 'globex-payroll-portal' }),
      (r) => r.status === 201,
      10_000,
    );
    expect(inGlobex.status).toBe(201);
  });

  it('gives agents their "my groups" queue: tickets of the groups the directory lists them in, of their tenant only', async () => {
    const admin = kit.as('acme', 'tenant-admin');
    expect((await admin.post('/directory/groups', { id: 'storage', name: 'Storage', tier: 2, members: ['resolver'] })).status).toBe(201);
    const id = await open();
    await readUntil(
      () => agent().post(`/incidents/${id}/assign`, { group: 'storage' }),
      (r) => r.status === 200,
      10_000,
    );
    const queueOf = async (tenant: string, user: string, query = '') =>
      ((await kit.as(tenant, user).get(`/incidents?myGroups=true${query}`)).body.items ?? []).map((line) => line.id);
    const resolvers = await readUntil(
      () => queueOf('acme', 'resolver'),
      (ids) => ids.includes(id),
      10_000,
    );
    expect(resolvers).toContain(id);
    expect(await queueOf('acme', 'resolver', '&group=network')).not.toContain(id);
    expect(await queueOf('acme', 'agent')).not.toContain(id);
    expect(await queueOf('acme', 'agent', '&group=storage')).toEqual([]);
    expect(await queueOf('globex', 'resolver')).not.toContain(id);
    expect((await kit.as('acme', 'resolver').get('/incidents?myGroups=maybe')).status).toBe(400);

    const request = await kit.as('acme', 'requester').post('/requests', { catalogItem: 'monitor', description: 'For the storage team' });
    expect((await agent().post(`/requests/${String(request.body.id)}/assign`, { group: 'storage' })).status).toBe(200);
    const requestsOf = async (user: string) => ((await kit.as('acme', user).get('/requests?myGroups=true')).body.items ?? []).map((line) => line.id);
    expect(
      await readUntil(
        () => requestsOf('resolver'),
        (ids) => ids.includes(request.body.id),
        10_000,
      ),
    ).toContain(request.body.id);
    expect(await requestsOf('agent')).not.toContain(request.body.id);
  });

  it('refuses unknown approvers and task assignees on service requests', async () => {
    // The desk adds an approver beyond the catalog's (the requester's manager, service-owner).
    const submit = () => agent().post('/requests', { catalogItem: 'laptop', description: 'New starter', requestedFor: 'requester', approvers: ['ghost-user'] });
    const ghost = await readUntil(submit, (r) => r.status === 400 && r.body.errors?.some((e) => e.field.startsWith('approvers')) === true, 10_000);
    expect(ghost.body.errors).toEqual([{ field: 'approvers.1', message: 'no active user "ghost-user" in the directory' }]);
    const request = await kit.as('acme', 'requester').post('/requests', { catalogItem: 'laptop', description: 'New starter' });
    expect(request.status).toBe(201);
    expect((await kit.as('acme', 'service-owner').post(`/requests/${String(request.body.id)}/approve`, {})).body).toMatchObject({ status: 'approved' });
    const task = await agent().post(`/requests/${String(request.body.id)}/add-task`, {
      title: 'Image it',
      assignee: 'ghost-user',
      assignmentGroup: 'fulfilment',
    });
    expect([task.status, task.body.errors]).toEqual([400, [{ field: 'assignee', message: 'no active user "ghost-user" in the directory' }]]);
  });
});
