import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Injectable, Module, type INestApplicationContext, type OnModuleInit } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TENANT_EVENTS, TOPICS } from '@deskstream/contracts';
import type { CloudEvent, IntegrationBus, OutgoingMessage } from '@deskstream/messaging';
import { eventually } from '@deskstream/testing';
import { loadConfig } from '../config/platform-config';
import { ServiceContributions } from '../contributions/service-contributions';
import { PlatformModule } from '../platform.module';
import type { PersonalKeys } from '../privacy/personal-keys';
import { INTEGRATION_BUS, PERSONAL_KEYS } from '../tokens';

/** A stand-in service: a consumer of ticket messages, and data of its own it forgets when a tenant is deleted. */
@Injectable()
class TicketsService implements OnModuleInit {
  readonly handled: string[] = [];
  readonly forgotten: string[] = [];

  constructor(private readonly contributions: ServiceContributions) {}

  onModuleInit(): void {
    this.contributions.addConsumer({
      name: 'test.ticket-watcher',
      topics: ['test.tickets'],
      handle: async (message) => {
        this.handled.push(message.event.id);
      },
    });
    this.contributions.addTenantPurge({ name: 'test-index', purge: async (tenantId) => void this.forgotten.push(tenantId) });
  }
}

@Module({ providers: [TicketsService] })
class TicketsModule {}

const message = (topic: string, id: string, tenantid: string, type: string, data: unknown, key = tenantid): OutgoingMessage => ({
  topic,
  key,
  event: {
    specversion: '1.0',
    id,
    source: '/deskstream/tests',
    type,
    subject: tenantid,
    time: '2026-03-01T10:00:00.000Z',
    datacontenttype: 'application/json',
    data,
    tenantid,
    correlationid: 'c',
  } as CloudEvent,
});
const onboarded = (tenantId: string) =>
  message(TOPICS.tenants, `onboarded-${tenantId}`, tenantId, TENANT_EVENTS.onboarded, {
    tenantId,
    name: tenantId,
    admins: [],
    desks: [],
    timeZone: 'UTC',
    locale: 'en',
  });
const deleted = (tenantId: string) =>
  message(TOPICS.tenants, `deleted-${tenantId}`, tenantId, TENANT_EVENTS.statusChanged, { tenantId, status: 'deleted', reason: null, by: 'system', at: '' });
// One key for every ticket message: handled in order, so once acme's later one is handled, initech's was decided.
const ticket = (id: string, tenantId: string) => message('test.tickets', id, tenantId, 'test.ticket-opened.v1', {}, 'desk');

describe("a deleted tenant's data in each process (embedded adapters)", () => {
  let dataDir: string;
  let app: INestApplicationContext;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'deskstream-deleted-tenants-'));
    app = await NestFactory.createApplicationContext(
      { module: class TestApp {}, imports: [PlatformModule.forRoot(loadConfig({ DESKSTREAM_DATA_DIR: dataDir }), { service: 'tests' }), TicketsModule] },
      { logger: false },
    );
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("given a tenant deleted, then the service forgets its data, and a message of it (redelivered or replayed) is passed over while acme's are handled", async () => {
    const bus = app.get<IntegrationBus>(INTEGRATION_BUS);
    const tickets = app.get(TicketsService);
    await bus.publish([onboarded('initech'), onboarded('acme'), ticket('t-1', 'initech')]);
    await eventually(() => expect(tickets.handled).toEqual(['t-1']));
    const keys = app.get<PersonalKeys>(PERSONAL_KEYS);
    await Promise.all([keys.keyOf('initech', 'peter'), keys.keyOf('acme', 'samir')]);
    await bus.publish([deleted('initech')]);
    await eventually(() => expect(tickets.forgotten).toEqual(['initech']));
    // The keys this process holds of the tenant's people go too (its key store may be its service's alone).
    await eventually(async () => expect(await keys.find('initech', 'peter')).toBeNull());
    expect(await keys.find('acme', 'samir')).not.toBeNull();
    await bus.publish([ticket('t-2', 'initech'), ticket('t-3', 'acme')]);
    await eventually(() => expect(tickets.handled).toEqual(['t-1', 't-3']));
  });
});
