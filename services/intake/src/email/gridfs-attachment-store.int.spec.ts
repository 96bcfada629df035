import { describeWithContainers } from '@deskstream/testing';
import { MongoDBContainer, type StartedMongoDBContainer } from '@testcontainers/mongodb';
import mongoose from 'mongoose';
import { attachmentStoreContract } from './attachment-store.contract';
import { GridFsAttachmentStore } from './gridfs-attachment-store';

const STARTUP_MS = 180_000;

describeWithContainers('GridFsAttachmentStore on MongoDB (testcontainers)', () => {
  let container: StartedMongoDBContainer;
  let connection: mongoose.Connection;

  beforeAll(async () => {
    container = await new MongoDBContainer('mongo:8.0').start();
    connection = await mongoose.createConnection(container.getConnectionString(), { directConnection: true, dbName: 'attachments' }).asPromise();
  }, STARTUP_MS);

  afterAll(async () => {
    await connection?.close();
    await container?.stop();
  }, STARTUP_MS);

  // A fresh database per test: the contract expects an empty store.
  attachmentStoreContract('GridFS', async () => new GridFsAttachmentStore(connection.useDb(`attachments_${String(Math.random()).slice(2)}`)));
});
