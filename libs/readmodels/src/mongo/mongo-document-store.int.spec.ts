import type { Connection } from 'mongoose';
import { describeOnServer, testDatabase, type TestDatabase } from '@deskstream/testing';
import { documentStoreContract } from '../document-store.contract';
import { MongoCheckpointStore } from './mongo-checkpoint-store';
import { MongoDocumentStore } from './mongo-document-store';

describeOnServer('mongodb', 'MongoDB read models', (server) => {
  let database: TestDatabase;
  let connection: Connection;

  beforeAll(async () => {
    database = testDatabase(server, 'readmodels');
    connection = await database.connect();
  });
  afterAll(async () => {
    await database?.drop();
  });

  documentStoreContract('MongoDB', async () => new MongoDocumentStore(connection));

  describe('MongoCheckpointStore', () => {
    it('has no position for a name it never saw, then the last one saved', async () => {
      const checkpoints = new MongoCheckpointStore(connection);
      expect(await checkpoints.load('projection:never')).toBeUndefined();
      await checkpoints.save('projection:queue', 41);
      await checkpoints.save('projection:queue', 42);
      await checkpoints.save('projection:other', 7);
      expect(await checkpoints.load('projection:queue')).toBe(42);
      expect(await checkpoints.load('projection:other')).toBe(7);
    });

    it('never moves a checkpoint back: a lagging replica saving an older position leaves the newer one', async () => {
      const checkpoints = new MongoCheckpointStore(connection);
      await checkpoints.save('gateway:default', 120);
      await new MongoCheckpointStore(connection).save('gateway:default', 80);
      expect(await checkpoints.load('gateway:default')).toBe(120);
    });
  });

  describe('deletes', () => {
    it('keep a deleted document deleted when an older write of it is replayed, and let a newer one back', async () => {
      const store = new MongoDocumentStore(connection);
      const tickets = store.collection<{ tenantId: string; id: string; position: number; title?: string }>('tombstoned');
      expect(await tickets.put({ tenantId: 'a', id: 't1', position: 5, title: 'open' })).toBe(true);
      expect(await tickets.delete('a', 't1', 9)).toBe(true);
      // A redelivery after a crash replays the write at 5.
      expect(await tickets.put({ tenantId: 'a', id: 't1', position: 5, title: 'open' })).toBe(false);
      expect(await tickets.get('a', 't1')).toBeNull();
      expect(await tickets.count('a')).toBe(0);
      expect((await tickets.find('a')).items).toEqual([]);
      expect(await tickets.countBy('a', ['title'])).toEqual([]);
      expect(await tickets.put({ tenantId: 'a', id: 't1', position: 12, title: 'reopened' })).toBe(true);
      expect((await tickets.get('a', 't1'))?.title).toBe('reopened');
    });
  });

  describe('purging a deleted tenant', () => {
    type Ticket = { tenantId: string; id: string; position: number; title: string };
    const physicalOf = async (name: string) =>
      (await connection.db!.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).filter((c) => c.startsWith(`rm_${name}`));
    const documentsIn = (physical: string, tenantId: string) => connection.db!.collection(physical).countDocuments({ tenantId });

    it("given two tenants' documents in live, shadow and tombstoned copies, when one is purged, then none of its documents remain, the indexes stay and the other's are untouched", async () => {
      const store = new MongoDocumentStore(connection);
      const tickets = store.collection<Ticket>('purged-tickets');
      const notes = store.collection<Ticket>('purged-notes');
      await store.ensureIndexes('purged-tickets', [['title']]);
      for (const tenantId of ['initech', 'acme']) {
        await tickets.put({ tenantId, id: 't1', position: 1, title: 'open' });
        await tickets.put({ tenantId, id: 't2', position: 2, title: 'open' });
        await tickets.delete(tenantId, 't2', 3);
        await notes.put({ tenantId, id: 'n1', position: 1, title: 'note' });
      }
      const shadow = await store.createShadow<Ticket>('purged-tickets');
      await shadow.collection.put({ tenantId: 'initech', id: 't1', position: 1, title: 'open' });
      const indexes = async () => (await connection.db!.collection('rm_purged-tickets').listIndexes().toArray()).map((index) => index.name as string).sort();
      const indexesBefore = await indexes();

      const removed = await store.purgeTenant('initech');

      expect(removed).toEqual({ 'rm_purged-tickets': 2, 'rm_purged-notes': 1, [shadow.physicalName]: 1 });
      for (const physical of [...(await physicalOf('purged-tickets')), ...(await physicalOf('purged-notes'))]) {
        expect(await documentsIn(physical, 'initech')).toBe(0);
      }
      expect(await tickets.get('initech', 't1')).toBeNull();
      expect(await tickets.get('acme', 't1')).toMatchObject({ title: 'open' });
      expect(await tickets.count('acme')).toBe(1);
      expect(await notes.count('acme')).toBe(1);
      // acme's tombstone stays: a replayed older write of its deleted document still finds it.
      expect(await tickets.put({ tenantId: 'acme', id: 't2', position: 2, title: 'open' })).toBe(false);
      expect(await indexes()).toEqual(indexesBefore);
      expect(await store.purgeTenant('initech')).toEqual({});
    });
  });
});
