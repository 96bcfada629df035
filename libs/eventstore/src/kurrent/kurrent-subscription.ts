import { START, type AllStreamSubscription, type Filter, type KurrentDBClient } from '@kurrent/kurrentdb-client';
import type { EventHandler, Subscription, SubscriptionOptions } from '@deskstream/kernel';
import { filterFor, toKurrentPosition, toRecorded } from './kurrent-mapping';

export interface KurrentSubscriptionSource {
  readonly client: KurrentDBClient;
  /** Position of the newest event matching the filter, or -1. */
  headOf(filter: Filter): Promise<number>;
}

/**
 * A catch-up subscription to $all, filtered on the server. `caughtUp` resolves once the handler has
 * handled the newest matching event that existed when the subscription started (measured first), so
 * it means "delivered", not merely "received and buffered". Events go to the handler one at a time
 * through the stream's async iterator, which keeps gRPC flow control in charge of buffering. A dropped
 * connection or an ended stream fails the subscription and calls `onError` (no event), like a handler error.
 */
export function kurrentSubscription(source: KurrentSubscriptionSource, handler: EventHandler, options: SubscriptionOptions): Subscription {
  const after = options.after !== undefined && options.after >= 0 ? options.after : -1;
  const filter = filterFor(options.categories);
  let stopped = false;
  let live: AllStreamSubscription | null = null;
  let settle!: { resolve: () => void; reject: (error: unknown) => void };
  const caughtUp = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  caughtUp.catch(() => undefined);

  const run = async () => {
    const target = await source.headOf(filter);
    if (target <= after) settle.resolve();
    if (stopped) return;
    live = source.client.subscribeToAll({ fromPosition: after < 0 ? START : toKurrentPosition(after), filter });
    for await (const resolved of live) {
      if (stopped) return;
      const event = toRecorded(resolved);
      // The server starts after the position already; the check also covers a replayed boundary event.
      if (!event || event.position <= after) continue;
      try {
        await handler(event);
      } catch (error) {
        stopped = true;
        settle.reject(error);
        options.onError?.(error, event);
        return;
      }
      if (event.position >= target) settle.resolve();
    }
    // A catch-up subscription never ends by itself: the server or the connection went away.
    if (!stopped) throw new Error('the KurrentDB subscription ended (connection lost)');
  };

  const loop = run()
    .catch((error: unknown) => {
      // After stop() the stream is torn down under the iterator: that error is expected. Otherwise the
      // owner is told, so that it resumes from its checkpoint (with backoff) instead of silently stalling.
      if (!stopped) {
        stopped = true;
        settle.reject(error);
        options.onError?.(error);
      }
    })
    .finally(() => release());

  async function release(): Promise<void> {
    const subscription = live;
    live = null;
    if (!subscription) return;
    await subscription.unsubscribe();
    subscription.destroy();
  }

  return {
    caughtUp,
    async stop() {
      stopped = true;
      await release();
      await loop;
      settle.reject(new Error('subscription stopped before it caught up'));
    },
  };
}
