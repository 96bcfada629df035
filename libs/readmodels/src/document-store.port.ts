import type { RecordedEvent } from '@deskstream/kernel';

/** Every read-model document belongs to one tenant and has an id unique within it. */
export interface StoredDocument {
  readonly id: string;
  readonly tenantId: string;
  /** Global position of the last event applied to this document (the idempotency guard). */
  readonly position: number;
  readonly [field: string]: unknown;
}

/** Equality on a field, or one of a few operators. Dotted paths reach into nested objects. */
export type FieldCondition =
  | string
  | number
  | boolean
  | null
  | { readonly $in: readonly (string | number | boolean)[] }
  | { readonly $ne: string | number | boolean | null }
  | { readonly $gt?: string | number; readonly $gte?: string | number; readonly $lt?: string | number; readonly $lte?: string | number }
  | { readonly $contains: string };

export type Filter = Readonly<Record<string, FieldCondition>>;

export interface SortKey {
  readonly field: string;
  readonly direction: 'asc' | 'desc';
}

export interface FindOptions {
  readonly filter?: Filter;
  /** Ties are always broken by id, so paging is stable. */
  readonly sort?: readonly SortKey[];
  readonly limit?: number;
  /** Opaque cursor from a previous page's `nextCursor`. */
  readonly cursor?: string;
}

export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

export interface GroupCount {
  readonly key: Readonly<Record<string, unknown>>;
  readonly count: number;
}

/**
 * A collection of read-model documents. The tenant is a required argument of every call and the
 * adapter adds it to every query: no caller can read or write across tenants.
 */
export interface DocumentCollection<T extends StoredDocument = StoredDocument> {
  get(tenantId: string, id: string): Promise<T | null>;
  /**
   * Writes the whole document when `doc.position` is greater than the stored one; returns false
   * (and writes nothing) for an event already applied.
   */
  put(doc: T): Promise<boolean>;
  /** Deletes when `position` is greater than the stored one. */
  delete(tenantId: string, id: string, position: number): Promise<boolean>;
  find(tenantId: string, options?: FindOptions): Promise<Page<T>>;
  count(tenantId: string, filter?: Filter): Promise<number>;
  countBy(tenantId: string, fields: readonly string[], filter?: Filter): Promise<GroupCount[]>;
}

export interface DocumentStore {
  /** The collection behind a logical name (after a rebuild, the swapped-in copy). */
  collection<T extends StoredDocument = StoredDocument>(name: string): DocumentCollection<T>;
  /** A fresh, empty physical copy to rebuild into, not visible under `name` until swapped. */
  createShadow<T extends StoredDocument = StoredDocument>(name: string): Promise<{ physicalName: string; collection: DocumentCollection<T> }>;
  /** Makes the shadow the collection behind `name` and drops the previous copy. */
  swap(name: string, physicalName: string): Promise<void>;
  /** Fields that queries filter and sort on, so the adapter can index them. */
  ensureIndexes(name: string, fields: readonly string[][]): Promise<void>;
  close(): Promise<void>;
}

/**
 * A read model: a pure reducer from (current document or null, event) to the next document, or null
 * to delete it. The runner loads the document the event concerns, applies the reducer and writes the
 * result guarded by the event's position, so redelivery is harmless.
 */
export interface Projection<T extends StoredDocument = StoredDocument> {
  /** Names the checkpoint; change it (e.g. add a version) to force a rebuild. */
  readonly name: string;
  /** Logical collection the documents live in. */
  readonly collection: string;
  /** Stream categories to subscribe to. */
  readonly categories: readonly string[];
  /** Event types the reducer handles; others are skipped without loading anything. */
  readonly handles: readonly string[];
  /** Which document an event concerns (usually the stream's aggregate id). */
  documentId(event: RecordedEvent): string;
  apply(doc: T | null, event: RecordedEvent): T | null;
  /** Field lists to index, e.g. [['status', 'priority'], ['assignee']]. */
  readonly indexes?: readonly (readonly string[])[];
}

/** A stored document as the API shows it: without the tenant (the caller's own) and the stream position. */
export function publicRecord<D extends StoredDocument>(doc: D): PublicRecord<D> {
  const { tenantId: _tenantId, position: _position, ...record } = doc;
  return record as unknown as PublicRecord<D>;
}

/** A document's type without its storage keys (keeping its named fields, which `Omit` would lose to the index signature). */
export type PublicRecord<D> = { [K in keyof D as K extends 'tenantId' | 'position' ? never : K]: D[K] };
