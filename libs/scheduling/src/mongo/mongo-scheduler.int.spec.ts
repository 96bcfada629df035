import { randomUUID } from 'node:crypto';
import { createConnection, type Connection } from 'mongoose';
import { MongoDBContainer, type StartedMongoDBContainer } from '@testcontainers/mongodb';
import { describeWithContainers } from '@deskstream/testing';
import { schedulerContract } from '../scheduler.contract';
import { MongoScheduler } from './mongo-scheduler';

describeWithContainers('MongoScheduler on MongoDB (testcontainers)', () => {
  let container: StartedMongoDBContainer;

  beforeAll(async () => {
    container = await new MongoDBContainer('mongo:8.0').start();
  }, 180_000);
  afterAll(async () => {
    await container?.stop();
  });

  schedulerContract('MongoScheduler', async () => {
    // A database per test keeps the tests apart on one container.
    const dbName = `timers-${randomUUID()}`;
    let connections: Connection[] = [];
    const closeAll = async (): Promise<void> => {
      await Promise.all(connections.map((c) => c.close()));
      connections = [];
    };
    return {
      async replica(owner, clock, options) {
        const connection = await createConnection(container.getConnectionString(), {
          dbName,
          directConnection: true,
        }).asPromise();
        connections.push(connection);
        return new MongoScheduler(connection, { ...options, owner, clock });
      },
      async restart() {
        await closeAll();
      },
      async close() {
        const cleanup = await createConnection(container.getConnectionString(), { dbName, directConnection: true }).asPromise();
        await cleanup.dropDatabase();
        await cleanup.close();
        await closeAll();
      },
    };
  });
});
