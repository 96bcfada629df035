import mongoose from 'mongoose';
import type { DocumentCollection, Filter, FindOptions, GroupCount, Page, StoredDocument } from '../document-store.port';
import { checkDocument, checkField, checkLimit, decodeCursor, encodeCursor, orderGroups, sortKeys } from '../document-query';
import type { BatchDocumentWriter, DocumentWrite } from '../document-writes';
import { afterQuery, filterQuery, groupKey, mergeGroups, sortSpec } from './mongo-query';

type Native = mongoose.mongo.Collection<mongoose.mongo.Document>;
type WriteModel = mongoose.mongo.AnyBulkWriteOperation<mongoose.mongo.Document>;

const DUPLICATE_KEY = 11000;
const WITHOUT_ID = { projection: { _id: 0 } } as const;

/**
 * A deleted document leaves a tombstone with the position of its deletion, so that a replayed older
 * write (a redelivery after a crash) finds a newer version and cannot bring the document back.
 * Reads never see tombstones.
 */
const DELETED = '__deleted';
const NOT_DELETED = { [DELETED]: { $ne: true } };
const tombstone = (tenantId: string, id: string, position: number) => ({ tenantId, id, position, [DELETED]: true });
const liveOlderThan = (tenantId: string, id: string, position: number) => ({ tenantId, id, position: { $lt: position }, ...NOT_DELETED });

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
  return { replaceOne: { filter: liveOlderThan(write.tenantId, write.id, write.position), replacement: tombstone(write.tenantId, write.id, write.position) } };
}

/** Bulk-write failures that mean "already applied": a newer version is stored. Anything else is thrown. */
function staleWriteIndex(error: unknown): number | undefined {
  if (!(error instanceof mongoose.mongo.MongoBulkWriteError)) return undefined;
  // A write-concern error means the writes may not be durable: the caller must not move past them.
  if (error.err || error.result?.getWriteConcernError()) return undefined;
  const failures = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors];
  if (failures.length !== 1 || failures[0]?.code !== DUPLICATE_KEY) return undefined;
  return failures[0].index;
}

/**
 * One logical collection in MongoDB. Writes are guarded upserts: the filter only matches an older
 * version, so for a newer stored version the upsert tries an insert and the unique (tenantId, id)
 * index refuses it; that duplicate-key error means "already applied".
 */
export class MongoDocumentCollection<T extends StoredDocument = StoredDocument> implements DocumentCollection<T>, BatchDocumentWriter<T> {
  /** Preparation per physical collection: the name behind this collection changes when a rebuild is swapped in. */
  private readonly ready = new Map<string, Promise<void>>();

  constructor(
    private readonly native: () => Native | Promise<Native>,
    private readonly prepare: (collection: Native) => Promise<void> = ensureIdentityIndex,
  ) {}

  async get(tenantId: string, id: string): Promise<T | null> {
    return (await (await this.collection()).findOne({ tenantId, id, ...NOT_DELETED }, WITHOUT_ID)) as T | null;
  }

  async put(doc: T): Promise<boolean> {
    checkDocument(doc);
    const collection = await this.collection();
    try {
      const result = await collection.replaceOne(
        { tenantId: doc.tenantId, id: doc.id, position: { $lt: doc.position } },
        { ...doc },
        {
          upsert: true,
        },
      );
      return result.matchedCount + result.upsertedCount > 0;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  async delete(tenantId: string, id: string, position: number): Promise<boolean> {
    const result = await (await this.collection()).replaceOne(liveOlderThan(tenantId, id, position), tombstone(tenantId, id, position));
    return result.matchedCount > 0;
  }

  /**
   * One ordered bulk write: the server stops at the first failure, so a stale write (duplicate key)
   * is skipped and the writes after it are sent again. Unordered writes would need no resend on
   * MongoDB, but not every MongoDB-protocol server carries on past a failure, and then writes after
   * it would be lost silently.
   */
  async writeMany(writes: readonly DocumentWrite<T>[]): Promise<number> {
    for (const write of writes) if (write.kind === 'put') checkDocument(write.doc);
    const collection = await this.collection();
    let applied = 0;
    let rest = writes;
    while (rest.length > 0) {
      try {
        const result = await collection.bulkWrite(rest.map(writeModel), { ordered: true });
        return applied + result.matchedCount + result.upsertedCount;
      } catch (error) {
        const stale = staleWriteIndex(error);
        if (stale === undefined) throw error;
        const { result } = error as mongoose.mongo.MongoBulkWriteError;
        applied += result.matchedCount + result.upsertedCount;
        rest = rest.slice(stale + 1);
      }
    }
    return applied;
  }

  async find(tenantId: string, options: FindOptions = {}): Promise<Page<T>> {
    const limit = checkLimit(options.limit);
    const keys = sortKeys(options);
    const conditions = [{ tenantId }, NOT_DELETED, ...filterQuery(options.filter)];
    if (options.cursor !== undefined) conditions.push(afterQuery(keys, decodeCursor(options.cursor, keys)));
    let query = (await this.collection()).find({ $and: conditions }, WITHOUT_ID).sort(sortSpec(keys));
    if (limit !== undefined) query = query.limit(limit + 1);
    const rows = (await query.toArray()) as unknown as T[];
    const items = rows.slice(0, limit);
    const more = limit !== undefined && rows.length > limit;
    return { items, nextCursor: more ? encodeCursor(items[items.length - 1], keys) : null };
  }

  async count(tenantId: string, filter?: Filter): Promise<number> {
    return (await this.collection()).countDocuments({ $and: [{ tenantId }, NOT_DELETED, ...filterQuery(filter)] });
  }

  async countBy(tenantId: string, fields: readonly string[], filter?: Filter): Promise<GroupCount[]> {
    fields.forEach(checkField);
    const rows = await (
      await this.collection()
    )
      .aggregate<{ _id: Record<string, unknown> | null; count: number }>([
        { $match: { $and: [{ tenantId }, NOT_DELETED, ...filterQuery(filter)] } },
        { $group: { _id: groupKey(fields), count: { $sum: 1 } } },
      ])
      .toArray();
    const groups = mergeGroups(fields, rows);
    return orderGroups(groups);
  }

  private async collection(): Promise<Native> {
    const collection = await this.native();
    let ready = this.ready.get(collection.collectionName);
    if (!ready) {
      ready = this.prepare(collection).catch((error: unknown) => {
        this.ready.delete(collection.collectionName);
        throw error;
      });
      this.ready.set(collection.collectionName, ready);
    }
    await ready;
    return collection;
  }
}
