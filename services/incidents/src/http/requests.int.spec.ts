import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Injectable, Module, type OnModuleInit } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp, loadConfig, PlatformModule, ServiceContributions } from '@deskstream/platform';
import { eventually } from '@deskstream/testing';
import { registerServiceRequestContributions, serviceRequestControllers, serviceRequestProviders } from '../service-requests.providers';

@Injectable()
class ServiceRequestContributions implements OnModuleInit {
  constructor(private readonly contributions: ServiceContributions) {}
  onModuleInit(): void {
    registerServiceRequestContributions(this.contributions);
  }
}

@Module({ controllers: serviceRequestControllers, providers: [...serviceRequestProviders, ServiceRequestContributions] })
class ServiceRequestsTestModule {}

/** Laptops, phones and headsets wait for the service owner; monitors need no approval. */
const CATALOG = [
  { name: 'laptop', approvers: ['service-owner'], managerApproval: false },
  { name: 'phone', approvers: ['service-owner'], managerApproval: false },
  { name: 'headset', approvers: ['service-owner'], managerApproval: false },
  { name: 'monitor', approvers: [], managerApproval: false },
];

describe('service requests over HTTP', () => {
  let dataDir: string;
  let app: NestFastifyApplication;
  const tokens = new Map<string, string>();

  async function call(who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, headers: Record<string, string> = {}) {
    const [tenant, user] = who.split('/') as [string, string];
    if (!tokens.has(who)) {
      const response = await app.inject({ method: 'POST', url: '/api/v1/dev/token', payload: { tenant, user } });
      tokens.set(who, response.json<{ token: string }>().token);
    }
    const response = await app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { authorization: `Bearer ${tokens.get(who)}`, ...headers },
      ...(payload ? { payload } : {}),
    });
    return { status: response.statusCode, headers: response.headers, body: response.body ? response.json() : undefined };
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'deskstream-requests-http-'));
    const config = loadConfig({ DESKSTREAM_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    app = await createApp({ module: class TestApp {}, imports: [PlatformModule.forRoot(config, { service: 'incidents' }), ServiceRequestsTestModule] }, config);
    for (const tenant of ['acme', 'globex']) {
      const catalog = await call(`${tenant}/tenant-admin`, 'PUT', '/service-catalog', { items: CATALOG, unlisted: 'refuse' });
      expect(catalog.status).toBe(200);
    }
  });

  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('walks a request from submission through approval and fulfilment to closure', async () => {
    const created = await call('acme/requester', 'POST', '/requests', { catalogItem: 'laptop' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ reference: 'REQ0001001', status: 'awaiting-approval', revision: 0 });
    const { id } = created.body;
    expect(created.headers.location).toBe(`/api/v1/requests/${id}`);
    expect(created.headers.etag).toBe('"0"');

    const seen = await call('acme/requester', 'GET', '/requests/REQ0001001');
    expect(seen).toMatchObject({ status: 200, body: { id, status: 'awaiting-approval', requestedFor: 'requester', allowedActions: ['cancel', 'note'] } });
    expect(seen.headers.etag).toBe('"0"');
    expect((await call('acme/service-owner', 'GET', '/requests/REQ0001001')).body.allowedActions).toEqual(['approve', 'reject', 'note']);

    const approved = await call('acme/service-owner', 'POST', `/requests/${id}/approve`, { comment: 'ok' }, { 'if-match': '"0"' });
    expect(approved).toMatchObject({ status: 200, body: { status: 'approved', revision: 2 } });
    expect(approved.headers.etag).toBe('"2"');

    await call('acme/agent', 'POST', `/requests/${id}/add-task`, { title: 'Image the laptop', assignee: 'agent' });
    const taskId = (await call('acme/agent', 'GET', `/requests/${id}`)).body.tasks[0].taskId;
    expect((await call('acme/agent', 'POST', `/requests/${id}/complete-task`, { taskId })).status).toBe(200);
    expect((await call('acme/agent', 'POST', `/requests/${id}/fulfil`, { notes: 'delivered' })).body.status).toBe('fulfilled');
    expect((await call('acme/agent', 'POST', `/requests/REQ0001001/close`)).body).toMatchObject({ status: 'closed', revision: 6 });

    const history = await call('acme/requester', 'GET', `/requests/${id}/history`);
    expect(history.body.items.map((e: { type: string; actor: string }) => `${e.type} by ${e.actor}`)).toEqual([
      'ServiceRequestSubmitted by requester',
      'ServiceRequestApprovalGranted by service-owner',
      'ServiceRequestApproved by service-owner',
      'FulfilmentTaskAdded by agent',
      'FulfilmentTaskCompleted by agent',
      'ServiceRequestFulfilled by agent',
      'ServiceRequestClosed by agent',
    ]);
    const submittedAt = history.body.items[0].at;
    const asOf = await call('acme/requester', 'GET', `/requests/${id}?asOf=${encodeURIComponent(submittedAt)}`);
    expect(asOf).toMatchObject({ status: 200, body: { status: 'awaiting-approval', revision: 0, asOf: submittedAt, allowedActions: [] } });
    expect(asOf.headers.etag).toBe('"0"');
    expect(asOf.headers['memento-datetime']).toBe(new Date(submittedAt).toUTCString());
  });

  it('answers bad input, illegal transitions, stale writes and missing roles with problem+json, writing nothing', async () => {
    const before = await call('acme/requester', 'POST', '/requests', { catalogItem: 'monitor' });
    const invalid = await call('acme/requester', 'POST', '/requests', { approvers: [''], colour: 'red' });
    expect(invalid.status).toBe(400);
    expect(invalid.headers['content-type']).toContain('application/problem+json');
    const fields = invalid.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['catalogItem', 'approvers', 'colour']));

    const selfApproval = await call('acme/requester', 'POST', '/requests', { catalogItem: 'laptop', approvers: ['requester'] });
    expect(selfApproval.status).toBe(400);
    expect(selfApproval.body.errors).toEqual([expect.objectContaining({ field: 'approvers' })]);

    const created = await call('acme/requester', 'POST', '/requests', { catalogItem: 'phone' });
    // Refused requests burn no reference: this one has the number after the last accepted one.
    const numberOf = (reference: string) => Number(reference.slice('REQ'.length));
    expect(numberOf(created.body.reference)).toBe(numberOf(before.body.reference) + 1);
    const { id } = created.body;

    expect((await call('acme/agent', 'POST', `/requests/${id}/close`, { force: true })).status).toBe(400);
    const illegal = await call('acme/agent', 'POST', `/requests/${id}/close`);
    expect(illegal.status).toBe(409);
    expect(illegal.body).toMatchObject({ currentStatus: 'awaiting-approval', allowedActions: ['approve', 'reject', 'assign', 'classify', 'cancel', 'note'] });

    const stale = await call('acme/requester', 'POST', `/requests/${id}/cancel`, { reason: 'changed my mind' }, { 'if-match': '"5"' });
    expect(stale.status).toBe(412);
    expect((await call('acme/requester', 'POST', `/requests/${id}/cancel`, {})).status).toBe(400);
    expect((await call('acme/requester', 'POST', `/requests/${id}/add-task`, { title: 'x', assignee: 'agent' })).status).toBe(403);
    expect((await call('acme/agent', 'POST', `/requests/${id}/approve`, {})).status).toBe(403);
    expect((await call('acme/requester', 'GET', `/requests/${id}?asOf=2999-01-01T00:00:00Z`)).status).toBe(400);
    expect((await call('acme/requester', 'GET', `/requests?limit=0&status=open`)).body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['limit', 'status']),
    );
    expect((await call('acme/requester', 'GET', `/requests/${id}`)).body).toMatchObject({ status: 'awaiting-approval', revision: 0 });
  });

  it('keeps tenants and requesters apart: 404, never a hint that the request exists', async () => {
    const created = await call('acme/requester', 'POST', '/requests', { catalogItem: 'monitor' });
    const { id, reference } = created.body;
    expect(created.body.status).toBe('approved');
    for (const path of [`/requests/${reference}`, `/requests/${id}`, `/requests/${id}/history`]) {
      expect((await call('globex/agent', 'GET', path)).status).toBe(404);
      expect((await call('acme/analyst', 'GET', path)).status).toBe(200);
    }
    expect((await call('globex/agent', 'POST', `/requests/${reference}/fulfil`, {})).status).toBe(404);
    const otherRequester = await call('acme/knowledge-manager', 'GET', `/requests/${reference}`);
    expect(otherRequester.status).toBe(404);
    expect(otherRequester.headers['content-type']).toContain('application/problem+json');
  });

  it('lists the fulfilment queue for agents and only their own requests for requesters', async () => {
    const mine = await call('acme/requester', 'POST', '/requests', { catalogItem: 'headset' });
    const theirs = await call('acme/analyst', 'POST', '/requests', { catalogItem: 'headset' });
    await eventually(async () => {
      const queue = await call('acme/agent', 'GET', '/requests?catalogItem=headset&status=awaiting-approval');
      // Submitted within the same millisecond they tie on age, so compare as a set.
      expect(queue.body.items.map((i: { id: string }) => i.id).sort()).toEqual([mine.body.id, theirs.body.id].sort());
    });
    await eventually(async () => {
      const own = await call('acme/requester', 'GET', '/requests?catalogItem=headset');
      expect(own.body.items.map((i: { id: string }) => i.id)).toEqual([mine.body.id]);
    });
    expect((await call('acme/requester', 'GET', '/requests?requestedFor=analyst')).status).toBe(400);
    expect((await call('globex/agent', 'GET', '/requests?catalogItem=headset')).body.items).toEqual([]);
  });

  it('searches the catalog item and the description (q), case-insensitively, within the tenant and the viewer scope', async () => {
    const asked = await call('acme/requester', 'POST', '/requests', { catalogItem: 'monitor', description: 'A second Ultrawide screen for CAD work' });
    await call('globex/requester', 'POST', '/requests', { catalogItem: 'monitor', description: 'Ultrawide for globex' });
    expect((await call('acme/agent', 'POST', '/requests', { catalogItem: 'monitor', description: 'Ultrawide for the agent' })).status).toBe(201);
    const found = await eventually(async () => {
      const queue = await call('acme/agent', 'GET', '/requests?q=ultrawide');
      expect(queue.body.items).toHaveLength(2);
      return queue.body.items as { reference: string; searchText?: string }[];
    });
    expect(found.map((line) => line.reference)).toContain(asked.body.reference);
    expect(found[0]!.searchText).toBeUndefined();
    expect((await call('acme/agent', 'GET', '/requests?q=cad%20work')).body.items.map((l: { reference: string }) => l.reference)).toEqual([
      asked.body.reference,
    ]);
    expect((await call('acme/agent', 'GET', '/requests?q=globex')).body.items).toEqual([]);
    const own = await call('acme/requester', 'GET', '/requests?q=ULTRAWIDE');
    expect(own.body.items.map((l: { reference: string }) => l.reference)).toEqual([asked.body.reference]);
    expect((await call('acme/agent', 'GET', '/requests?q=')).status).toBe(400);
  });

  it('takes approvers from the service catalog, never from the requester: no approval bypass', async () => {
    const bypass = await call('acme/requester', 'POST', '/requests', { catalogItem: 'laptop', approvers: [] });
    expect([bypass.status, bypass.body.errors]).toEqual([
      400,
      [{ field: 'approvers', message: 'approvers come from the catalog item; only the desk adds more to a request' }],
    ]);
    const unlisted = await call('acme/requester', 'POST', '/requests', { catalogItem: 'yacht' });
    expect([unlisted.status, unlisted.body.errors.map((e: { field: string }) => e.field)]).toEqual([400, ['catalogItem']]);
    const laptop = await call('acme/requester', 'POST', '/requests', { catalogItem: 'Laptop' });
    expect(laptop.body.status).toBe('awaiting-approval');
    expect((await call('acme/requester', 'GET', `/requests/${laptop.body.id}`)).body.approvals.map((a: { approver: string }) => a.approver)).toEqual([
      'service-owner',
    ]);
    // The desk may ask someone else too, for this one request.
    const raised = await call('acme/agent', 'POST', '/requests', { catalogItem: 'monitor', requestedFor: 'requester', approvers: ['knowledge-manager'] });
    expect(raised.body.status).toBe('awaiting-approval');
    // Only a tenant admin changes the catalog; everyone of the tenant reads it; If-Match pins the revision.
    expect((await call('acme/requester', 'PUT', '/service-catalog', { unlisted: 'manager' })).status).toBe(403);
    const read = await call('acme/requester', 'GET', '/service-catalog');
    expect(read.body).toMatchObject({ items: CATALOG, unlisted: 'refuse', revision: 0 });
    expect((await call('acme/tenant-admin', 'PUT', '/service-catalog', { unlisted: 'manager' }, { 'if-match': '"5"' })).status).toBe(412);
    const twice = await call('acme/tenant-admin', 'PUT', '/service-catalog', { items: [CATALOG[0], CATALOG[0]] });
    expect([twice.status, twice.body.errors.map((e: { field: string }) => e.field)]).toEqual([400, ['items[1].name']]);
  });

  it('keeps public comments and internal work notes: the requester sees and writes only public ones, until the request ends', async () => {
    const { id } = (await call('acme/requester', 'POST', '/requests', { catalogItem: 'monitor', description: 'Second screen' })).body;
    const comment = await call('acme/requester', 'POST', `/requests/${id}/note`, { visibility: 'public', text: 'Any news?' });
    expect(comment).toMatchObject({ status: 200, body: { id, status: 'approved', revision: 1 } });
    expect(comment.headers.etag).toBe('"1"');
    expect((await call('acme/agent', 'POST', `/requests/${id}/note`, { visibility: 'internal', text: 'Supplier is late' })).status).toBe(200);
    expect((await call('acme/agent', 'POST', `/requests/${id}/note`, { visibility: 'public', text: 'Ships on Monday' })).status).toBe(200);
    expect((await call('acme/requester', 'POST', `/requests/${id}/note`, { visibility: 'internal', text: 'x' })).status).toBe(403);
    const bad = await call('acme/agent', 'POST', `/requests/${id}/note`, { visibility: 'secret', text: '', minutes: 5 });
    expect([bad.status, bad.body.errors.map((e: { field: string }) => e.field).sort()]).toEqual([400, ['minutes', 'text', 'visibility']]);
    expect((await call('globex/agent', 'POST', `/requests/${id}/note`, { visibility: 'public', text: 'x' })).status).toBe(404);

    const texts = (body: { notes: { text: string }[] }) => body.notes.map((n) => n.text);
    expect(texts((await call('acme/agent', 'GET', `/requests/${id}`)).body)).toEqual(['Any news?', 'Supplier is late', 'Ships on Monday']);
    const own = (await call('acme/requester', 'GET', `/requests/${id}`)).body;
    expect(texts(own)).toEqual(['Any news?', 'Ships on Monday']);
    expect(own.notes[0]).toMatchObject({ visibility: 'public', by: 'requester' });
    const history = async (who: string) =>
      ((await call(who, 'GET', `/requests/${id}/history`)).body.items as { type: string; visibility: string }[]).filter(
        (e) => e.type === 'ServiceRequestNoteAdded',
      );
    expect((await history('acme/agent')).map((e) => e.visibility)).toEqual(['public', 'internal', 'public']);
    expect((await history('acme/requester')).map((e) => e.visibility)).toEqual(['public', 'public']);

    await call('acme/agent', 'POST', `/requests/${id}/fulfil`, {});
    await call('acme/agent', 'POST', `/requests/${id}/close`, {});
    const closed = await call('acme/requester', 'POST', `/requests/${id}/note`, { visibility: 'public', text: 'Thanks' });
    expect(closed).toMatchObject({ status: 409, body: { currentStatus: 'closed', allowedActions: [] } });
  });

  it('takes an assignment group and a priority from the desk, shown on the record and filtered in the queue', async () => {
    const { id, reference } = (await call('acme/requester', 'POST', '/requests', { catalogItem: 'laptop', description: 'Priority laptop' })).body;
    expect((await call('acme/requester', 'POST', `/requests/${id}/assign`, { group: 'fulfilment' })).status).toBe(403);
    expect((await call('acme/agent', 'POST', `/requests/${id}/assign`, { group: 'fulfilment', assignee: 'agent' })).status).toBe(200);
    const bad = await call('acme/agent', 'POST', `/requests/${id}/classify`, { impact: 0, urgency: 'high' });
    expect([bad.status, bad.body.errors.map((e: { field: string }) => e.field).sort()]).toEqual([400, ['impact', 'urgency']]);
    expect((await call('acme/agent', 'POST', `/requests/${id}/classify`, { impact: 1, urgency: 2 })).status).toBe(200);
    expect((await call('acme/agent', 'GET', `/requests/${id}`)).body).toMatchObject({
      group: 'fulfilment',
      assignee: 'agent',
      impact: 1,
      urgency: 2,
      priority: 'P2',
    });
    const line = await eventually(async () => {
      const queue = await call('acme/agent', 'GET', '/requests?group=fulfilment&priority=P1,P2');
      expect(queue.body.items.map((l: { reference: string }) => l.reference)).toEqual([reference]);
      return queue.body.items[0];
    });
    expect(line).toMatchObject({ group: 'fulfilment', assignee: 'agent', priority: 'P2' });
    expect((await call('acme/agent', 'GET', '/requests?priority=P9')).status).toBe(400);
    expect((await call('globex/agent', 'GET', '/requests?group=fulfilment')).body.items).toEqual([]);
    expect((await call('globex/agent', 'POST', `/requests/${id}/assign`, { group: 'fulfilment' })).status).toBe(404);
    const history = (await call('acme/agent', 'GET', `/requests/${id}/history`)).body.items as { type: string; changes: { field: string }[] }[];
    expect(history.filter((e) => e.type === 'ServiceRequestClassified').flatMap((e) => e.changes.map((c) => c.field))).toEqual([
      'priority',
      'impact',
      'urgency',
    ]);
  });

  it('documents every route in OpenAPI', async () => {
    const paths = Object.keys((await app.inject({ method: 'GET', url: '/docs-json' })).json<{ paths: object }>().paths);
    const actions = ['submit', 'approve', 'reject', 'assign', 'classify', 'add-task', 'complete-task', 'fulfil', 'close', 'cancel', 'note'];
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/requests',
        '/api/v1/requests/{idOrReference}',
        '/api/v1/requests/{idOrReference}/history',
        '/api/v1/service-catalog',
        ...actions.map((action) => `/api/v1/requests/{idOrReference}/${action}`),
      ]),
    );
  });
});
