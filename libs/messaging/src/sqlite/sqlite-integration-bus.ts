import { EventEmitter } from 'node:events';
import { DeliveryLag, ValidationFailed } from '@deskstream/kernel';
import type { Sqlite } from '@deskstream/sqlite';
import type { Consumer, ConsumerLag, ConsumerOptions, IntegrationBus, MessageHandler, OutgoingMessage } from '../integration-bus.port';
import { SqliteBusCompaction } from './sqlite-bus-compaction';
import { SqliteBusConsumer } from './sqlite-bus-consumer';
import { SqliteBusLog, type TopicPartition } from './sqlite-bus-log';

export interface SqliteIntegrationBusOptions {
  /** Partitions of a topic created by this bus (an existing topic keeps its count). Default 4. */
  readonly partitions?: number;
  /** How soon a consumer notices a message published by another process. Default 250 ms. */
  readonly pollIntervalMs?: number;
  /** Topics whose latest message per key outlives the retention (see `SqliteBusCompaction`). */
  readonly keyCompactedTopics?: readonly string[];
}

/** A member not heard from for this long loses its partitions to the rest of its group. */
const SESSION_TIMEOUT_MS = 10_000;

/**
 * The embedded integration bus: a durable, partitioned log in the shared SQLite file, with consumer
 * groups and committed offsets, so the embedded default keeps Kafka's guarantees (at-least-once, order
 * per key, every group sees every message) across restarts. Consumers in this process are woken on
 * publish; publishes from other processes are picked up by polling.
 */
export class SqliteIntegrationBus implements IntegrationBus {
  private readonly log: SqliteBusLog;
  private readonly compaction: SqliteBusCompaction;
  private readonly keyCompactedTopics: ReadonlySet<string>;
  private readonly published = new EventEmitter();
  private readonly deliveryLag = new DeliveryLag();
  private readonly consumers = new Map<SqliteBusConsumer, ConsumerOptions>();
  private readonly partitions: number;
  private readonly pollIntervalMs: number;
  private closed = false;

  constructor(db: Sqlite, options: SqliteIntegrationBusOptions = {}) {
    this.partitions = options.partitions ?? 4;
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    if (!Number.isInteger(this.partitions) || this.partitions < 1) {
      throw new ValidationFailed([{ field: 'partitions', message: 'must be a positive integer' }]);
    }
    this.log = new SqliteBusLog(db);
    this.compaction = new SqliteBusCompaction(db);
    this.keyCompactedTopics = new Set(options.keyCompactedTopics ?? []);
    this.published.setMaxListeners(0);
  }

  async publish(messages: readonly OutgoingMessage[]): Promise<void> {
    this.assertOpen();
    if (messages.length === 0) return;
    this.published.emit('published', this.log.append(messages, this.partitions));
  }

  async subscribe(options: ConsumerOptions, handler: MessageHandler): Promise<Consumer> {
    this.assertOpen();
    if (!options.groupId) throw new ValidationFailed([{ field: 'groupId', message: 'is empty' }]);
    if (options.topics.length === 0) throw new ValidationFailed([{ field: 'topics', message: 'is empty' }]);
    const consumer = new SqliteBusConsumer(this.log, options, handler, {
      partitions: this.partitions,
      pollIntervalMs: this.pollIntervalMs,
      sessionTimeoutMs: SESSION_TIMEOUT_MS,
      deliveryLag: this.deliveryLag,
      onPublish: (listener: (written: readonly TopicPartition[]) => void) => {
        this.published.on('published', listener);
        return () => this.published.off('published', listener);
      },
    });
    this.consumers.set(consumer, options);
    return {
      stop: async () => {
        this.consumers.delete(consumer);
        await consumer.stop();
      },
    };
  }

  deliveryLagMs(): number {
    return this.deliveryLag.ms();
  }

  async consumerLag(): Promise<ConsumerLag[]> {
    const subscribed = new Map<string, { groupId: string; topic: string }>();
    for (const { groupId, topics } of this.consumers.values()) for (const topic of topics) subscribed.set(`${groupId}\u0000${topic}`, { groupId, topic });
    return [...subscribed.values()].map(({ groupId, topic }) => ({ groupId, topic, messages: this.log.lag(groupId, topic) }));
  }

  /** Removes the messages published before `before` (ms since the epoch) that every group has committed past; returns how many. */
  compact(before: number): number {
    return this.compaction.compact({ before, keyCompactedTopics: this.keyCompactedTopics });
  }

  /** Stops every consumer (each finishes the message in hand); the database stays open, it is shared. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.consumers.keys()].map((consumer) => consumer.stop()));
    this.consumers.clear();
    this.published.removeAllListeners();
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('the integration bus is closed');
  }
}
