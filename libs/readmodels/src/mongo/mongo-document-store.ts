import { randomUUID } from 'node:crypto';
import { ValidationFailed } from '@deskstream/kernel';
import type mongoose from 'mongoose';
import type { DocumentCollection, DocumentStore, StoredDocument } from '../document-store.port';
import { checkCollectionName, checkField } from '../document-query';
import { ensureIdentityIndex, MongoDocumentCollection } from './mongo-document-collection';

type Native = mongoose.mongo.Collection<mongoose.mongo.Document>;

/** Which physical collection serves a logical name; no pointer means the first one, `rm_<name>`. */
interface LivePointer {
  _id: string;
  physical: string;
  /** The copy the last swap replaced: kept until the next swap, for readers that still point at it. */
  previous?: string;
}

const NAMESPACE_NOT_FOUND = 26;
/** Every physical collection of the read models is named `rm_<name>…`. */
const READ_MODEL_PREFIX = 'rm_';
/** Logical names start with a letter, so this never collides with `rm_<name>`. */
const POINTERS = 'rm__live';
/** How long a process trusts the pointer it read; another process's swap shows after at most this. */
const POINTER_TTL_MS = 1000;

function liveName(name: string): string {
  return `${READ_MODEL_PREFIX}${checkCollectionName(name)}`;
}

/** The database behind a connection; the caller opens it (`await createConnection(uri).asPromise()`). */
export function databaseOf(connection: mongoose.Connection): mongoose.mongo.Db {
  if (!connection.db) throw new Error('MongoDB connection is not open');
  return connection.db;
}

/**
 * Read models in MongoDB: documents carrying tenantId, id and position under a unique (tenantId, id)
 * index, in one physical collection per logical name (`rm_<name>` at first). A rebuild fills
 * `rm_<name>__shadow_<n>`, and the swap repoints the name in the `rm__live` collection: one document
 * write, so it also works where `renameCollection` does not (sharded collections, servers without
 * `dropTarget`). The replaced copy is dropped at the following swap, so a process that read the
 * pointer just before a swap still reads a whole copy until its pointer expires.
 */
export class MongoDocumentStore implements DocumentStore {
  private readonly collections = new Map<string, MongoDocumentCollection>();
  private readonly pointers = new Map<string, { physical: string; readAt: number }>();

  constructor(private readonly connection: mongoose.Connection) {}

  collection<T extends StoredDocument = StoredDocument>(name: string): DocumentCollection<T> {
    checkCollectionName(name);
    let collection = this.collections.get(name);
    if (!collection) {
      collection = new MongoDocumentCollection(async () => this.native(await this.physicalOf(name)));
      this.collections.set(name, collection);
    }
    return collection as unknown as DocumentCollection<T>;
  }

  async createShadow<T extends StoredDocument = StoredDocument>(name: string): Promise<{ physicalName: string; collection: DocumentCollection<T> }> {
    const physicalName = `${liveName(name)}__shadow_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const shadow = this.native(physicalName);
    await ensureIdentityIndex(shadow);
    return {
      physicalName,
      collection: new MongoDocumentCollection<T>(
        () => shadow,
        async () => undefined,
      ),
    };
  }

  async swap(name: string, physicalName: string): Promise<void> {
    const db = databaseOf(this.connection);
    const exists = (await db.listCollections({ name: physicalName }, { nameOnly: true }).toArray()).length > 0;
    if (!physicalName.startsWith(`${liveName(name)}__shadow_`) || !exists) {
      throw new ValidationFailed([{ field: 'physicalName', message: `${physicalName} is not a shadow of ${name}` }]);
    }
    const pointer = await this.pointerCollection().findOne({ _id: name });
    const current = pointer?.physical ?? liveName(name);
    // The indexes queries rely on must exist before the copy goes live.
    for (const index of await this.indexesOf(current)) {
      if (index.name === '_id_') continue;
      await this.native(physicalName).createIndex(index.key, { name: index.name, unique: index.unique ?? false });
    }
    await this.pointerCollection().updateOne({ _id: name }, { $set: { physical: physicalName, previous: current } }, { upsert: true });
    this.pointers.set(name, { physical: physicalName, readAt: Date.now() });
    if (pointer?.previous && pointer.previous !== physicalName) await this.dropIfExists(pointer.previous);
  }

  async ensureIndexes(name: string, fields: readonly string[][]): Promise<void> {
    const collection = this.native(await this.physicalOf(name));
    await ensureIdentityIndex(collection);
    for (const spec of fields) {
      const key = Object.fromEntries([['tenantId', 1], ...spec.map((field) => [checkField(field), 1])]);
      await collection.createIndex(key);
    }
  }

  /**
   * Deletes every document of a tenant (tombstones included) in every physical collection of the
   * read models: live copies, shadows of an unfinished rebuild and replaced copies not yet dropped.
   * Collections and their indexes stay. Returns the documents removed per collection (none left: `{}`).
   */
  async purgeTenant(tenantId: string): Promise<Record<string, number>> {
    const removed: Record<string, number> = {};
    const physical = await databaseOf(this.connection).listCollections({}, { nameOnly: true }).toArray();
    for (const { name } of physical) {
      if (!name.startsWith(READ_MODEL_PREFIX) || name === POINTERS) continue;
      const { deletedCount } = await this.native(name).deleteMany({ tenantId });
      if (deletedCount > 0) removed[name] = deletedCount;
    }
    return removed;
  }

  async close(): Promise<void> {
    // The connection belongs to whoever opened it (it is shared with the other adapters).
    this.collections.clear();
    this.pointers.clear();
  }

  private async physicalOf(name: string): Promise<string> {
    const known = this.pointers.get(name);
    if (known && Date.now() - known.readAt < POINTER_TTL_MS) return known.physical;
    const pointer = await this.pointerCollection().findOne({ _id: name });
    const physical = pointer?.physical ?? liveName(name);
    this.pointers.set(name, { physical, readAt: Date.now() });
    return physical;
  }

  private pointerCollection(): mongoose.mongo.Collection<LivePointer> {
    return databaseOf(this.connection).collection<LivePointer>(POINTERS);
  }

  private native(physical: string): Native {
    return databaseOf(this.connection).collection(physical);
  }

  private async dropIfExists(physical: string): Promise<void> {
    try {
      await this.native(physical).drop();
    } catch (error) {
      if ((error as { code?: number }).code !== NAMESPACE_NOT_FOUND) throw error;
    }
  }

  private async indexesOf(physical: string): Promise<mongoose.mongo.Document[]> {
    try {
      return await this.native(physical).listIndexes().toArray();
    } catch (error) {
      if ((error as { code?: number }).code === NAMESPACE_NOT_FOUND) return [];
      throw error;
    }
  }
}
