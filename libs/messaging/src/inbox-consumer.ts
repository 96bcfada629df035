import type { Consumer, ConsumerOptions, Inbox, IntegrationBus, MessageHandler } from './integration-bus.port';

export interface InboxConsumerOptions extends ConsumerOptions {
  /** The name the inbox records handled messages under. Default: the group id. */
  readonly inboxName?: string;
}

/**
 * Subscribes a handler that sees each message once per consumer even though the bus delivers at
 * least once: a redelivered message (same CloudEvent id, e.g. republished by a gateway after a crash)
 * is acknowledged without running the handler again.
 */
export function subscribeWithInbox(bus: IntegrationBus, inbox: Inbox, options: InboxConsumerOptions, handler: MessageHandler): Promise<Consumer> {
  const { inboxName, ...consumerOptions } = options;
  const name = inboxName ?? options.groupId;
  return bus.subscribe(consumerOptions, async (message) => {
    await inbox.handleOnce(name, message.event.id, () => handler(message));
  });
}
