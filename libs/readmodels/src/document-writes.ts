import type { DocumentCollection, StoredDocument } from './document-store.port';

/** One guarded write, as produced by a projection: the whole document, or its deletion. */
export type DocumentWrite<T extends StoredDocument = StoredDocument> =
  { readonly kind: 'put'; readonly doc: T } | { readonly kind: 'delete'; readonly tenantId: string; readonly id: string; readonly position: number };

/**
 * Implemented by the SQLite and MongoDB collections (not part of the port): many guarded writes in
 * one transaction / one bulk request, which is what makes projection catch-up fast.
 */
export interface BatchDocumentWriter<T extends StoredDocument = StoredDocument> {
  /** Applies each write with the same position guard as put/delete; returns how many took effect. */
  writeMany(writes: readonly DocumentWrite<T>[]): Promise<number>;
}

export function isBatchWriter<T extends StoredDocument>(collection: object): collection is BatchDocumentWriter<T> {
  return typeof (collection as Partial<BatchDocumentWriter<T>>).writeMany === 'function';
}

/** Writes through the batch path where the adapter has one, one by one otherwise. */
export async function writeAll<T extends StoredDocument>(collection: DocumentCollection<T>, writes: readonly DocumentWrite<T>[]): Promise<number> {
  if (isBatchWriter<T>(collection)) return collection.writeMany(writes);
  let applied = 0;
  for (const write of writes) {
    const done = write.kind === 'put' ? await collection.put(write.doc) : await collection.delete(write.tenantId, write.id, write.position);
    if (done) applied += 1;
  }
  return applied;
}
