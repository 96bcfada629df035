import { randomUUID } from 'node:crypto';
import { createConnection, type Connection } from 'mongoose';
import { MongoDBContainer, type StartedMongoDBContainer } from '@testcontainers/mongodb';
import { describeWithContainers } from '@deskstream/testing';
import { inboxContract } from '../inbox.contract';
import { MongoInbox } from './mongo-inbox';

describeWithContainers('MongoInbox on MongoDB (testcontainers)', () => {
  let container: StartedMongoDBContainer | undefined;
  let connection: Connection | undefined;

  beforeAll(async () => {
    container = await new MongoDBContainer('mongo:8.0').start();
    connection = await createConnection(container.getConnectionString(), {
      dbName: `inbox-${randomUUID()}`,
      directConnection: true,
    }).asPromise();
  }, 180_000);

  afterAll(async () => {
    await connection?.close();
    await container?.stop();
  }, 60_000);

  inboxContract(
    'MongoInbox',
    async () => {
      if (!connection) throw new Error('the MongoDB container did not start');
      return new MongoInbox(connection);
    },
    { testTimeoutMs: 60_000 },
  );
});
