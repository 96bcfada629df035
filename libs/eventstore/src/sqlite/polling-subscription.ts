import { setImmediate as nextTurn } from 'node:timers/promises';
import type { EventHandler, RecordedEvent, Subscription } from '@deskstream/kernel';

export interface PollingSource {
  readonly after: number;
  readonly handler: EventHandler;
  readonly onError?: ((error: unknown, event: RecordedEvent) => void) | undefined;
  readBatch(after: number, maxCount: number): Promise<RecordedEvent[]>;
  /** Wakes the loop when this process appends; returns the unsubscribe function. */
  onAppend(listener: () => void): () => void;
  /** Told of each event as it is handed to the handler, and again once the handler is done with it. */
  onDeliver?(event: RecordedEvent): void;
}

const BATCH = 1000;
/** Appends from another process (a CLI on the same file) are noticed within this delay. */
const IDLE_POLL_MS = 250;

/**
 * Catch-up then live delivery over a log read in position order. A short batch means everything
 * written before the read has been delivered: that is when `caughtUp` resolves. A handler error or a
 * failed read stops the loop; `caughtUp` then rejects if it had not resolved yet.
 */
export function pollingSubscription(source: PollingSource): Subscription {
  let position = source.after;
  let stopped = false;
  let dirty = true;
  let wake: (() => void) | null = null;
  let settle!: { resolve: () => void; reject: (error: unknown) => void };
  const caughtUp = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  caughtUp.catch(() => undefined);
  const unsubscribe = source.onAppend(() => {
    dirty = true;
    wake?.();
  });

  const idle = () =>
    new Promise<void>((resolve) => {
      if (dirty || stopped) return resolve();
      const timer = setTimeout(() => done(), IDLE_POLL_MS);
      const done = () => {
        clearTimeout(timer);
        wake = null;
        resolve();
      };
      wake = done;
    });

  const deliver = async (batch: RecordedEvent[]): Promise<boolean> => {
    for (const event of batch) {
      if (stopped) return false;
      source.onDeliver?.(event);
      try {
        const handled = source.handler(event);
        if (handled) await handled;
        source.onDeliver?.(event);
      } catch (error) {
        stopped = true;
        settle.reject(error);
        source.onError?.(error, event);
        return false;
      }
      position = event.position;
    }
    return true;
  };

  const loop = (async () => {
    while (!stopped) {
      dirty = false;
      const batch = await source.readBatch(position, BATCH);
      if (!(await deliver(batch))) return;
      if (batch.length < BATCH) {
        settle.resolve();
        await idle();
      } else {
        // A turn of the event loop between full batches: other work gets its share, and subscriptions
        // catching up side by side stay a batch apart, so they share the parse of each event (RecentEvents).
        await nextTurn();
      }
    }
  })().catch((error: unknown) => {
    stopped = true;
    settle.reject(error);
  });

  return {
    caughtUp,
    async stop() {
      stopped = true;
      wake?.();
      unsubscribe();
      await loop;
      settle.reject(new Error('subscription stopped before it caught up'));
    },
  };
}
