import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { TENANT_EVENTS, TOPICS, type TenantOnboardedV1, type TenantTemplateV1 } from '@deskstream/contracts';
import type { IntegrationBus } from '@deskstream/messaging';
import { describeOnServer, eventually, freshName } from '@deskstream/testing';
import { loadConfig } from '../config/platform-config';
import { PlatformModule } from '../platform.module';
import { TENANT_REGISTRY, type TenantRegistry } from '../tenancy/tenant-registry';
import { INTEGRATION_BUS } from '../tokens';
import { platformConsumerName } from './process-service';

const TIMEOUT = 180_000;
const TENANTS = 24;
const template: TenantTemplateV1 = {
  name: 'empty',
  version: 1,
  description: 'nothing',
  deskRequestTypes: {},
  requestTypes: [],
  groups: [],
  articles: [],
  calendars: [],
  slaDefinitions: [],
  priorityMatrix: [],
  categories: [],
  notificationRules: [],
  notificationTemplates: [],
};

/**
 * The platform's own consumers (here its copy of the tenants) on the real broker: each service is a
 * consumer group of its own, so every service sees every tenant event, while the replicas of one
 * service share their group and split the events between them.
 */
describeOnServer('kafka', 'platform consumer groups', (kafka) => {
  const dirs: string[] = [];
  const apps: INestApplicationContext[] = [];
  let admin: Admin;
  const saved = process.env.DESKSTREAM_BUS;

  /** A replica of `service`: the platform alone, its bus on Kafka, the rest on a data dir of its own. */
  async function replica(service: string): Promise<INestApplicationContext> {
    const dataDir = mkdtempSync(join(tmpdir(), `deskstream-groups-${service}-`));
    dirs.push(dataDir);
    @Module({ imports: [PlatformModule.forRoot(loadConfig({ DESKSTREAM_DATA_DIR: dataDir, KAFKA_BROKERS: kafka.address() }), { service })] })
    class ReplicaModule {}
    const app = await NestFactory.createApplicationContext(ReplicaModule, { logger: false });
    apps.push(app);
    return app;
  }

  const known = async (app: INestApplicationContext, ids: readonly string[]): Promise<string[]> => {
    const registry = app.get<TenantRegistry>(TENANT_REGISTRY);
    const found = await Promise.all(ids.map(async (id) => ((await registry.find(id)) ? id : null)));
    return found.filter((id): id is string => id !== null);
  };

  /** Waits until the group has `members` members and every partition is assigned, so no rebalance redelivers. */
  const stable = (groupId: string, members: number) =>
    eventually(
      async () => {
        const { groups } = await admin.describeGroups([groupId]);
        expect(groups[0]).toMatchObject({ state: 'Stable' });
        expect(groups[0]!.members).toHaveLength(members);
      },
      60_000,
      250,
    );

  beforeAll(async () => {
    process.env.DESKSTREAM_BUS = 'kafka';
    admin = new Kafka({ brokers: kafka.address().split(','), clientId: 'groups-test', logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
  });

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await admin?.disconnect();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    if (saved === undefined) delete process.env.DESKSTREAM_BUS;
    else process.env.DESKSTREAM_BUS = saved;
  }, TIMEOUT);

  it(
    'gives every service every message, and splits them between the replicas of one service',
    async () => {
      // Fresh service names, so the groups start empty on a broker other runs have used.
      const incidents = freshName('incidents').toLowerCase().replace(/_/g, '-');
      const sla = freshName('sla').toLowerCase().replace(/_/g, '-');
      const [first, second, other] = [await replica(incidents), await replica(incidents), await replica(sla)];
      await stable(platformConsumerName(incidents, 'tenants'), 2);
      await stable(platformConsumerName(sla, 'tenants'), 1);

      const ids = Array.from({ length: TENANTS }, (_, i) => freshName(`tenant-${i}`).toLowerCase().replace(/_/g, '-'));
      await other.get<IntegrationBus>(INTEGRATION_BUS).publish(
        ids.map((tenantId) => {
          const data: TenantOnboardedV1 = {
            tenantId,
            name: tenantId,
            timeZone: 'Europe/Paris',
            locale: 'fr-FR',
            desks: [],
            admins: [],
            template,
            by: 'ops',
            at: '2026-01-05T09:00:00.000Z',
          };
          return {
            topic: TOPICS.tenants,
            key: tenantId,
            event: {
              specversion: '1.0',
              id: `${tenantId}-onboarded`,
              source: '/deskstream/tenants',
              type: TENANT_EVENTS.onboarded,
              subject: tenantId,
              time: '2026-01-05T09:00:00.000Z',
              datacontenttype: 'application/json',
              data,
              tenantid: tenantId,
              correlationid: tenantId,
            },
          };
        }),
      );

      await eventually(async () => expect(await known(other, ids)).toEqual(ids), 60_000, 200);
      const [one, two] = await eventually(
        async () => {
          const split = [await known(first, ids), await known(second, ids)];
          expect([...split[0]!, ...split[1]!].sort()).toEqual([...ids].sort());
          return split;
        },
        60_000,
        200,
      );
      // Each replica has its share (two partitions of four), and none has another's.
      expect(one!.length).toBeGreaterThan(0);
      expect(two!.length).toBeGreaterThan(0);
      expect(one!.filter((id) => two!.includes(id))).toEqual([]);
    },
    TIMEOUT,
  );
});
