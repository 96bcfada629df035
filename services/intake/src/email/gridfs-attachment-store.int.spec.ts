import { describeOnServer, testDatabase, type TestDatabase } from '@deskstream/testing';
import { attachmentStoreContract } from './attachment-store.contract';
import { GridFsAttachmentStore } from './gridfs-attachment-store';

describeOnServer('mongodb', 'GridFsAttachmentStore', (server) => {
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    await Promise.all(databases.map((database) => database.drop()));
  });

  it('lists by tenant and ticket through an index, not by scanning every file', async () => {
    const database = testDatabase(server, 'attachments');
    databases.push(database);
    const connection = await database.connect();
    const store = new GridFsAttachmentStore(connection);
    await store.save({ tenantId: 'acme', ticketId: 'INC0001001', filename: 'log.txt', contentType: 'text/plain', content: Buffer.from('x') });
    const indexes = await connection.db!.collection('attachments.files').listIndexes().toArray();
    expect(indexes.map((index) => index.key)).toContainEqual({ 'metadata.tenantId': 1, 'metadata.ticketId': 1, uploadDate: 1 });
  });

  // A fresh database per test: the contract expects an empty store.
  attachmentStoreContract('GridFS', async () => {
    const database = testDatabase(server, 'attachments');
    databases.push(database);
    return new GridFsAttachmentStore(await database.connect());
  });
});
