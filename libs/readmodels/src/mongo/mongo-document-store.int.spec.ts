import { describeWithContainers } from '@deskstream/testing';
import { MongoDBContainer, type StartedMongoDBContainer } from '@testcontainers/mongodb';
import mongoose from 'mongoose';
import { documentStoreContract } from '../document-store.contract';
import { MongoCheckpointStore } from './mongo-checkpoint-store';
import { MongoDocumentStore } from './mongo-document-store';

const STARTUP_MS = 180_000;

describeWithContainers('MongoDB read models', () => {
  let container: StartedMongoDBContainer;
  let connection: mongoose.Connection;

  beforeAll(async () => {
    container = await new MongoDBContainer('mongo:8.0').start();
    // The container runs a one-node replica set announced under its internal host name.
    connection = await mongoose.createConnection(container.getConnectionString(), { directConnection: true, dbName: 'readmodels' }).asPromise();
  }, STARTUP_MS);

  afterAll(async () => {
    await connection?.close();
    await container?.stop();
  }, STARTUP_MS);

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
  });
});
