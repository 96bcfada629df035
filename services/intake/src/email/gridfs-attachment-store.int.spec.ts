import mongoose from 'mongoose';
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

  it("removes a deleted tenant's files and their chunks (found through the same index), and leaves another tenant's", async () => {
    const database = testDatabase(server, 'attachments');
    databases.push(database);
    const connection = await database.connect();
    const store = new GridFsAttachmentStore(connection);
    const file = (tenantId: string, ticketId: string) =>
      store.save({ tenantId, ticketId, filename: 'photo.jpg', contentType: 'image/jpeg', content: Buffer.from(`${tenantId} ${ticketId}`) });
    const purged = [await file('initech', 'INC0001001'), await file('initech', 'INC0001002')];
    const kept = await file('acme', 'INC0001001');

    expect(await store.purgeTenant('initech')).toBe(2);

    expect(await store.list('initech', 'INC0001001')).toEqual([]);
    expect(await store.read('initech', 'INC0001002', purged[1]!.id)).toBeNull();
    const chunks = connection.db!.collection('attachments.chunks');
    for (const { id } of purged) expect(await chunks.countDocuments({ files_id: new mongoose.mongo.ObjectId(id) })).toBe(0);
    expect((await store.read('acme', 'INC0001001', kept.id))?.toString()).toBe('acme INC0001001');
    expect(await store.purgeTenant('initech')).toBe(0);
  });

  // A fresh database per test: the contract expects an empty store.
  attachmentStoreContract('GridFS', async () => {
    const database = testDatabase(server, 'attachments');
    databases.push(database);
    return new GridFsAttachmentStore(await database.connect());
  });
});
