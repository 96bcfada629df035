import {
  Kafka,
  logLevel,
  Partitioners,
  type Admin,
  type Consumer as KafkaConsumer,
  type EachMessagePayload,
  type IHeaders,
  type Message,
  type Producer,
} from 'kafkajs';
import { ValidationFailed } from '@deskstream/kernel';
import type { Consumer, ConsumerOptions, DeliveredMessage, IntegrationBus, MessageHandler, OutgoingMessage } from '../integration-bus.port';
import { outgoingHeaders } from '../message-headers';
import { consumeInSpan } from '../tracing';

export interface KafkaIntegrationBusOptions {
  readonly brokers: string[];
  readonly clientId: string;
  /** Partitions of the topics this bus creates (an existing topic keeps its own). Default 4. */
  readonly partitions?: number;
}

const MAX_BACKOFF_MS = 5000;
const backoff = (attempt: number) => Math.min(MAX_BACKOFF_MS, 25 * 2 ** (attempt - 1));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function headerText(value: IHeaders[string]): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}

function toDelivered({ topic, partition, message }: EachMessagePayload): DeliveredMessage {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    const text = headerText(value);
    if (text !== undefined) headers[name] = text;
  }
  return {
    topic,
    partition,
    offset: Number(message.offset),
    key: message.key?.toString() ?? '',
    event: JSON.parse(message.value?.toString() ?? 'null'),
    headers,
  };
}

/**
 * The production integration bus on Kafka. Messages are keyed by aggregate id (Kafka keeps order per
 * partition), the value is the CloudEvent in structured mode, and the CloudEvent attributes are
 * repeated as headers. The producer is idempotent, so its own retries never duplicate a message.
 * Consumers commit `offset + 1` only after the handler succeeded; a failing message is retried in
 * place with a backoff (heartbeating meanwhile), so its partition waits and nothing after it is skipped.
 */
export class KafkaIntegrationBus implements IntegrationBus {
  private readonly kafka: Kafka;
  private readonly producer: Producer;
  private readonly admin: Admin;
  private readonly partitions: number;
  private readonly topics = new Map<string, Promise<void>>();
  private readonly consumers = new Set<Consumer>();
  private connected?: Promise<void>;

  constructor(options: KafkaIntegrationBusOptions) {
    this.kafka = new Kafka({ brokers: options.brokers, clientId: options.clientId, logLevel: logLevel.WARN });
    this.producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    this.admin = this.kafka.admin();
    this.partitions = options.partitions ?? 4;
  }

  async publish(messages: readonly OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    // Everything is validated and serialised before the first byte is sent: a refused batch sends nothing.
    const byTopic = new Map<string, Message[]>();
    for (const message of messages) {
      const record: Message = { key: message.key, value: JSON.stringify(message.event), headers: outgoingHeaders(message) };
      byTopic.set(message.topic, [...(byTopic.get(message.topic) ?? []), record]);
    }
    await this.connect();
    await this.ensureTopics([...byTopic.keys()]);
    await this.producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, topicMessages]) => ({ topic, messages: topicMessages })),
    });
  }

  async subscribe(options: ConsumerOptions, handler: MessageHandler): Promise<Consumer> {
    if (!options.groupId) throw new ValidationFailed([{ field: 'groupId', message: 'is empty' }]);
    if (options.topics.length === 0) throw new ValidationFailed([{ field: 'topics', message: 'is empty' }]);
    await this.connect();
    await this.ensureTopics(options.topics);
    const consumer = this.kafka.consumer({ groupId: options.groupId });
    let stopping = false;
    try {
      await consumer.connect();
      await consumer.subscribe({ topics: [...options.topics], fromBeginning: options.fromBeginning ?? true });
      const joined = this.joined(consumer);
      await consumer.run({ autoCommit: false, eachMessage: (payload) => this.deliver(consumer, payload, handler, () => stopping) });
      await joined;
    } catch (error) {
      await consumer.disconnect().catch(() => undefined);
      throw error;
    }
    const handle: Consumer = {
      stop: async () => {
        stopping = true;
        this.consumers.delete(handle);
        await consumer.disconnect();
      },
    };
    this.consumers.add(handle);
    return handle;
  }

  async close(): Promise<void> {
    await Promise.all([...this.consumers].map((consumer) => consumer.stop()));
    if (this.connected) {
      await Promise.all([this.producer.disconnect(), this.admin.disconnect()]);
      this.connected = undefined;
    }
  }

  /** Runs the handler until it succeeds (or the consumer stops), then commits the next offset. */
  private async deliver(
    consumer: KafkaConsumer,
    payload: EachMessagePayload,
    handler: MessageHandler,
    stopping: () => boolean,
  ): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      if (stopping()) {
        // Leave the message uncommitted: the group's next member gets it again.
        payload.pause();
        return;
      }
      try {
        const message = toDelivered(payload);
        await consumeInSpan(message, () => handler(message));
        break;
      } catch {
        await sleep(backoff(attempt));
        await payload.heartbeat();
      }
    }
    const next = (BigInt(payload.message.offset) + 1n).toString();
    await consumer.commitOffsets([{ topic: payload.topic, partition: payload.partition, offset: next }]);
  }

  /** Resolves once the consumer has joined its group (so a subscribe is live when it returns). */
  private joined(consumer: KafkaConsumer): Promise<void> {
    return new Promise((resolve, reject) => {
      const offJoin = consumer.on(consumer.events.GROUP_JOIN, () => {
        offJoin();
        offCrash();
        resolve();
      });
      const offCrash = consumer.on(consumer.events.CRASH, (event) => {
        if (event.payload.restart) return;
        offJoin();
        offCrash();
        reject(event.payload.error);
      });
    });
  }

  private connect(): Promise<void> {
    this.connected ??= Promise.all([this.producer.connect(), this.admin.connect()]).then(
      () => undefined,
      (error: unknown) => {
        this.connected = undefined;
        throw error;
      },
    );
    return this.connected;
  }

  /** Creates missing topics once per topic and process; `createTopics` is a no-op for existing ones. */
  private async ensureTopics(topics: readonly string[]): Promise<void> {
    await Promise.all(
      topics.map((topic) => {
        let created = this.topics.get(topic);
        if (!created) {
          created = this.admin
            .createTopics({ topics: [{ topic, numPartitions: this.partitions }], waitForLeaders: true })
            .then(() => undefined);
          created.catch(() => this.topics.delete(topic));
          this.topics.set(topic, created);
        }
        return created;
      }),
    );
  }
}
