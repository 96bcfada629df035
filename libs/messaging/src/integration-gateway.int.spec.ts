import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseStreamName, streamName, type RecordedEvent } from '@deskstream/kernel';
import { SqliteEventStore } from '@deskstream/eventstore';
import { openSqlite, SqliteCheckpointStore, type Sqlite } from '@deskstream/sqlite';
import { eventually, recordSpansInBlock } from '@deskstream/testing';
import { toCloudEvent } from './cloud-event';
import { Recorder, unique } from './contract-fixtures';
import { subscribeWithInbox } from './inbox-consumer';
import { IntegrationGateway, type IntegrationGatewayDeps } from './integration-gateway';
import type { Consumer, Inbox, IntegrationBus, IntegrationEventMapper } from './integration-bus.port';
import { SqliteInbox } from './sqlite/sqlite-inbox';
import { SqliteIntegrationBus } from './sqlite/sqlite-integration-bus';

const incidentsMapper = (topic: string): IntegrationEventMapper => ({
  categories: ['incident'],
  map: (event: RecordedEvent) => {
    const { id } = parseStreamName(event.streamId);
    const type = `deskstream.incidents.${event.type.toLowerCase()}.v1`;
    return [{ topic, key: id, event: toCloudEvent(event, { source: '/deskstream/incidents', type, subject: id, data: event.data }) }];
  },
});

describe('IntegrationGateway on SQLite (event store, bus, checkpoints)', () => {
  let dir: string;
  let db: Sqlite;
  let store: SqliteEventStore;
  let bus: SqliteIntegrationBus;
  let checkpoints: SqliteCheckpointStore;
  let topic: string;
  let name: string;
  const gateways: IntegrationGateway[] = [];
  const recorders: Recorder[] = [];
  const consumers: Consumer[] = [];

  const gateway = (overrides: Partial<IntegrationGatewayDeps> = {}) => {
    const created = new IntegrationGateway({ store, bus, checkpoints, mappers: [incidentsMapper(topic)], name, restartDelayMs: 10, ...overrides });
    gateways.push(created);
    return created;
  };
  const append = async (category: string, id: string, type: string, traceparent?: string) => {
    const eventId = randomUUID();
    const metadata = {
      tenantId: 'acme',
      actor: 'agent-1',
      correlationId: 'corr-1',
      causationId: 'cmd-1',
      occurredAt: '2026-01-05T09:00:00.000Z',
      schemaVersion: 1,
      ...(traceparent ? { traceparent } : {}),
    };
    const { position } = await store.appendToStream(streamName(category, 'acme', id), [{ eventId, type, data: { id }, metadata }], {
      expectedRevision: 'any',
    });
    return { eventId, position };
  };
  const consume = async (groupId = unique('group')) => {
    const recorder = await new Recorder().subscribe(bus, { groupId, topics: [topic] });
    recorders.push(recorder);
    return recorder;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'deskstream-gateway-'));
    db = openSqlite(join(dir, 'deskstream.sqlite'));
    store = new SqliteEventStore(db);
    bus = new SqliteIntegrationBus(db, { pollIntervalMs: 20 });
    checkpoints = new SqliteCheckpointStore(db);
    topic = unique('incidents');
    name = unique('gw');
  });

  afterEach(async () => {
    await Promise.all(gateways.splice(0).map((g) => g.stop()));
    await Promise.all([...recorders.splice(0), ...consumers.splice(0)].map((c) => c.stop()));
    await bus.close();
    await store.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes the committed events of its categories, in order, with the event id as the CloudEvent id', async () => {
    const a1 = await append('incident', 'inc-1', 'IncidentOpened');
    const b1 = await append('incident', 'inc-2', 'IncidentOpened');
    await append('problem', 'prb-1', 'ProblemLogged');
    const a2 = await append('incident', 'inc-1', 'IncidentAssigned');
    const running = gateway();
    await running.start();
    await running.caughtUp();
    expect(running.position()).toBe(a2.position);

    const recorder = await consume();
    await eventually(() => expect(recorder.handled).toHaveLength(3), 5000);
    expect(recorder.handled.filter((m) => m.key === 'inc-1').map((m) => m.event.id)).toEqual([a1.eventId, a2.eventId]);
    expect(recorder.handled.find((m) => m.key === 'inc-2')).toMatchObject({
      event: { id: b1.eventId, type: 'deskstream.incidents.incidentopened.v1', tenantid: 'acme', subject: 'inc-2' },
      headers: { ce_id: b1.eventId, tenantid: 'acme' },
    });

    const live = await append('incident', 'inc-1', 'IncidentResolved');
    await running.caughtUp();
    await eventually(() => expect(recorder.ids()).toContain(live.eventId), 5000);
  });

  it('publishes the events delivered together with one bus.publish, in order', async () => {
    const events: { eventId: string; position: number }[] = [];
    for (let i = 0; i < 5; i += 1) events.push(await append('incident', `inc-${i % 2}`, 'IncidentOpened'));
    const calls: number[] = [];
    const counting: IntegrationBus = {
      publish: async (messages) => {
        calls.push(messages.length);
        await bus.publish(messages);
      },
      subscribe: (options, handler) => bus.subscribe(options, handler),
      consumerLag: () => bus.consumerLag(),
      close: () => bus.close(),
    };
    const running = gateway({ bus: counting });
    await running.start();
    await running.caughtUp();
    expect(calls).toEqual([5]);
    const recorder = await consume();
    await eventually(() => expect(recorder.handled).toHaveLength(5), 5000);
    expect(recorder.handled.filter((m) => m.key === 'inc-0').map((m) => m.event.id)).toEqual([0, 2, 4].map((i) => events[i]!.eventId));
  });

  it('resumes from its checkpoint after a restart: nothing lost, nothing repeated', async () => {
    const first = gateway();
    await first.start();
    const before = [await append('incident', 'inc-1', 'IncidentOpened'), await append('incident', 'inc-1', 'IncidentAssigned')];
    await first.caughtUp();
    await first.stop();
    await expect(checkpoints.load(`gateway:${name}`)).resolves.toBe(before[1]?.position);

    const whileDown = [await append('incident', 'inc-1', 'IncidentResolved'), await append('incident', 'inc-2', 'IncidentOpened')];
    const second = gateway();
    await second.start();
    await second.caughtUp();
    const recorder = await consume();
    const all = [...before, ...whileDown].map((e) => e.eventId);
    await eventually(() => expect([...recorder.ids()].sort()).toEqual([...all].sort()), 5000);
    expect(recorder.handled.filter((m) => m.key === 'inc-1').map((m) => m.event.id)).toEqual(all.slice(0, 3));
  });

  it('restarts after a failed publish and loses nothing', async () => {
    let failuresLeft = 2;
    const flaky: IntegrationBus = {
      publish: async (messages) => {
        if (failuresLeft-- > 0) throw new Error('broker unavailable');
        await bus.publish(messages);
      },
      subscribe: (options, handler) => bus.subscribe(options, handler),
      consumerLag: () => bus.consumerLag(),
      close: () => bus.close(),
    };
    const errors: unknown[] = [];
    const events = [await append('incident', 'inc-1', 'IncidentOpened'), await append('incident', 'inc-1', 'IncidentAssigned')];
    const running = gateway({ bus: flaky, onError: (error) => errors.push(error) });
    await running.start();
    await running.caughtUp();
    expect(errors).toHaveLength(2);
    const recorder = await consume();
    await eventually(() => expect(recorder.ids()).toEqual(events.map((e) => e.eventId)), 5000);
  });

  it('lets a consumer with an inbox handle a message republished after a crash only once', async () => {
    const sqliteInbox = new SqliteInbox(db);
    let deliveries = 0;
    const inbox: Inbox = {
      handleOnce: (consumer, messageId, effect) => {
        deliveries += 1;
        return sqliteInbox.handleOnce(consumer, messageId, effect);
      },
    };
    const effects: string[] = [];
    consumers.push(
      await subscribeWithInbox(bus, inbox, { groupId: unique('group'), topics: [topic] }, async (message) => {
        effects.push(message.event.id);
      }),
    );
    const everything = await consume();

    const first = gateway();
    await first.start();
    const events = [await append('incident', 'inc-1', 'IncidentOpened'), await append('incident', 'inc-1', 'IncidentAssigned')];
    await first.caughtUp();
    await first.stop();
    // A crash before the checkpoint was saved: the restarted gateway publishes both events again.
    await checkpoints.save(`gateway:${name}`, events[0]!.position - 1);
    const second = gateway();
    await second.start();
    await second.caughtUp();

    await eventually(() => expect(everything.handled).toHaveLength(4), 5000);
    await eventually(() => expect(deliveries).toBe(4), 5000);
    expect(effects).toEqual(events.map((e) => e.eventId));
  });

  describe('with a tracer registered', () => {
    const exporter = recordSpansInBlock();

    it('publishes in a span that continues the trace of the event, and puts its traceparent in the headers', async () => {
      const traceId = '0af7651916cd43dd8448eb211c80319c';
      const commandSpanId = 'b7ad6b7169203331';
      await append('incident', 'inc-1', 'IncidentOpened', `00-${traceId}-${commandSpanId}-01`);
      const running = gateway();
      await running.start();
      await running.caughtUp();
      const recorder = await consume();
      await eventually(() => expect(recorder.handled).toHaveLength(1), 5000);

      const [, headerTrace, headerSpan] = recorder.handled[0]!.headers.traceparent!.split('-');
      expect(headerTrace).toBe(traceId);
      const publishSpan = exporter.getFinishedSpans().find((s) => s.spanContext().spanId === headerSpan);
      expect(publishSpan?.parentSpanContext?.spanId).toBe(commandSpanId);
      await eventually(() => {
        const processSpan = exporter.getFinishedSpans().find((s) => s.name === `${topic} process`);
        expect(processSpan?.parentSpanContext?.spanId).toBe(headerSpan);
      }, 5000);
    });
  });
});
