import type { RecordedEvent } from '@deskstream/kernel';
import type { DocumentCollection, Projection, StoredDocument } from './document-store.port';
import { writeAll, type DocumentWrite } from './document-writes';

/** Documents a replay from the first event keeps track of (some 40 MB of keys) before it reads every one it has not buffered. */
const MET_KEPT = 500_000;

/**
 * Applies a projection's reducer to events and buffers the resulting writes, so that many events
 * become one batched write (one SQLite transaction, one MongoDB bulk request). Documents written but
 * not flushed yet are read from the buffer, so the reducer always sees the latest version. So are
 * those of the last batch written: while catching up, an event's document was most often written by
 * the batch before, and reading back what was just written would cost a query per event.
 */
export class ProjectionWriter<T extends StoredDocument = StoredDocument> {
  private pending = new Map<string, DocumentWrite<T>>();
  /** The batch being written: still the freshest version of its documents until the write ends. */
  private writing: Map<string, DocumentWrite<T>> | null = null;
  /** The last batch written, every write of which took effect: what the store now holds for those documents. */
  private written = new Map<string, DocumentWrite<T>>();
  private readonly handled: ReadonlySet<string>;
  /**
   * While replaying from the first event: the documents met so far. The first event met for a
   * document is its first event ever, so the reducer starts it from nothing, whatever an earlier,
   * interrupted replay left stored (the position guard still keeps the more advanced of the two).
   * Null once the replay has met too many to keep track of, or when it did not start from the first event.
   */
  private met: Set<string> | null;

  constructor(
    private readonly projection: Projection<T>,
    private readonly collection: DocumentCollection<T>,
    options: { readonly fromFirstEvent?: boolean } = {},
  ) {
    this.handled = new Set(projection.handles);
    this.met = options.fromFirstEvent ? new Set() : null;
  }

  handles(event: RecordedEvent): boolean {
    return this.handled.has(event.type);
  }

  /** Documents with unflushed writes. */
  get size(): number {
    return this.pending.size;
  }

  /**
   * Applies one event to the document it concerns. The tenant comes from the event's metadata and
   * the runner sets tenantId, id and position after the reducer, which cannot override them.
   * Returns false when the event is not handled or the document already reflects it. The answer is
   * a promise only when the document has to be read from the store: a replay folds the documents it
   * buffered or has not met yet (nearly all of them) without a promise per event.
   */
  apply(event: RecordedEvent): boolean | Promise<boolean> {
    if (!this.handles(event)) return false;
    const tenantId = event.metadata.tenantId;
    const id = this.projection.documentId(event);
    const key = `${tenantId}\u0000${id}`;
    const known = this.known(key);
    if (known !== undefined) return this.applyTo(known, event, key, tenantId, id);
    return this.collection.get(tenantId, id).then((current) => this.applyTo(current, event, key, tenantId, id));
  }

  private applyTo(current: T | null, event: RecordedEvent, key: string, tenantId: string, id: string): boolean {
    if (current && current.position >= event.position) return false;
    const next = this.projection.apply(current, event);
    const position = event.position;
    const reused = next !== null && next.tenantId === tenantId && next.id === id && next.position === position;
    this.pending.set(key, next ? { kind: 'put', doc: reused ? next : { ...next, tenantId, id, position } } : { kind: 'delete', tenantId, id, position });
    return true;
  }

  /** Writes everything buffered; returns how many writes took effect. */
  async flush(): Promise<number> {
    if (this.pending.size === 0) return 0;
    const batch = this.pending;
    this.pending = new Map();
    this.writing = batch;
    this.written = new Map();
    try {
      const applied = await writeAll(this.collection, [...batch.values()]);
      // A write refused by the position guard means another writer got there first: read theirs.
      if (applied === batch.size) this.written = batch;
      return applied;
    } finally {
      this.writing = null;
    }
  }

  /** The document as this writer knows it: null when it cannot exist yet, undefined when only the store knows. */
  private known(key: string): T | null | undefined {
    const buffered = this.pending.get(key) ?? this.writing?.get(key) ?? this.written.get(key);
    if (buffered) return buffered.kind === 'put' ? buffered.doc : null;
    if (this.met && !this.met.has(key)) {
      if (this.met.size < MET_KEPT) return (this.met.add(key), null);
      this.met = null;
    }
    return undefined;
  }
}
