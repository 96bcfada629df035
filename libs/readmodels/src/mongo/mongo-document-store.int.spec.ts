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
});
