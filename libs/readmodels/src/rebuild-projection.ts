import type { CheckpointStore, EventStore, RecordedEvent } from '@deskstream/kernel';
import type { DocumentStore, Projection, StoredDocument } from './document-store.port';
import { checkpointName } from './projection-runner';
import { ProjectionWriter } from './projection-writer';

export interface RebuildProgress {
  readonly projection: string;
  /** Position of the last event read, against the head of the log when the rebuild began. */
  readonly position: number;
  readonly head: number;
  /** Events of the projection's categories read so far, and how many changed a document. */
  readonly events: number;
  readonly applied: number;
  readonly finished: boolean;
}

export interface RebuildResult {
  readonly events: number;
  readonly applied: number;
  /** The checkpoint the projection resumes from. */
  readonly position: number;
  readonly physicalName: string;
}

export interface RebuildOptions<T extends StoredDocument = StoredDocument> {
  readonly store: EventStore;
  readonly documents: DocumentStore;
  readonly checkpoints: CheckpointStore;
  readonly projection: Projection<T>;
  /** Awaited, so a caller can read the store between batches. */
  readonly onProgress?: (progress: RebuildProgress) => void | Promise<void>;
  /** Events per batched write into the shadow, and between two progress reports. */
  readonly batchSize?: number;
}

/**
 * Replays every event of the projection's categories into a fresh shadow copy, swaps it in and sets
 * the checkpoint to where the replay stopped. Readers see the old copy until the swap, then the new
 * one. The live runner of this projection should be stopped meanwhile: writes it makes to the old
 * copy after the replay's last event would be lost with it.
 */
export async function rebuildProjection<T extends StoredDocument = StoredDocument>(options: RebuildOptions<T>): Promise<RebuildResult> {
  const { store, documents, checkpoints, projection, onProgress } = options;
  const batchSize = options.batchSize ?? 2000;
  const head = await store.headPosition();
  // Recorded on the live name first, so the shadow gets the indexes before it goes live.
  await documents.ensureIndexes(
    projection.collection,
    (projection.indexes ?? []).map((fields) => [...fields]),
  );
  const shadow = await documents.createShadow<T>(projection.collection);
  const writer = new ProjectionWriter(projection, shadow.collection, { fromFirstEvent: true });
  let position = -1;
  let events = 0;
  let applied = 0;
  const report = (finished: boolean) =>
    onProgress?.({ projection: projection.name, position: Math.max(position, finished ? head : -1), head, events, applied, finished });

  // One batch is written while the next is folded (the writer reads a document being written from
  // its buffer): where the adapter writes off this thread, the two overlap.
  let writing: Promise<unknown> = Promise.resolve();
  const nextBatch = async () => {
    await writing;
    writing = writer.flush();
    // Its failure is thrown by the await before the next batch (or the last one).
    writing.catch(() => undefined);
    await report(false);
  };
  const counted = (event: RecordedEvent, changed: boolean): Promise<void> | undefined => {
    if (changed) applied += 1;
    position = event.position;
    events += 1;
    return events % batchSize === 0 ? nextBatch() : undefined;
  };
  // Synchronous for every event but the last of a batch and those whose document must be read back.
  const subscription = store.subscribe(
    (event) => {
      const changed = writer.apply(event);
      return typeof changed === 'boolean' ? counted(event, changed) : changed.then((read) => counted(event, read));
    },
    { categories: projection.categories },
  );
  try {
    await subscription.caughtUp;
  } finally {
    await subscription.stop();
  }
  await writing;
  await writer.flush();
  await documents.swap(projection.collection, shadow.physicalName);
  // Everything up to the head at the start was delivered, even if the last events were of other categories.
  const resumeFrom = Math.max(position, head);
  await checkpoints.save(checkpointName(projection), resumeFrom);
  position = resumeFrom;
  await report(true);
  return { events, applied, position: resumeFrom, physicalName: shadow.physicalName };
}
