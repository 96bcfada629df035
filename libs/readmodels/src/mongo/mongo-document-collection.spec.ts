import mongoose from 'mongoose';
import { MongoDocumentCollection } from './mongo-document-collection';

type Native = mongoose.mongo.Collection<mongoose.mongo.Document>;

/** What the driver throws for a bulk write that the server applied but could not replicate as asked. */
function writeConcernFailure(): mongoose.mongo.MongoBulkWriteError {
  const result = {
    matchedCount: 1,
    upsertedCount: 0,
    getWriteConcernError: () => ({ code: 64, errmsg: 'waiting for replication timed out' }),
  };
  const error = Object.create(mongoose.mongo.MongoBulkWriteError.prototype) as mongoose.mongo.MongoBulkWriteError;
  return Object.assign(error, { message: 'waiting for replication timed out', code: 64, writeErrors: [], result });
}

describe('MongoDocumentCollection.writeMany', () => {
  it('fails on a write-concern error, so the caller does not move its checkpoint past unreplicated writes', async () => {
    const native = { collectionName: 'rm_x', bulkWrite: async () => Promise.reject(writeConcernFailure()) } as unknown as Native;
    const collection = new MongoDocumentCollection(
      () => native,
      async () => undefined,
    );
    await expect(collection.writeMany([{ kind: 'put', doc: { tenantId: 'a', id: '1', position: 1 } }])).rejects.toThrow(/replication/);
  });
});
