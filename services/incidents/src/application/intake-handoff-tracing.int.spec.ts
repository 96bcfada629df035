import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { INTAKE_EVENTS, INTAKE_TOPIC, type SubmissionAcceptedV1 } from '@deskstream/contracts';
import { SqliteEventStore } from '@deskstream/eventstore';
import { ManualClock, SequentialIds, streamName } from '@deskstream/kernel';
import { consumeInSpan, type DeliveredMessage } from '@deskstream/messaging';
import { loadConfig, startTelemetry } from '@deskstream/platform';
import { openSqlite } from '@deskstream/sqlite';
import { IncidentReferences } from './incident-references';
import { IncidentSettingsRepository } from './incident-settings.repository';
import { ServiceCatalogRepository } from './service-catalog.repository';
import { IntakeHandoff } from './intake-handoff';

const at = '2026-01-05T09:00:00.000Z';
const PRODUCER = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';

describe('the intake hand-off continues the trace of the message it handles', () => {
  const exporter = new InMemorySpanExporter();
  const db = openSqlite(':memory:');
  const store = new SqliteEventStore(db);
  const ids = new SequentialIds('id');
  const handoff = new IntakeHandoff(store, new ManualClock(at), ids, new IncidentSettingsRepository(store, ids), new ServiceCatalogRepository(store, ids));
  let stopTelemetry: () => Promise<void>;
  beforeAll(() => (stopTelemetry = startTelemetry(loadConfig({ OTEL_SERVICE_NAME: 'deskstream-test' }), { exporter })));
  afterAll(async () => {
    db.close();
    await stopTelemetry();
  });

  it("records the consumer's span as the traceparent of every event its commands append", async () => {
    const reference = await new IncidentReferences(store, ids).allocate({ tenantId: 'acme', actor: 'requester', correlationId: 'c-1' }, 'sub-1', at);
    const data: Partial<SubmissionAcceptedV1> = {
      submissionId: 'sub-1',
      kind: 'incident',
      incidentId: 'sub-1',
      requestId: null,
      reference,
      caller: 'requester',
      recordedBy: 'requester',
      channel: 'portal',
      requestTypeName: 'Something is broken',
      shortDescription: 'Printer jammed',
      description: 'Floor 3',
      classification: { requestType: 'broken', category: 'hardware', group: 'service-desk', impact: 2, urgency: 2, decisions: [] },
      fields: {},
      at,
    };
    const message: DeliveredMessage = {
      topic: INTAKE_TOPIC,
      key: 'sub-1',
      partition: 0,
      offset: 0,
      headers: { traceparent: PRODUCER },
      event: {
        specversion: '1.0',
        id: 'evt-1',
        source: '/deskstream/intake',
        type: INTAKE_EVENTS.submissionAccepted,
        subject: 'sub-1',
        time: at,
        datacontenttype: 'application/json',
        data,
        tenantid: 'acme',
        correlationid: 'c-1',
      },
    };
    await consumeInSpan(message, () => handoff.handle(message));

    const spans = exporter.getFinishedSpans();
    const consumer = spans.find((span) => span.name === `${INTAKE_TOPIC} process`)!;
    const command = spans.find((span) => span.name === 'incidents intake-handoff')!;
    expect(consumer.parentSpanContext?.spanId).toBe('b7ad6b7169203331');
    expect(command.parentSpanContext?.spanId).toBe(consumer.spanContext().spanId);
    const events = await store.readStream(streamName('incident', 'acme', 'sub-1'));
    expect(events.map((event) => event.type)).toEqual(['IncidentOpened', 'IncidentAssigned']);
    for (const event of events) expect(event.metadata.traceparent).toBe(`00-0af7651916cd43dd8448eb211c80319c-${command.spanContext().spanId}-01`);
  });
});
