import type { Subscription } from '@deskstream/kernel';

/** The subscriptions an adapter has handed out and not seen stopped, so that close() can stop the rest. */
export class OpenSubscriptions {
  private readonly open = new Set<Subscription>();

  /** The subscription as handed to the caller: stopping it also forgets it. */
  track(subscription: Subscription): Subscription {
    this.open.add(subscription);
    return {
      caughtUp: subscription.caughtUp,
      stop: async () => {
        this.open.delete(subscription);
        await subscription.stop();
      },
    };
  }

  async stopAll(): Promise<void> {
    const running = [...this.open];
    this.open.clear();
    await Promise.all(running.map((subscription) => subscription.stop()));
  }
}
