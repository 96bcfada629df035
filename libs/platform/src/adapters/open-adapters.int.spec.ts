import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventMetadata, systemClock } from '@deskstream/kernel';
import { describeOnServer, eventually, freshName } from '@deskstream/testing';
import { loadConfig } from '../config/platform-config';
import { CryptoShreddingEventStore } from '../privacy/crypto-shredding-event-store';
import { openAdapters } from './open-adapters';
import { ADAPTER_NAMES, type PlatformAdapters } from './platform-adapters';

describeOnServer('kafka', 'openAdapters', (kafka) => {
  describeOnServer('mongodb', 'a mixed deployment', (mongo) => {
    let dataDir: string;
    let adapters: PlatformAdapters;
    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'deskstream-adapters-'));
      const url = new URL(mongo.address());
      url.pathname = `/${freshName('adapters')}`;
      const config = loadConfig({ DESKSTREAM_DATA_DIR: dataDir, KAFKA_BROKERS: kafka.address(), MONGODB_URL: url.toString() });
      // Events on SQLite, messages on Kafka, read models and timers on the MongoDB-protocol server.
      adapters = await openAdapters(config, systemClock, { DESKSTREAM_BUS: 'kafka', DESKSTREAM_READ_MODELS: 'mongodb', DESKSTREAM_SCHEDULER: 'mongodb' });
    }, 60_000);
    afterAll(async () => {
      await adapters?.close();
      rmSync(dataDir, { recursive: true, force: true });
    }, 60_000);

    it('opens each port on its own backend, every probe answering', async () => {
      expect(adapters.bus.constructor.name).not.toBe('SqliteIntegrationBus');
      expect(adapters.documents.constructor.name).toBe('MongoDocumentStore');
      expect(adapters.scheduler.constructor.name).toBe('MongoScheduler');
      // Events are kept on SQLite, behind the store that seals personal data.
      expect(adapters.eventStore).toBeInstanceOf(CryptoShreddingEventStore);
      expect((adapters.eventStore as CryptoShreddingEventStore).inner.constructor.name).toBe('SqliteEventStore');
      for (const name of ADAPTER_NAMES) await expect(adapters.probes[name]()).resolves.toBeUndefined();
    }, 60_000);

    it('carries a message over Kafka and keeps a read model in MongoDB', async () => {
      const topic = freshName('adapters');
      const seen: string[] = [];
      const consumer = await adapters.bus.subscribe({ groupId: freshName('group'), topics: [topic] }, async (message) => {
        seen.push(message.key);
      });
      try {
        await adapters.bus.publish([
          {
            topic,
            key: 'INC0001001',
            event: {
              specversion: '1.0',
              id: freshName('event'),
              source: '/deskstream/tests',
              type: 'deskstream.tests.thing-happened.v1',
              subject: 'INC0001001',
              time: '2026-01-05T09:00:00.000Z',
              datacontenttype: 'application/json',
              data: {},
              tenantid: 'acme',
              correlationid: 'c-1',
            },
          },
        ]);
        await eventually(() => expect(seen).toEqual(['INC0001001']), 45_000);
      } finally {
        await consumer.stop();
      }
      const queue = adapters.documents.collection('queue');
      await queue.put({ tenantId: 'acme', id: 'INC0001001', position: 1 });
      expect(await queue.get('acme', 'INC0001001')).toEqual({ tenantId: 'acme', id: 'INC0001001', position: 1 });
    }, 120_000);

    it('purges a deleted tenant from every adapter it runs on: events from the SQLite file, documents from MongoDB', async () => {
      const tickets = adapters.documents.collection('purged-tickets');
      for (const tenantId of ['initech', 'acme']) {
        await tickets.put({ tenantId, id: 'INC0001001', position: 1 });
        await adapters.eventStore.appendToStream(
          `ticket-${tenantId}.1`,
          [
            {
              eventId: freshName('event'),
              type: 'Opened',
              data: {},
              metadata: eventMetadata({ tenantId, actor: 'a', correlationId: 'c' }, '2026-01-05T09:00:00.000Z'),
            },
          ],
          { expectedRevision: 'no_stream' },
        );
      }
      expect(await adapters.tenantPurge.purge('initech')).toEqual({ events: 1, 'rm_purged-tickets': 1 });
      expect(await tickets.get('initech', 'INC0001001')).toBeNull();
      expect(await adapters.eventStore.readStream('ticket-initech.1')).toEqual([]);
      expect(await tickets.get('acme', 'INC0001001')).not.toBeNull();
      expect(await adapters.eventStore.readStream('ticket-acme.1')).toHaveLength(1);
    }, 60_000);
  });
});
