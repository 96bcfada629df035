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
