import { randomUUID } from 'node:crypto';
import { ValidationFailed } from '@deskstream/kernel';
import type mongoose from 'mongoose';
import type { DocumentCollection, DocumentStore, StoredDocument } from '../document-store.port';
import { checkCollectionName, checkField } from '../document-query';
import { ensureIdentityIndex, MongoDocumentCollection } from './mongo-document-collection';

type Native = mongoose.mongo.Collection<mongoose.mongo.Document>;

const NAMESPACE_NOT_FOUND = 26;

function liveName(name: string): string {
  return `rm_${checkCollectionName(name)}`;
}

/** The database behind a connection; the caller opens it (`await createConnection(uri).asPromise()`). */
export function databaseOf(connection: mongoose.Connection): mongoose.mongo.Db {
  if (!connection.db) throw new Error('MongoDB connection is not open');
  return connection.db;
}

/**
 * Read models in MongoDB: one `rm_<name>` collection per logical name, documents carrying tenantId,
 * id and position under a unique (tenantId, id) index. A rebuild fills `rm_<name>__shadow_<n>`, and
 * the swap is a renameCollection with dropTarget: atomic on the server, and every process (replicas,
 * the rebuild CLI) keeps reading the same name, so none holds a stale mapping.
 */
export class MongoDocumentStore implements DocumentStore {
  private readonly collections = new Map<string, MongoDocumentCollection>();

  constructor(private readonly connection: mongoose.Connection) {}

  collection<T extends StoredDocument = StoredDocument>(name: string): DocumentCollection<T> {
    const physical = liveName(name);
    let collection = this.collections.get(physical);
    if (!collection) {
      collection = new MongoDocumentCollection(() => this.native(physical));
      this.collections.set(physical, collection);
    }
    return collection as unknown as DocumentCollection<T>;
  }

  async createShadow<T extends StoredDocument = StoredDocument>(
    name: string,
  ): Promise<{ physicalName: string; collection: DocumentCollection<T> }> {
    const physicalName = `${liveName(name)}__shadow_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const shadow = this.native(physicalName);
    await ensureIdentityIndex(shadow);
    return { physicalName, collection: new MongoDocumentCollection<T>(() => shadow, async () => undefined) };
  }

  async swap(name: string, physicalName: string): Promise<void> {
    const live = liveName(name);
    const db = databaseOf(this.connection);
    const exists = (await db.listCollections({ name: physicalName }, { nameOnly: true }).toArray()).length > 0;
    if (!physicalName.startsWith(`${live}__shadow_`) || !exists) {
      throw new ValidationFailed([{ field: 'physicalName', message: `${physicalName} is not a shadow of ${name}` }]);
    }
    // The indexes queries rely on must exist before the copy goes live.
    for (const index of await this.indexesOf(live)) {
      if (index.name === '_id_') continue;
      await this.native(physicalName).createIndex(index.key, { name: index.name, unique: index.unique ?? false });
    }
    await db.renameCollection(physicalName, live, { dropTarget: true });
  }

  async ensureIndexes(name: string, fields: readonly string[][]): Promise<void> {
    const collection = this.native(liveName(name));
    await ensureIdentityIndex(collection);
    for (const spec of fields) {
      const key = Object.fromEntries([['tenantId', 1], ...spec.map((field) => [checkField(field), 1])]);
      await collection.createIndex(key);
    }
  }

  async close(): Promise<void> {
    // The connection belongs to whoever opened it (it is shared with the other adapters).
    this.collections.clear();
  }

  private native(physical: string): Native {
    return databaseOf(this.connection).collection(physical);
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
