import mongoose from 'mongoose';
import type { DocumentCollection, Filter, FindOptions, GroupCount, Page, StoredDocument } from '../document-store.port';
import { checkDocument, checkField, checkLimit, decodeCursor, encodeCursor, orderGroups, sortKeys } from '../document-query';
import type { BatchDocumentWriter, DocumentWrite } from '../document-writes';
import { afterQuery, filterQuery, groupKey, sortSpec } from './mongo-query';

type Native = mongoose.mongo.Collection<mongoose.mongo.Document>;
type WriteModel = mongoose.mongo.AnyBulkWriteOperation<mongoose.mongo.Document>;

const DUPLICATE_KEY = 11000;
const WITHOUT_ID = { projection: { _id: 0 } } as const;

/** Documents of one tenant with the same id: the upsert's insert half fails on this index. */
export async function ensureIdentityIndex(collection: Native): Promise<void> {
  await collection.createIndex({ tenantId: 1, id: 1 }, { unique: true, name: 'tenant_id' });
}

function isDuplicateKey(error: unknown): boolean {
  return error instanceof mongoose.mongo.MongoServerError && error.code === DUPLICATE_KEY;
}

function writeModel(write: DocumentWrite): WriteModel {
  if (write.kind === 'put') {
    const { tenantId, id, position } = write.doc;
    return { replaceOne: { filter: { tenantId, id, position: { $lt: position } }, replacement: { ...write.doc }, upsert: true } };
  }
  return { deleteOne: { filter: { tenantId: write.tenantId, id: write.id, position: { $lt: write.position } } } };
}

/** Splits writes so that no chunk touches a document twice: unordered bulk writes may run in any order. */
function chunksWithUniqueKeys<W extends DocumentWrite>(writes: readonly W[]): W[][] {
  const chunks: W[][] = [];
  let keys = new Set<string>();
  let chunk: W[] = [];
  for (const write of writes) {
    const key = write.kind === 'put' ? `${write.doc.tenantId}\u0000${write.doc.id}` : `${write.tenantId}\u0000${write.id}`;
    if (keys.has(key)) {
      chunks.push(chunk);
      chunk = [];
      keys = new Set();
    }
    keys.add(key);
    chunk.push(write);
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/**
 * One logical collection in MongoDB. Writes are guarded upserts: the filter only matches an older
 * version, so for a newer stored version the upsert tries an insert and the unique (tenantId, id)
 * index refuses it; that duplicate-key error means "already applied".
 */
export class MongoDocumentCollection<T extends StoredDocument = StoredDocument>
  implements DocumentCollection<T>, BatchDocumentWriter<T>
{
  private ready: Promise<void> | null = null;

  constructor(
    private readonly native: () => Native,
    private readonly prepare: (collection: Native) => Promise<void> = ensureIdentityIndex,
  ) {}

  async get(tenantId: string, id: string): Promise<T | null> {
    return (await (await this.collection()).findOne({ tenantId, id }, WITHOUT_ID)) as T | null;
  }

  async put(doc: T): Promise<boolean> {
    checkDocument(doc);
    const collection = await this.collection();
    try {
      const result = await collection.replaceOne({ tenantId: doc.tenantId, id: doc.id, position: { $lt: doc.position } }, { ...doc }, {
        upsert: true,
      });
      return result.matchedCount + result.upsertedCount > 0;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  async delete(tenantId: string, id: string, position: number): Promise<boolean> {
    const result = await (await this.collection()).deleteOne({ tenantId, id, position: { $lt: position } });
    return result.deletedCount > 0;
  }

  async writeMany(writes: readonly DocumentWrite<T>[]): Promise<number> {
    for (const write of writes) if (write.kind === 'put') checkDocument(write.doc);
    const collection = await this.collection();
    let applied = 0;
    for (const chunk of chunksWithUniqueKeys(writes)) {
      try {
        const result = await collection.bulkWrite(chunk.map(writeModel), { ordered: false });
        applied += result.matchedCount + result.upsertedCount + result.deletedCount;
      } catch (error) {
        if (!(error instanceof mongoose.mongo.MongoBulkWriteError)) throw error;
        const failures = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors];
        if (failures.some((failure) => failure.code !== DUPLICATE_KEY)) throw error;
        applied += error.result.matchedCount + error.result.upsertedCount + error.result.deletedCount;
      }
    }
    return applied;
  }

  async find(tenantId: string, options: FindOptions = {}): Promise<Page<T>> {
    const limit = checkLimit(options.limit);
    const keys = sortKeys(options);
    const conditions = [{ tenantId }, ...filterQuery(options.filter)];
    if (options.cursor !== undefined) conditions.push(afterQuery(keys, decodeCursor(options.cursor, keys)));
    let query = (await this.collection()).find({ $and: conditions }, WITHOUT_ID).sort(sortSpec(keys));
    if (limit !== undefined) query = query.limit(limit + 1);
    const rows = (await query.toArray()) as unknown as T[];
    const items = rows.slice(0, limit);
    const more = limit !== undefined && rows.length > limit;
    return { items, nextCursor: more ? encodeCursor(items[items.length - 1], keys) : null };
  }

  async count(tenantId: string, filter?: Filter): Promise<number> {
    return (await this.collection()).countDocuments({ $and: [{ tenantId }, ...filterQuery(filter)] });
  }

  async countBy(tenantId: string, fields: readonly string[], filter?: Filter): Promise<GroupCount[]> {
    fields.forEach(checkField);
    const rows = await (await this.collection())
      .aggregate<{ _id: Record<string, unknown> | null; count: number }>([
        { $match: { $and: [{ tenantId }, ...filterQuery(filter)] } },
        { $group: { _id: groupKey(fields), count: { $sum: 1 } } },
      ])
      .toArray();
    const groups = rows.map((row) => ({
      key: Object.fromEntries(fields.map((field, i) => [field, row._id?.[`k${i}`] ?? null])),
      count: row.count,
    }));
    return orderGroups(groups);
  }

  private async collection(): Promise<Native> {
    const collection = this.native();
    this.ready ??= this.prepare(collection).catch((error: unknown) => {
      this.ready = null;
      throw error;
    });
    await this.ready;
    return collection;
  }
}
