import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Injectable, Module, type INestApplicationContext, type OnModuleInit } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { streamName, type EventStore, type RecordedEvent } from '@deskstream/kernel';
import { toCloudEvent, type DeliveredMessage } from '@deskstream/messaging';
import type { DocumentStore, StoredDocument } from '@deskstream/readmodels';
import type { Scheduler, Timer } from '@deskstream/scheduling';
import { openSqlite, SqliteCheckpointStore, sqliteFileIn } from '@deskstream/sqlite';
import { eventually } from '@deskstream/testing';
import { loadConfig } from '../config/platform-config';
import { ServiceContributions } from '../contributions/service-contributions';
import { PlatformMetrics } from '../metrics/platform-metrics';
import { PlatformModule } from '../platform.module';
import { DOCUMENT_STORE, EVENT_STORE, SCHEDULER } from '../tokens';
import { GATEWAY_NAME, PlatformRuntime } from './platform-runtime';

interface TicketDoc extends StoredDocument {
  readonly title: string;
}

/** A stand-in service module: one projection, one mapper, one consumer of what the mapper publishes, one timer kind. */
@Injectable()
class TicketsContributions implements OnModuleInit {
  readonly consumed: DeliveredMessage[] = [];
  readonly fired: Timer[] = [];

  constructor(private readonly contributions: ServiceContributions) {}

  onModuleInit(): void {
    this.contributions.addProjection<TicketDoc>({
      name: 'ticket-titles',
      collection: 'ticket_titles',
      categories: ['ticket'],
      handles: ['TicketOpened'],
      documentId: (event) => event.streamId.split('.')[1]!,
      apply: (_doc, event) => ({
        id: event.streamId.split('.')[1]!,
        tenantId: event.metadata.tenantId,
        position: event.position,
        title: (event.data as { title: string }).title,
      }),
    });
    this.contributions.addMapper({
      categories: ['ticket'],
      map: (event: RecordedEvent) => [
        {
          topic: 'test.tickets',
          key: event.streamId,
          event: toCloudEvent(event, { source: '/test', type: 'test.ticket-opened.v1', subject: event.streamId, data: event.data }),
        },
      ],
    });
    this.contributions.addConsumer({
      name: 'test.ticket-watcher',
      topics: ['test.tickets'],
      handle: async (message) => {
        this.consumed.push(message);
      },
    });
    this.contributions.onTimer('remind', async (timer) => {
      this.fired.push(timer);
    });
  }
}

@Module({ providers: [TicketsContributions] })
class TicketsModule {}

describe('PlatformRuntime (embedded adapters)', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'deskstream-runtime-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const open = (withTickets: boolean, env: NodeJS.ProcessEnv = {}): Promise<INestApplicationContext> =>
    NestFactory.createApplicationContext(
      {
        module: class TestApp {},
        imports: [PlatformModule.forRoot(loadConfig({ DESKSTREAM_DATA_DIR: dataDir, ...env }), { service: 'tests' }), ...(withTickets ? [TicketsModule] : [])],
      },
      { logger: false },
    );
  const metadata = { tenantId: 'acme', actor: 'agent', correlationId: 'c-1', causationId: 'c-1', occurredAt: '2026-01-05T09:00:00.000Z', schemaVersion: 1 };
  const openTicket = (app: INestApplicationContext, id: string) =>
    app
      .get<EventStore>(EVENT_STORE)
      .appendToStream(streamName('ticket', 'acme', id), [{ eventId: `e-${id}`, type: 'TicketOpened', data: { title: id }, metadata }], {
        expectedRevision: 'no_stream',
      });
  const published = (topic: string): number => {
    const db = openSqlite(sqliteFileIn(dataDir));
    try {
      return (db.prepare('SELECT COUNT(*) AS n FROM bus_messages WHERE topic = ?').get(topic) as { n: number }).n;
    } finally {
      db.close();
    }
  };

  it('runs contributed projections, gateway, consumers and timers, and flushes checkpoints on shutdown', async () => {
    const app = await open(true);
    const store = app.get<EventStore>(EVENT_STORE);
    const tickets = app.get(TicketsContributions);
    const appended = await store.appendToStream(
      streamName('ticket', 'acme', 't-1'),
      [{ eventId: 'e-1', type: 'TicketOpened', data: { title: 'VPN down' }, metadata }],
      { expectedRevision: 'no_stream' },
    );
    await app.get<Scheduler>(SCHEDULER).schedule({ id: 'r-1', tenantId: 'acme', kind: 'remind', dueAt: new Date(Date.now() - 1000), payload: {} });

    await app.get(PlatformRuntime).caughtUp();
    const doc = await app.get<DocumentStore>(DOCUMENT_STORE).collection<TicketDoc>('ticket_titles').get('acme', 't-1');
    expect(doc).toMatchObject({ title: 'VPN down', position: appended.position });
    await eventually(() => expect(tickets.consumed.map((m) => m.event.id)).toEqual(['e-1']));
    await eventually(() => expect(tickets.fired.map((t) => t.id)).toEqual(['r-1']));

    const metrics = await app.get(PlatformMetrics).render();
    expect(metrics.body).toContain(`deskstream_projection_position{projection="ticket-titles"} ${appended.position}`);
    expect(metrics.body).toContain('deskstream_projection_lag_events{projection="ticket-titles"} 0');
    expect(metrics.body).toContain(`deskstream_gateway_position ${appended.position}`);
    // The watcher has handled the one message on its topic: no lag (the line exists once it subscribed).
    await eventually(async () =>
      expect((await app.get(PlatformMetrics).render()).body).toContain('deskstream_consumer_lag_messages{group="test.ticket-watcher",topic="test.tickets"} 0'),
    );
    // Events of categories the projection does not follow move the head, not its lag.
    await store.appendToStream(streamName('audit', 'acme', 'a-1'), [{ eventId: 'e-2', type: 'AuditRecorded', data: {}, metadata }], {
      expectedRevision: 'no_stream',
    });
    expect(await store.headPosition()).toBeGreaterThan(appended.position);
    expect((await app.get(PlatformMetrics).render()).body).toContain('deskstream_projection_lag_events{projection="ticket-titles"} 0');

    await app.close();
    const db = openSqlite(sqliteFileIn(dataDir));
    try {
      const checkpoints = new SqliteCheckpointStore(db);
      expect(await checkpoints.load('projection:ticket-titles')).toBe(appended.position);
      expect(await checkpoints.load(`gateway:${GATEWAY_NAME}`)).toBe(appended.position);
    } finally {
      db.close();
    }
  });

  it('starts and stops cleanly with no contributions at all', async () => {
    const app = await open(false);
    await app.get(PlatformRuntime).caughtUp();
    expect(await app.get(PlatformRuntime).progress()).toMatchObject({ projections: [], gateway: null });
    await app.close();
  });

  it('of two replicas on one store, publishes each event once and runs each projection once; the survivor takes over when one stops', async () => {
    const first = await open(true, { LEASE_TTL_SECONDS: '1' });
    const second = await open(true, { LEASE_TTL_SECONDS: '1' });
    const tickets = await Promise.all(['t-1', 't-2', 't-3'].map((id) => openTicket(second, id)));
    await Promise.all([first, second].map((app) => app.get(PlatformRuntime).caughtUp()));
    await eventually(() => expect(published('test.tickets')).toBe(3));
    // The first replica started first, so it holds every lease; the second waits.
    expect(await first.get(PlatformRuntime).progress()).toMatchObject({
      projections: [{ name: 'ticket-titles' }],
      gateway: { position: tickets[2]!.position },
    });
    expect(await second.get(PlatformRuntime).progress()).toMatchObject({ projections: [], gateway: null });
    const consumed = () => [first, second].flatMap((app) => app.get(TicketsContributions).consumed.map((m) => m.event.id));
    await eventually(() => expect(new Set(consumed())).toEqual(new Set(['e-t-1', 'e-t-2', 'e-t-3'])));

    await first.close();
    const later = await openTicket(second, 't-4');
    await eventually(async () => expect((await second.get(PlatformRuntime).progress()).gateway).toEqual({ position: later.position }));
    await second.get(PlatformRuntime).caughtUp();
    expect(published('test.tickets')).toBe(4);
    const titles = await second.get<DocumentStore>(DOCUMENT_STORE).collection<TicketDoc>('ticket_titles').get('acme', 't-4');
    expect(titles).toMatchObject({ title: 't-4', position: later.position });
    await eventually(() => expect(consumed()).toContain('e-t-4'));
    await second.close();
  });
});
