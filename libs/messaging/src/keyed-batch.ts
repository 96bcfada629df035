import type { DeliveredMessage } from './integration-bus.port';

export interface KeyedBatchOutcome {
  /** The offset after the longest run of the batch, from its start, whose every message was handled. */
  readonly handledUpTo: number | undefined;
  readonly failed: boolean;
}

/**
 * Handles one partition's batch with up to `concurrency` keys in flight at once, each key's messages
 * in offset order: the bus promises order per key, not across keys, so messages about different
 * aggregates need not wait for each other's commits. With a concurrency of 1 the batch is handled
 * strictly in offset order.
 *
 * A failure stops its key and starts no further key. What may be committed is the run before the
 * first message not handled; messages of other keys after it that were handled are delivered again
 * with it, and the inbox acknowledges them without a second effect.
 */
export async function handleKeyedBatch<Message extends DeliveredMessage>(
  batch: readonly Message[],
  concurrency: number,
  handle: (message: Message) => Promise<void>,
  stopping: () => boolean,
): Promise<KeyedBatchOutcome> {
  const handled = new Array<boolean>(batch.length).fill(false);
  let failed = false;
  const work = async (indexes: readonly number[]) => {
    for (const i of indexes) {
      if (failed || stopping()) return;
      try {
        await handle(batch[i]!);
        handled[i] = true;
      } catch {
        failed = true;
        return;
      }
    }
  };
  if (concurrency <= 1) await work(batch.map((_, i) => i));
  else {
    const byKey = new Map<string, number[]>();
    batch.forEach((message, i) => {
      const indexes = byKey.get(message.key);
      if (indexes) indexes.push(i);
      else byKey.set(message.key, [i]);
    });
    const keys = byKey.values();
    const worker = async () => {
      for (let next = keys.next(); !next.done && !failed && !stopping(); next = keys.next()) await work(next.value);
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, byKey.size) }, worker));
  }
  const firstLeft = handled.indexOf(false);
  const handledCount = firstLeft === -1 ? batch.length : firstLeft;
  return { handledUpTo: handledCount === 0 ? undefined : batch[handledCount - 1]!.offset + 1, failed };
}
