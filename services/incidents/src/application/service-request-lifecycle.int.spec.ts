import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Forbidden,
  IllegalTransition,
  ManualClock,
  NotFound,
  PreconditionFailed,
  SequentialIds,
  ValidationFailed,
  type CommandContext,
} from '@deskstream/kernel';
import { SERVICE_REQUEST_EVENTS, SLA_EVENTS, TOPICS } from '@deskstream/contracts';
import { SqliteEventStore } from '@deskstream/eventstore';
import { ProjectionRunner, publicRecord, SqliteDocumentStore, type Projection, type StoredDocument } from '@deskstream/readmodels';
import { openSqlite, SqliteCheckpointStore, type Sqlite } from '@deskstream/sqlite';
import { TEST_CATALOG } from '../domain/service-request.fixtures';
import { RequestReferences } from './request-references';
import { ServiceCatalogRepository } from './service-catalog.repository';
import { SlaClockObserver, ticketSlaStream } from './sla-clock-observer';
import { ServiceRequestCommands } from './service-request-commands';
import { serviceRequestDetailProjection } from './service-request-detail.projection';
import { serviceRequestIntegrationMapper } from './service-request-integration.mapper';
import { myServiceRequestsProjection } from './service-request-my-requests.projection';
import { ServiceRequestQueries, type TenantViewer } from './service-request-queries';
import { serviceRequestQueueProjection } from './service-request-queue.projection';

const context = (actor: string, tenantId = 'acme'): CommandContext => ({ tenantId, actor, correlationId: `c-${actor}` });
const viewer = (userId: string, roles: string[], tenantId = 'acme'): TenantViewer => ({ tenantId, userId, roles });
const riley = viewer('riley', ['requester']);
const manager = viewer('manager', ['requester']);
const avery = viewer('avery', ['agent']);

describe('service requests: commands, projections and queries on SQLite', () => {
  let dir: string;
  let db: Sqlite;
  let store: SqliteEventStore;
  let documents: SqliteDocumentStore;
  let clock: ManualClock;
  let commands: ServiceRequestCommands;
  let queries: ServiceRequestQueries;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'deskstream-requests-'));
    db = openSqlite(join(dir, 'deskstream.sqlite'));
    store = new SqliteEventStore(db);
    documents = new SqliteDocumentStore(db);
    clock = new ManualClock('2026-01-05T09:00:00.000Z');
    const ids = new SequentialIds('sr');
    const references = new RequestReferences(store, clock, ids);
    const catalog = new ServiceCatalogRepository(store, ids);
    commands = new ServiceRequestCommands(store, clock, ids, references, catalog);
    await Promise.all(['acme', 'globex'].map((tenant) => catalog.change(context('admin', tenant), TEST_CATALOG, clock.now().toISOString())));
    queries = new ServiceRequestQueries(store, documents, references, clock);
  });

  afterEach(async () => {
    await store.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function runToEnd<T extends StoredDocument>(projection: Projection<T>): Promise<void> {
    const runner = new ProjectionRunner<T>({ store, documents, checkpoints: new SqliteCheckpointStore(db), projection });
    await runner.start();
    await runner.caughtUp();
    await runner.stop();
  }

  async function project(): Promise<void> {
    await runToEnd(serviceRequestDetailProjection);
    await runToEnd(serviceRequestQueueProjection);
    await runToEnd(myServiceRequestsProjection);
  }

  /** Raised by a requester: the approvers come from the catalog. */
  const submit = (input: Parameters<ServiceRequestCommands['submit']>[0], actor: string, tenantId = 'acme') =>
    commands.submit(input, context(actor, tenantId), viewer(actor, ['requester'], tenantId));

  async function act(id: string, who: TenantViewer, input: Parameters<ServiceRequestCommands['act']>[1], expectedRevision?: number) {
    clock.advance(60_000);
    return commands.act(id, input, who, context(who.userId), expectedRevision);
  }

  it('runs a request from submission to closure, with history and as-of views', async () => {
    const submitted = await submit({ catalogItem: 'workstation' }, 'riley');
    expect(submitted).toMatchObject({ reference: 'REQ0001001', status: 'awaiting-approval', revision: 0 });
    const afterSubmission = clock.now().toISOString();

    await act(submitted.id, manager, { action: 'approve', comment: 'fine' });
    const approved = await act(submitted.id, viewer('budget', ['requester']), { action: 'approve' });
    expect(approved.status).toBe('approved');
    await act(submitted.id, avery, { action: 'add-task', title: 'Image the laptop', assignee: 'avery' });
    const detail = await queries.get(avery, 'REQ0001001');
    const taskId = detail.tasks[0]!.taskId;
    await expect(act(submitted.id, avery, { action: 'fulfil' })).rejects.toThrow(IllegalTransition);
    await act(submitted.id, avery, { action: 'complete-task', taskId, notes: 'done' });
    await act(submitted.id, avery, { action: 'fulfil', notes: 'delivered' });
    const closed = await act(submitted.id, avery, { action: 'close' });
    expect(closed).toMatchObject({ status: 'closed', revision: 7 });

    const now = await queries.get(riley, submitted.id);
    expect(now).toMatchObject({ status: 'closed', revision: 7, fulfilmentNotes: 'delivered' });
    expect(now.approvals).toEqual([
      { approver: 'manager', decision: 'approved', comment: 'fine', at: expect.any(String) },
      { approver: 'budget', decision: 'approved', comment: null, at: expect.any(String) },
    ]);
    expect(now.tasks[0]).toMatchObject({ status: 'completed', completedBy: 'avery', notes: 'done' });

    const then = await queries.get(riley, 'REQ0001001', afterSubmission);
    expect(then).toMatchObject({ status: 'awaiting-approval', revision: 0 });
    await expect(queries.get(riley, submitted.id, '2026-01-04T00:00:00.000Z')).rejects.toThrow(NotFound);
    await expect(queries.get(riley, submitted.id, '2027-01-01T00:00:00.000Z')).rejects.toThrow(ValidationFailed);

    const history = await queries.history(riley, 'REQ0001001');
    expect(history.map((e) => [e.type, e.actor])).toEqual([
      ['ServiceRequestSubmitted', 'riley'],
      ['ServiceRequestApprovalGranted', 'manager'],
      ['ServiceRequestApprovalGranted', 'budget'],
      ['ServiceRequestApproved', 'budget'],
      ['FulfilmentTaskAdded', 'avery'],
      ['FulfilmentTaskCompleted', 'avery'],
      ['ServiceRequestFulfilled', 'avery'],
      ['ServiceRequestClosed', 'avery'],
    ]);
    expect(history[1]!.changes).toEqual([
      {
        field: 'approvals',
        from: [expect.objectContaining({ approver: 'manager', decision: 'pending' }), expect.objectContaining({ approver: 'budget', decision: 'pending' })],
        to: [
          expect.objectContaining({ approver: 'manager', decision: 'approved', comment: 'fine' }),
          expect.objectContaining({ approver: 'budget', decision: 'pending' }),
        ],
      },
    ]);
  });

  it('a stale If-Match is refused and writes nothing', async () => {
    const { id } = await submit({ catalogItem: 'laptop' }, 'riley');
    await expect(act(id, riley, { action: 'cancel', reason: 'typo' }, 3)).rejects.toThrow(PreconditionFailed);
    expect((await act(id, manager, { action: 'approve' }, 0)).revision).toBe(2);
  });

  it('requesters see only their own requests; others get NotFound, not a hint that it exists', async () => {
    const { id, reference } = await submit({ catalogItem: 'laptop' }, 'riley');
    const stranger = viewer('sam', ['requester']);
    await expect(queries.get(stranger, reference)).rejects.toThrow(NotFound);
    await expect(queries.history(stranger, id)).rejects.toThrow(NotFound);
    await expect(act(id, stranger, { action: 'cancel', reason: 'mischief' })).rejects.toThrow(NotFound);
    await expect(act(id, riley, { action: 'add-task', title: 'x', assignee: 'riley' })).rejects.toThrow(Forbidden);
    await expect(act(id, avery, { action: 'approve' })).rejects.toThrow(Forbidden);
    expect((await queries.get(manager, reference)).status).toBe('awaiting-approval');
  });

  it('another tenant cannot reach a request by id or by reference', async () => {
    const { id, reference } = await submit({ catalogItem: 'laptop' }, 'riley', 'acme');
    const globexAgent = viewer('avery', ['agent'], 'globex');
    await expect(queries.get(globexAgent, reference)).rejects.toThrow(NotFound);
    await expect(queries.get(globexAgent, id)).rejects.toThrow(NotFound);
    await expect(commands.act(id, { action: 'fulfil' }, globexAgent, context('avery', 'globex'))).rejects.toThrow(NotFound);
  });

  it('the queue shows submitted requests oldest first; "my requests" shows the requester theirs, drafts included', async () => {
    const first = await submit({ catalogItem: 'laptop' }, 'riley');
    clock.advance(1000);
    const draft = await submit({ catalogItem: 'phone', draft: true }, 'riley');
    clock.advance(1000);
    const forDana = await submit({ catalogItem: 'monitor', requestedFor: 'dana' }, 'riley');
    clock.advance(1000);
    const other = await submit({ catalogItem: 'laptop' }, 'sam');
    await act(first.id, manager, { action: 'approve' });
    await act(other.id, manager, { action: 'approve' });
    await project();

    const queue = await queries.list(avery, {});
    expect(queue.items.map((i) => i.reference)).toEqual([first.reference, forDana.reference, other.reference]);
    expect(queue.items[0]).toMatchObject({ status: 'approved', pendingApprovers: [], catalogItem: 'laptop' });
    const laptops = await queries.list(avery, { catalogItem: ['laptop'], status: ['approved'] });
    expect(laptops.items.map((i) => i.id)).toEqual([first.id, other.id]);
    const byReference = await queries.list(avery, { sort: '-reference', count: true });
    expect(byReference.items.map((i) => i.reference)).toEqual([...queue.items.map((i) => i.reference)].sort().reverse());
    expect(byReference.total).toBe(queue.items.length);
    expect((await queries.list(avery, { requestedFor: ['dana', 'riley'], count: true })).total).toBe(
      queue.items.filter((i) => ['dana', 'riley'].includes(i.requestedFor)).length,
    );
    const paged = await queries.list(avery, { limit: 2 });
    const rest = await queries.list(avery, { limit: 2, cursor: paged.nextCursor! });
    expect([...paged.items, ...rest.items].map((i) => i.id)).toEqual(queue.items.map((i) => i.id));

    const mine = await queries.list(riley, {});
    expect(mine.items.map((i) => i.id)).toEqual([draft.id, first.id]);
    const raisedByMe = await queries.list(riley, { requestedBy: ['riley'] });
    expect(raisedByMe.items.map((i) => i.id)).toEqual([forDana.id, draft.id, first.id]);
    await expect(queries.list(riley, { requestedFor: ['riley', 'sam'] })).rejects.toThrow(ValidationFailed);

    const stored = await documents.collection(serviceRequestDetailProjection.collection).get('acme', first.id);
    expect(stored).toMatchObject({ status: 'approved', revision: 2 });
    expect(await queries.get(riley, first.id)).toEqual({ ...publicRecord(stored!), allowedActions: ['cancel', 'note'] });
  });

  it('a draft gets its reference at once and is submitted later', async () => {
    const draft = await submit({ catalogItem: 'laptop', draft: true }, 'riley');
    expect(draft).toMatchObject({ reference: 'REQ0001001', status: 'draft' });
    await expect(act(draft.id, manager, { action: 'approve' })).rejects.toThrow(IllegalTransition);
    expect((await act(draft.id, riley, { action: 'submit' })).status).toBe('awaiting-approval');
  });

  it('publishes each state change, but not drafts, on the service-request topic keyed by request id', async () => {
    const draft = await submit({ catalogItem: 'phone', draft: true }, 'riley');
    await act(draft.id, riley, { action: 'submit' });
    await act(draft.id, avery, { action: 'cancel', reason: 'duplicate' });
    const messages = (await store.readAll()).flatMap((event) =>
      serviceRequestIntegrationMapper.categories.includes(event.streamId.split('-')[0]!) ? serviceRequestIntegrationMapper.map(event) : [],
    );
    expect(messages.map((m) => m.event.type)).toEqual([SERVICE_REQUEST_EVENTS.submitted, SERVICE_REQUEST_EVENTS.cancelled]);
    for (const message of messages) {
      expect(message).toMatchObject({ topic: TOPICS.serviceRequests, key: draft.id });
      expect(message.event).toMatchObject({ subject: draft.id, tenantid: 'acme', source: '/deskstream/incidents' });
    }
    expect(messages[0]!.event.data).toMatchObject({ reference: 'REQ0001001', requestedFor: 'riley', approvers: [] });
  });

  it('publishes comments, assignment and priority, with the text of public comments only', async () => {
    const request = await submit({ catalogItem: 'phone' }, 'riley');
    await act(request.id, avery, { action: 'note', visibility: 'internal', text: 'Stock is low' });
    await act(request.id, avery, { action: 'note', visibility: 'public', text: 'Ships on Monday' });
    await act(request.id, avery, { action: 'assign', group: 'fulfilment', assignee: 'avery' });
    await act(request.id, avery, { action: 'classify', impact: 1, urgency: 2 });
    const messages = (await store.readAll()).flatMap((event) =>
      serviceRequestIntegrationMapper.categories.includes(event.streamId.split('-')[0]!) ? serviceRequestIntegrationMapper.map(event) : [],
    );
    const [internal, comment, assigned, classified] = messages.slice(1).map((m) => m.event);
    expect(internal).toMatchObject({
      type: SERVICE_REQUEST_EVENTS.noteAdded,
      data: { requestId: request.id, visibility: 'internal', comment: null, by: 'avery' },
    });
    expect(JSON.stringify(internal!.data)).not.toContain('Stock is low');
    expect(comment).toMatchObject({ type: SERVICE_REQUEST_EVENTS.noteAdded, data: { visibility: 'public', comment: 'Ships on Monday' } });
    expect(assigned).toMatchObject({
      type: SERVICE_REQUEST_EVENTS.assigned,
      data: { requestId: request.id, group: 'fulfilment', assignee: 'avery', by: 'avery' },
    });
    expect(classified).toMatchObject({ type: SERVICE_REQUEST_EVENTS.classified, data: { impact: 1, urgency: 2, priority: expect.stringMatching(/^P[1-5]$/) } });
    expect(messages.every((m) => m.key === request.id && m.topic === TOPICS.serviceRequests)).toBe(true);
  });

  it("sorts the queue by the fulfilment clock's due time, learnt from the SLA service's events, requests without one last", async () => {
    const slaClocks = new SlaClockObserver(store, clock, new SequentialIds('sla'));
    const first = await submit({ catalogItem: 'monitor' }, 'riley');
    const second = await submit({ catalogItem: 'monitor' }, 'sam');
    const third = await submit({ catalogItem: 'monitor' }, 'dana');
    const clockOf = (ticketId: string, dueAt: string, stage = 'in-progress') => ({
      clockId: `${ticketId}:fulfilment`,
      ticketId,
      reference: 'REQ',
      definition: 'fulfilment',
      definitionVersion: 0,
      type: 'sla',
      target: 'fulfilment',
      stage,
      breached: false,
      startedAt: '2026-01-05T09:00:00.000Z',
      dueAt,
      originalDueAt: dueAt,
      nextMilestoneAt: null,
      cycle: 1,
      group: null,
      assignee: null,
    });
    const deliver = (id: string, type: string, data: unknown) =>
      slaClocks.handle({
        topic: TOPICS.sla,
        key: id,
        partition: 0,
        offset: 0,
        headers: {},
        event: {
          specversion: '1.0',
          id: `sla-${id}-${type}`,
          source: '/deskstream/sla',
          type,
          subject: id,
          time: clock.now().toISOString(),
          datacontenttype: 'application/json',
          data,
          tenantid: 'acme',
          correlationid: 'c',
        },
      });
    await deliver(first.id, SLA_EVENTS.clockStarted, {
      clock: clockOf(first.id, '2026-01-12T17:00:00.000Z'),
      reason: null,
      retroactive: false,
      at: '2026-01-05T09:00:00.000Z',
    });
    await deliver(second.id, SLA_EVENTS.clockStarted, {
      clock: clockOf(second.id, '2026-01-09T17:00:00.000Z'),
      reason: null,
      retroactive: false,
      at: '2026-01-05T09:00:00.000Z',
    });
    // A warning repeats the clock as it stands: nothing to record. A paused clock has no due time.
    await deliver(second.id, SLA_EVENTS.warningReached, {
      clock: clockOf(second.id, '2026-01-09T17:00:00.000Z'),
      percent: 75,
      reachedAt: '2026-01-08T09:00:00.000Z',
      retroactive: false,
    });
    await deliver(third.id, SLA_EVENTS.clockPaused, {
      clock: clockOf(third.id, '2026-01-07T17:00:00.000Z', 'paused'),
      reason: null,
      retroactive: false,
      at: '2026-01-05T10:00:00.000Z',
    });
    expect((await store.readStream(ticketSlaStream('acme', second.id))).map((e) => e.type)).toEqual(['TicketSlaClockObserved']);
    await project();
    const bySla = await queries.list(avery, { sort: 'slaDue' });
    expect(bySla.items.map((line) => [line.id, line.slaDueAt])).toEqual([
      [second.id, '2026-01-09T17:00:00.000Z'],
      [first.id, '2026-01-12T17:00:00.000Z'],
      [third.id, null],
    ]);
    expect(bySla.items[0]).not.toHaveProperty('slaSortKey');
    expect((await queries.list(riley, { sort: 'sla' })).items.map((line) => line.slaDueAt)).toEqual(['2026-01-12T17:00:00.000Z']);
  });
});
