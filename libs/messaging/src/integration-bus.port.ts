import type { RecordedEvent } from '@deskstream/kernel';

/** CloudEvents 1.0 envelope (JSON format) with Deskstream's extension attributes. */
export interface CloudEvent<Data = unknown> {
  readonly specversion: '1.0';
  /** The id of the domain event it was made from: redelivery keeps the id, so inboxes can dedupe. */
  readonly id: string;
  /** The publishing service, e.g. `/deskstream/incidents`. */
  readonly source: string;
  /** Versioned type, e.g. `deskstream.incidents.incident-opened.v1`. */
  readonly type: string;
  /** The aggregate the event is about (its id). */
  readonly subject: string;
  readonly time: string;
  readonly datacontenttype: 'application/json';
  readonly data: Data;
  /** Extension attributes: lowercase alphanumerics only, as CloudEvents requires. */
  readonly tenantid: string;
  readonly correlationid: string;
  readonly traceparent?: string;
}

export interface OutgoingMessage {
  readonly topic: string;
  /** Messages with the same key keep their order (the aggregate id). */
  readonly key: string;
  readonly event: CloudEvent;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface DeliveredMessage extends OutgoingMessage {
  readonly partition: number;
  readonly offset: number;
  readonly headers: Readonly<Record<string, string>>;
}

export type MessageHandler = (message: DeliveredMessage) => Promise<void>;

export interface ConsumerOptions {
  /** Consumers in the same group share the work; each group sees every message. */
  readonly groupId: string;
  readonly topics: readonly string[];
  /** Where a group with no committed offset starts. Default: earliest. */
  readonly fromBeginning?: boolean;
  /**
   * How many keys of one partition's batch a member may handle at once; each key's messages stay in
   * order. Default 1 (strictly in offset order). For handlers whose effects on different keys do not
   * contend (one stream per key); the embedded bus honours it, Kafka members work one message of a
   * partition at a time.
   */
  readonly concurrency?: number;
}

export interface Consumer {
  stop(): Promise<void>;
}

/**
 * The integration bus port: topics split into partitions by key, consumer groups with committed
 * offsets, at-least-once delivery (an offset is committed only after the handler succeeded), and
 * order kept per key. A handler that throws gets the same message again.
 */
/** How far one consumer group of this process is behind on one topic. */
export interface ConsumerLag {
  readonly groupId: string;
  readonly topic: string;
  /** Messages published to the topic that the group has not committed past, over all partitions. */
  readonly messages: number;
}

export interface IntegrationBus {
  publish(messages: readonly OutgoingMessage[]): Promise<void>;
  subscribe(options: ConsumerOptions, handler: MessageHandler): Promise<Consumer>;
  /** The lag of each group this process subscribed, per topic (read at scrape time, for /metrics). */
  consumerLag(): Promise<readonly ConsumerLag[]>;
  /**
   * Milliseconds: the longest recent wait between a publish and the delivery of the message to one
   * of this process's consumers, or the end of its handling there (DeliveryLag). Buses that cannot
   * tell leave it out.
   */
  deliveryLagMs?(): number;
  close(): Promise<void>;
}

/** Remembers which messages a consumer has handled, so that a redelivery has no second effect. */
export interface Inbox {
  /**
   * Runs `effect` unless `messageId` was already handled by `consumer`; records it as handled once
   * `effect` has succeeded. Returns false for a duplicate.
   */
  handleOnce(consumer: string, messageId: string, effect: () => Promise<void>): Promise<boolean>;
}

/**
 * Turns one committed domain event into the integration messages it publishes (often one, sometimes
 * none: internal events stay internal). The gateway runs every service's mapper.
 */
export interface IntegrationEventMapper {
  /** Stream categories whose events this mapper looks at. */
  readonly categories: readonly string[];
  map(event: RecordedEvent): OutgoingMessage[];
}
