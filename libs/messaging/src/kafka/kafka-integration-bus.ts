import { Kafka, Partitioners, type Admin, type EachMessagePayload, type IHeaders, type Message, type Producer } from 'kafkajs';
import { ValidationFailed } from '@deskstream/kernel';
import type { Consumer, ConsumerLag, ConsumerOptions, IntegrationBus, MessageHandler, OutgoingMessage } from '../integration-bus.port';
import { outgoingHeaders } from '../message-headers';
import { KafkaGroupMember } from './kafka-group-member';
import { deadLetterTopic, kafkaClientConfig, resolveKafkaOptions, type KafkaIntegrationBusOptions, type ResolvedKafkaOptions } from './kafka-options';

export { deadLetterTopic, type DeadLetter, type KafkaIntegrationBusOptions } from './kafka-options';

/** A publish that ran past its time limit; it may still complete (the consumers' inboxes drop a duplicate). */
export class PublishTimedOut extends Error {
  constructor(ms: number) {
    super(`publish did not complete within ${ms} ms`);
    this.name = 'PublishTimedOut';
  }
}

/** Longest a new topic may take to have a leader for every partition. */
const TOPIC_LEADERS_MS = 15_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A client error worth trying again: retriable itself, or wrapping only retriable ones (a refused replication factor is not). */
function retriable(error: unknown): boolean {
  const { retriable: itself, errors } = error as { retriable?: boolean; errors?: { retriable?: boolean }[] };
  return itself === true || (errors !== undefined && errors.length > 0 && errors.every((cause) => cause.retriable === true));
}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PublishTimedOut(ms)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/**
 * The production integration bus on Kafka. Messages are keyed by aggregate id (Kafka keeps order per
 * partition), the value is the CloudEvent in structured mode, and the CloudEvent attributes are
 * repeated as headers. The producer is idempotent, so its own retries never duplicate a message, and
 * a publish fails once its time is up, so callers (the gateway) back off while the brokers are away.
 * Consumers are `KafkaGroupMember`s: handled until success or the attempt limit, offsets committed
 * in batches; what cannot be handled goes to `<topic>.dead-letter`, counted in `deadLettered`.
 */
export class KafkaIntegrationBus implements IntegrationBus {
  private readonly kafka: Kafka;
  private readonly producer: Producer;
  private readonly admin: Admin;
  private readonly settings: ResolvedKafkaOptions;
  private readonly topics = new Map<string, Promise<void>>();
  /** The live consumers, with the group and topics of each (for the lag). */
  private readonly consumers = new Map<Consumer, { readonly groupId: string; readonly topics: readonly string[] }>();
  private readonly failedGroups = new Map<string, unknown>();
  private connected?: Promise<void>;
  /** Messages given up on since start, by original topic. */
  readonly deadLettered = new Map<string, number>();

  constructor(private readonly options: KafkaIntegrationBusOptions) {
    this.kafka = new Kafka(kafkaClientConfig(options));
    this.settings = resolveKafkaOptions(options);
    this.producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    this.admin = this.kafka.admin();
  }

  async publish(messages: readonly OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    // Everything is validated and serialised before the first byte is sent: a refused batch sends nothing.
    const byTopic = new Map<string, Message[]>();
    for (const message of messages) {
      const record: Message = { key: message.key, value: JSON.stringify(message.event), headers: outgoingHeaders(message) };
      byTopic.set(message.topic, [...(byTopic.get(message.topic) ?? []), record]);
    }
    await withDeadline(this.send(byTopic), this.settings.publishTimeoutMs);
  }

  async subscribe(options: ConsumerOptions, handler: MessageHandler): Promise<Consumer> {
    if (!options.groupId) throw new ValidationFailed([{ field: 'groupId', message: 'is empty' }]);
    if (options.topics.length === 0) throw new ValidationFailed([{ field: 'topics', message: 'is empty' }]);
    await this.connect();
    await this.ensureTopics(options.topics);
    const { groupId } = options;
    const member = new KafkaGroupMember({
      consumer: (restartOnFailure) =>
        this.kafka.consumer({
          groupId,
          sessionTimeout: this.settings.sessionTimeoutMs,
          heartbeatInterval: this.settings.heartbeatIntervalMs,
          retry: { restartOnFailure },
        }),
      groupId,
      handler,
      options: this.settings,
      deadLetter: (payload, reason) => this.deadLetter(groupId, payload, reason),
      onFailed: (error) => {
        this.failedGroups.set(groupId, error);
        this.options.onConsumerFailed?.(groupId, error);
      },
    });
    try {
      await member.start(options.topics, options.fromBeginning ?? true);
    } catch (error) {
      await member.stop().catch(() => undefined);
      throw error;
    }
    const handle: Consumer = {
      stop: async () => {
        this.consumers.delete(handle);
        await member.stop();
      },
    };
    this.consumers.set(handle, { groupId, topics: options.topics });
    return handle;
  }

  /** Each subscribed group's lag per topic: the partitions' high watermarks less its committed offsets (or, before its first commit, the partitions' starts). */
  async consumerLag(): Promise<ConsumerLag[]> {
    const groups = new Map<string, Set<string>>();
    for (const { groupId, topics } of this.consumers.values()) groups.set(groupId, new Set([...(groups.get(groupId) ?? []), ...topics]));
    if (groups.size === 0) return [];
    await this.connect();
    const topics = [...new Set([...groups.values()].flatMap((set) => [...set]))];
    const ends = new Map(await Promise.all(topics.map(async (topic) => [topic, await this.admin.fetchTopicOffsets(topic)] as const)));
    const lags: ConsumerLag[] = [];
    for (const [groupId, groupTopics] of groups) {
      const committed = await this.admin.fetchOffsets({ groupId, topics: [...groupTopics] });
      for (const { topic, partitions } of committed) {
        let messages = 0;
        for (const end of ends.get(topic) ?? []) {
          const offset = Number(partitions.find((p) => p.partition === end.partition)?.offset ?? '-1');
          messages += Math.max(0, Number(end.high) - (offset >= 0 ? offset : Number(end.low)));
        }
        lags.push({ groupId, topic, messages });
      }
    }
    return lags;
  }

  /** Groups whose consumer stopped on its own (for readiness): a dead consumer is not a quiet one. */
  failedConsumers(): ReadonlyMap<string, unknown> {
    return this.failedGroups;
  }

  async close(): Promise<void> {
    await Promise.all([...this.consumers.keys()].map((consumer) => consumer.stop()));
    if (this.connected) {
      this.connected = undefined;
      await Promise.all([this.producer.disconnect(), this.admin.disconnect()]);
    }
  }

  private async send(byTopic: Map<string, Message[]>): Promise<void> {
    await this.connect();
    await this.ensureTopics([...byTopic.keys()]);
    await this.producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, topicMessages]) => ({ topic, messages: topicMessages })),
    });
  }

  /** The message as it came (value, key and headers untouched), with why and from where it was given up. */
  private async deadLetter(groupId: string, { topic, partition, message }: EachMessagePayload, reason: string): Promise<void> {
    const headers: IHeaders = {
      ...message.headers,
      'x-dead-letter-reason': reason,
      'x-dead-letter-group': groupId,
      'x-original-topic': topic,
      'x-original-partition': String(partition),
      'x-original-offset': message.offset,
    };
    await this.send(new Map([[deadLetterTopic(topic), [{ key: message.key, value: message.value, headers }]]]));
    this.deadLettered.set(topic, (this.deadLettered.get(topic) ?? 0) + 1);
    this.options.onDeadLetter?.({ topic, partition, offset: message.offset, groupId, reason });
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

  /** Creates missing topics once per topic and process, or (without the right to) checks that they exist. */
  private async ensureTopics(topics: readonly string[]): Promise<void> {
    await Promise.all(
      topics.map((topic) => {
        let ready = this.topics.get(topic);
        if (!ready) {
          ready = this.settings.createTopics ? this.createTopic(topic) : this.checkTopic(topic);
          ready.catch(() => this.topics.delete(topic));
          this.topics.set(topic, ready);
        }
        return ready;
      }),
    );
  }

  private async createTopic(topic: string): Promise<void> {
    const { partitions, replicationFactor, minInsyncReplicas } = this.settings;
    const configEntries = minInsyncReplicas === undefined ? [] : [{ name: 'min.insync.replicas', value: String(minInsyncReplicas) }];
    const deadline = Date.now() + TOPIC_LEADERS_MS;
    for (;;) {
      try {
        // `createTopics` answers false (not an error) for a topic that exists already. The client gives
        // up on the first "unknown topic" answer, which a KRaft broker gives for a topic just created
        // (here or by another process starting at the same moment) until its metadata has spread: that
        // answer is retried here, and the wait for leaders is ours.
        await this.admin.createTopics({ topics: [{ topic, numPartitions: partitions, replicationFactor, configEntries }] });
        break;
      } catch (error) {
        if (retriable(error) && Date.now() < deadline) {
          await sleep(100);
          continue;
        }
        // The client's message is "Topic creation errors"; the broker's reason is in the errors it wraps.
        const causes = (error as { errors?: { message?: string }[] }).errors?.map((cause) => cause.message) ?? [];
        throw new Error(`could not create topic ${topic}: ${[...causes, (error as Error).message].join('; ')}`, { cause: error });
      }
    }
    await this.leadersOf(topic);
  }

  /** Resolves once every partition of the topic has a leader, so a first publish or fetch finds it. */
  private async leadersOf(topic: string): Promise<void> {
    const deadline = Date.now() + TOPIC_LEADERS_MS;
    for (;;) {
      try {
        const { topics } = await this.admin.fetchTopicMetadata({ topics: [topic] });
        const partitions = topics[0]?.partitions ?? [];
        if (partitions.length > 0 && partitions.every((partition) => partition.leader >= 0)) return;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`topic ${topic} has no leaders after ${TOPIC_LEADERS_MS} ms`, { cause: error });
      }
      if (Date.now() > deadline) throw new Error(`topic ${topic} has no leaders after ${TOPIC_LEADERS_MS} ms`);
      await sleep(100);
    }
  }

  private async checkTopic(topic: string): Promise<void> {
    const existing = new Set(await this.admin.listTopics());
    if (!existing.has(topic)) throw new Error(`topic ${topic} does not exist (this client does not create topics)`);
    await this.leadersOf(topic);
  }
}
