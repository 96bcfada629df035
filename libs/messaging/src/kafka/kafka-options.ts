import type { ConnectionOptions } from 'node:tls';
import { logLevel, type KafkaConfig, type SASLOptions } from 'kafkajs';

export interface KafkaIntegrationBusOptions {
  readonly brokers: string[];
  readonly clientId: string;
  /** Partitions of the topics this bus creates (an existing topic keeps its own). Default 4. */
  readonly partitions?: number;
  /** Replicas of the topics this bus creates. Default: the broker's `default.replication.factor`. */
  readonly replicationFactor?: number;
  /** `min.insync.replicas` of the topics this bus creates. Default: the broker's. */
  readonly minInsyncReplicas?: number;
  /**
   * False where the client may not create topics (no CREATE right): topics must exist, and a
   * missing one fails publish and subscribe with its name. Default true.
   */
  readonly createTopics?: boolean;
  /** TLS to the brokers: true for the system's CAs, or Node TLS options (ca, cert, key…). */
  readonly ssl?: boolean | ConnectionOptions;
  readonly sasl?: SASLOptions;
  /** Longest a publish may take, retries included; past it the publish fails. Default 15 s. */
  readonly publishTimeoutMs?: number;
  /** Handler attempts before a message goes to the dead-letter topic. Default 10. */
  readonly maxDeliveryAttempts?: number;
  /**
   * How long a group waits for a member that stopped heartbeating before giving its partitions to the
   * others; a replica restarted after a crash also waits this long to join. Default 30 s (the broker's
   * group.min.session.timeout.ms, 6 s by default, is the floor). Heartbeats go every third of it, at most 3 s.
   */
  readonly sessionTimeoutMs?: number;
  /** Committed offsets are written after this many handled messages, or this long, whichever comes first. */
  readonly commitEveryMessages?: number;
  readonly commitEveryMs?: number;
  /** A message given up on: undecodable, refused, or failing past the attempt limit. */
  readonly onDeadLetter?: (deadLetter: DeadLetter) => void;
  /** A consumer that stopped on its own (it crashed past the client's restarts); it no longer receives. */
  readonly onConsumerFailed?: (groupId: string, error: unknown) => void;
}

export interface DeadLetter {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly groupId: string;
  readonly reason: string;
}

/** The topic a group's given-up messages go to; their original topic, partition and offset are in headers. */
export const deadLetterTopic = (topic: string): string => `${topic}.dead-letter`;

export interface ResolvedKafkaOptions {
  readonly partitions: number;
  readonly replicationFactor: number;
  readonly minInsyncReplicas?: number;
  readonly createTopics: boolean;
  readonly publishTimeoutMs: number;
  readonly maxDeliveryAttempts: number;
  readonly commitEveryMessages: number;
  readonly commitEveryMs: number;
  readonly sessionTimeoutMs: number;
  readonly heartbeatIntervalMs: number;
}

export function resolveKafkaOptions(options: KafkaIntegrationBusOptions): ResolvedKafkaOptions {
  return {
    partitions: options.partitions ?? 4,
    // -1 lets the broker apply its default.
    replicationFactor: options.replicationFactor ?? -1,
    ...(options.minInsyncReplicas === undefined ? {} : { minInsyncReplicas: options.minInsyncReplicas }),
    createTopics: options.createTopics ?? true,
    publishTimeoutMs: options.publishTimeoutMs ?? 15_000,
    maxDeliveryAttempts: options.maxDeliveryAttempts ?? 10,
    commitEveryMessages: options.commitEveryMessages ?? 100,
    commitEveryMs: options.commitEveryMs ?? 1000,
    sessionTimeoutMs: options.sessionTimeoutMs ?? 30_000,
    heartbeatIntervalMs: Math.min(3000, Math.floor((options.sessionTimeoutMs ?? 30_000) / 3)),
  };
}

/**
 * The client: retries bounded in number and time (kafkajs would otherwise keep an idempotent
 * producer retrying for minutes while the brokers are away), short connection and request timeouts.
 */
export function kafkaClientConfig(options: KafkaIntegrationBusOptions): KafkaConfig {
  return {
    brokers: options.brokers,
    clientId: options.clientId,
    logLevel: logLevel.WARN,
    connectionTimeout: 3000,
    requestTimeout: 10_000,
    retry: { retries: 5, initialRetryTime: 200, maxRetryTime: 5000 },
    ...(options.ssl === undefined ? {} : { ssl: options.ssl }),
    ...(options.sasl === undefined ? {} : { sasl: options.sasl }),
  };
}
