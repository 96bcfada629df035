import type { EventHandler, RecordedEvent, Subscription } from '@deskstream/kernel';

export interface PollingSource {
  readonly after: number;
  readonly handler: EventHandler;
  readonly onError?: ((error: unknown, event: RecordedEvent) => void) | undefined;
  readBatch(after: number, maxCount: number): Promise<RecordedEvent[]>;
  /** Wakes the loop when this process appends; returns the unsubscribe function. */
  onAppend(listener: () => void): () => void;
}

const BATCH = 1000;
/** Appends from another process (a CLI on the same file) are noticed within this delay. */
const IDLE_POLL_MS = 250;

/**
 * Catch-up then live delivery over a log read in position order. A short batch means everything
 * written before the read has been delivered: that is when `caughtUp` resolves.
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

  const loop = (async () => {
    while (!stopped) {
      dirty = false;
      const batch = await source.readBatch(position, BATCH);
      for (const event of batch) {
        if (stopped) return;
        try {
          await source.handler(event);
        } catch (error) {
          stopped = true;
          settle.reject(error);
          source.onError?.(error, event);
          return;
        }
        position = event.position;
      }
      if (batch.length < BATCH) {
        settle.resolve();
        await idle();
      }
    }
  })();

  return {
    caughtUp,
    async stop() {
      stopped = true;
      wake?.();
      unsubscribe();
      await loop;
    },
  };
}
