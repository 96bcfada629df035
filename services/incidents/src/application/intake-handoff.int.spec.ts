import { ManualClock, SequentialIds, streamName } from '@deskstream/kernel';
import { SqliteEventStore } from '@deskstream/eventstore';
import type { DeliveredMessage } from '@deskstream/messaging';
import { openSqlite } from '@deskstream/sqlite';
import { ServiceCatalogRepository } from './service-catalog.repository';
import { IncidentSettingsRepository } from './incident-settings.repository';
import { INTAKE_EVENTS, INTAKE_TOPIC, type AlertCorrelatedV1, type SubmissionAcceptedV1 } from '@deskstream/contracts';
import { IntakeHandoff } from './intake-handoff';
import { IncidentReferences } from './incident-references';
import { RequestReferences } from './request-references';
import { requestStream } from './service-request-commands';

const at = '2026-01-05T09:00:00.000Z';

function message(id: string, type: string, subject: string, data: unknown): DeliveredMessage {
  return {
    topic: INTAKE_TOPIC,
    key: subject,
    partition: 0,
    offset: 0,
    headers: {},
    event: {
      specversion: '1.0',
      id,
      source: '/deskstream/intake',
      type,
      subject,
      time: at,
      datacontenttype: 'application/json',
      data,
      tenantid: 'acme',
      correlationid: 'c-1',
    },
  };
}

function accepted(kind: 'incident' | 'service-request', ticketId: string, reference: string): SubmissionAcceptedV1 {
  return {
    submissionId: ticketId,
    kind,
    incidentId: kind === 'incident' ? ticketId : null,
    requestId: kind === 'service-request' ? ticketId : null,
    reference,
    caller: 'requester',
    recordedBy: 'requester',
    channel: 'portal',
    requestTypeName: 'Something is broken',
    shortDescription: 'Printer jammed',
    description: 'Floor 3',
    classification: { requestType: 'broken', category: 'hardware', group: 'service-desk', impact: 2, urgency: 2, decisions: [] },
    fields: { shortDescription: 'Printer jammed', affects: 'my team' },
    at,
  };
}

describe('the incidents side of the intake hand-off, on the real SQLite store', () => {
  const db = openSqlite(':memory:');
  const store = new SqliteEventStore(db);
  const clock = new ManualClock(at);
  const ids = new SequentialIds('id');
  const catalog = new ServiceCatalogRepository(store, ids);
  const handoff = new IntakeHandoff(store, clock, ids, new IncidentSettingsRepository(store, ids), catalog);
  const incidentReferences = new IncidentReferences(store, ids);
  const requestReferences = new RequestReferences(store, clock, ids);
  const references = {
    allocate: async (kind: 'incident' | 'service-request', ctx: typeof context, ticketId: string, occurredAt: string) =>
      kind === 'incident' ? incidentReferences.allocate(ctx, ticketId, occurredAt) : (await requestReferences.allocate(ticketId, ctx)).reference,
  };
  const context = { tenantId: 'acme', actor: 'requester', correlationId: 'c-1' };
  afterAll(() => db.close());

  it('opens the incident with the pre-allocated id and reference, and a second run creates nothing', async () => {
    const reference = await references.allocate('incident', context, 'sub-1', at);
    const delivered = message('evt-1', INTAKE_EVENTS.submissionAccepted, 'sub-1', accepted('incident', 'sub-1', reference));
    await handoff.handle(delivered);
    await handoff.handle(delivered);
    const events = await store.readStream(streamName('incident', 'acme', 'sub-1'));
    expect(events.map((e) => e.type)).toEqual(['IncidentOpened', 'IncidentAssigned']);
    expect(events[0]!.data).toMatchObject({
      incidentId: 'sub-1',
      reference: 'INC0001001',
      caller: 'requester',
      channel: 'portal',
      category: 'hardware',
      priority: 'P3',
    });
    expect(events[0]!.metadata).toMatchObject({ tenantId: 'acme', actor: 'system:intake', causationId: 'evt-1' });
  });

  it('opens and assigns in one append, and a redelivery of a ticket opened without its group only assigns it', async () => {
    const reference = await references.allocate('incident', context, 'sub-2', at);
    const unassigned = accepted('incident', 'sub-2', reference);
    await handoff.handle(
      message('evt-2', INTAKE_EVENTS.submissionAccepted, 'sub-2', { ...unassigned, classification: { ...unassigned.classification, group: null } }),
    );
    await handoff.handle(message('evt-2', INTAKE_EVENTS.submissionAccepted, 'sub-2', unassigned));
    const events = await store.readStream(streamName('incident', 'acme', 'sub-2'));
    expect(events.map((e) => e.type)).toEqual(['IncidentOpened', 'IncidentAssigned']);
    expect(events[1]!.data).toMatchObject({ group: 'service-desk' });

    const together = await references.allocate('incident', context, 'sub-3', at);
    const appends = jest.spyOn(store, 'appendToStream');
    try {
      await handoff.handle(message('evt-3', INTAKE_EVENTS.submissionAccepted, 'sub-3', accepted('incident', 'sub-3', together)));
      expect(appends.mock.calls.map(([stream, events]) => [stream, events.map((e) => e.type)])).toEqual([
        [streamName('incident', 'acme', 'sub-3'), ['IncidentOpened', 'IncidentAssigned']],
      ]);
    } finally {
      appends.mockRestore();
    }
  });

  it('adds an alert repeat as one note however often it is delivered', async () => {
    const data: AlertCorrelatedV1 = {
      incidentId: 'sub-1',
      reference: 'INC0001001',
      correlationKey: 'service:printing',
      alert: {
        fingerprint: 'fp',
        name: 'PrinterDown',
        service: 'printing',
        severity: 'warning',
        summary: 'down',
        description: '',
        labels: {},
        startsAt: at,
        endsAt: null,
        source: 'alertmanager',
      },
      count: 2,
      at,
    };
    const delivered = message('evt-2', INTAKE_EVENTS.alertCorrelated, 'sub-1', data);
    await handoff.handle(delivered);
    await handoff.handle(delivered);
    const events = await store.readStream(streamName('incident', 'acme', 'sub-1'));
    expect(events.map((e) => e.type)).toEqual(['IncidentOpened', 'IncidentAssigned', 'IncidentNoteAdded']);
  });

  it('submits a service request once, with its REQ reference', async () => {
    const reference = await references.allocate('service-request', context, 'sub-2', at);
    const delivered = message('evt-3', INTAKE_EVENTS.submissionAccepted, 'sub-2', accepted('service-request', 'sub-2', reference));
    await handoff.handle(delivered);
    await handoff.handle(delivered);
    const events = await store.readStream(requestStream('acme', 'sub-2'));
    expect(events.map((e) => e.type)).toEqual(['ServiceRequestSubmitted']);
    expect(events[0]!.data).toMatchObject({ reference: 'REQ0001001', catalogItem: 'Something is broken', requestedFor: 'requester' });
  });

  it("submits a form's request to the approvers its catalog item names, leaving out the requester", async () => {
    await catalog.change(context, { items: [{ name: 'New laptop', approvers: ['budget-holder', 'requester'], managerApproval: false }] }, at);
    const reference = await references.allocate('service-request', context, 'sub-3', at);
    const submission = { ...accepted('service-request', 'sub-3', reference), requestTypeName: 'New laptop' };
    await handoff.handle(message('evt-4', INTAKE_EVENTS.submissionAccepted, 'sub-3', submission));
    const events = await store.readStream(requestStream('acme', 'sub-3'));
    expect(events.map((e) => e.type)).toEqual(['ServiceRequestSubmitted']);
    expect(events[0]!.data).toMatchObject({ catalogItem: 'New laptop', approvers: ['budget-holder'] });
  });
});
