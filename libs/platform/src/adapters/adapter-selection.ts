import type { KafkaIntegrationBusOptions } from '@deskstream/messaging';
import { ConfigError, type PlatformConfig } from '../config/platform-config';

export type EventStoreBackend = 'sqlite' | 'kurrentdb';
export type BusBackend = 'sqlite' | 'kafka';
/** Read models, with their checkpoints and the consumers' inbox. */
export type DocumentsBackend = 'sqlite' | 'mongodb';
export type SchedulerBackend = 'sqlite' | 'mongodb';

/** Which adapter serves each port: each has its own setting, so a deployment can mix them. */
export interface AdapterSelection {
  readonly eventStore: EventStoreBackend;
  readonly bus: BusBackend;
  readonly documents: DocumentsBackend;
  readonly scheduler: SchedulerBackend;
  /** The Kafka bus's settings beyond the brokers. */
  readonly kafka: Omit<KafkaIntegrationBusOptions, 'brokers' | 'clientId'>;
}

type Env = Readonly<Record<string, string | undefined>>;

const SETTINGS = {
  DESKSTREAM_EVENT_STORE: ['sqlite', 'kurrentdb'],
  DESKSTREAM_BUS: ['sqlite', 'kafka'],
  DESKSTREAM_READ_MODELS: ['sqlite', 'mongodb'],
  DESKSTREAM_SCHEDULER: ['sqlite', 'mongodb'],
} as const;
const SASL_MECHANISMS = ['plain', 'scram-sha-256', 'scram-sha-512'] as const;

/**
 * Reads each port's backend: `DESKSTREAM_EVENT_STORE`, `DESKSTREAM_BUS`, `DESKSTREAM_READ_MODELS`,
 * `DESKSTREAM_SCHEDULER`, defaulting to all SQLite in embedded mode and to KurrentDB, Kafka and
 * MongoDB in production mode; and the Kafka settings (`KAFKA_REPLICATION_FACTOR`,
 * `KAFKA_MIN_INSYNC_REPLICAS`, `KAFKA_SESSION_TIMEOUT_MS`, `KAFKA_CREATE_TOPICS`, `KAFKA_SSL`, `KAFKA_SASL_MECHANISM`,
 * `KAFKA_SASL_USERNAME`, `KAFKA_SASL_PASSWORD`). Every problem is reported at once.
 */
export function selectAdapters(config: PlatformConfig, env: Env = process.env): AdapterSelection {
  const problems: string[] = [];
  const production = config.mode === 'production';
  const choose = <K extends keyof typeof SETTINGS>(variable: K, productionDefault: (typeof SETTINGS)[K][number]) => {
    const value = env[variable]?.trim() || (production ? productionDefault : 'sqlite');
    const allowed: readonly string[] = SETTINGS[variable];
    if (!allowed.includes(value)) problems.push(`${variable} must be one of ${allowed.join(' | ')} (got ${JSON.stringify(value)})`);
    return value as (typeof SETTINGS)[K][number];
  };
  const eventStore = choose('DESKSTREAM_EVENT_STORE', 'kurrentdb');
  const bus = choose('DESKSTREAM_BUS', 'kafka');
  const documents = choose('DESKSTREAM_READ_MODELS', 'mongodb');
  const scheduler = choose('DESKSTREAM_SCHEDULER', 'mongodb');
  if (eventStore === 'kurrentdb' && !config.kurrentdbUrl) problems.push('KURRENTDB_URL is required for DESKSTREAM_EVENT_STORE=kurrentdb');
  if (bus === 'kafka' && config.kafkaBrokers.length === 0) problems.push('KAFKA_BROKERS is required for DESKSTREAM_BUS=kafka');
  if ((documents === 'mongodb' || scheduler === 'mongodb') && !config.mongodbUrl) {
    problems.push('MONGODB_URL is required for DESKSTREAM_READ_MODELS=mongodb or DESKSTREAM_SCHEDULER=mongodb');
  }
  const kafka = kafkaSettings(env, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return { eventStore, bus, documents, scheduler, kafka };
}

function kafkaSettings(env: Env, problems: string[]): AdapterSelection['kafka'] {
  const positive = (variable: string): number | undefined => {
    const text = env[variable]?.trim();
    if (!text) return undefined;
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1) problems.push(`${variable} must be a positive integer (got ${JSON.stringify(text)})`);
    return value;
  };
  const flag = (variable: string): boolean | undefined => {
    const text = env[variable]?.trim();
    if (!text) return undefined;
    if (text !== 'true' && text !== 'false') problems.push(`${variable} must be true or false (got ${JSON.stringify(text)})`);
    return text === 'true';
  };
  const replicationFactor = positive('KAFKA_REPLICATION_FACTOR');
  const minInsyncReplicas = positive('KAFKA_MIN_INSYNC_REPLICAS');
  const sessionTimeoutMs = positive('KAFKA_SESSION_TIMEOUT_MS');
  const createTopics = flag('KAFKA_CREATE_TOPICS');
  const ssl = flag('KAFKA_SSL');
  const mechanism = env.KAFKA_SASL_MECHANISM?.trim();
  let sasl: AdapterSelection['kafka']['sasl'];
  if (mechanism) {
    const username = env.KAFKA_SASL_USERNAME ?? '';
    const password = env.KAFKA_SASL_PASSWORD ?? '';
    if (!(SASL_MECHANISMS as readonly string[]).includes(mechanism)) {
      problems.push(`KAFKA_SASL_MECHANISM must be one of ${SASL_MECHANISMS.join(' | ')} (got ${JSON.stringify(mechanism)})`);
    } else if (!username || !password) {
      problems.push('KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD are required with KAFKA_SASL_MECHANISM');
    } else {
      sasl = { mechanism: mechanism as (typeof SASL_MECHANISMS)[number], username, password } as AdapterSelection['kafka']['sasl'];
    }
  }
  return {
    ...(replicationFactor === undefined ? {} : { replicationFactor }),
    ...(minInsyncReplicas === undefined ? {} : { minInsyncReplicas }),
    ...(sessionTimeoutMs === undefined ? {} : { sessionTimeoutMs }),
    ...(createTopics === undefined ? {} : { createTopics }),
    ...(ssl === undefined ? {} : { ssl }),
    ...(sasl === undefined ? {} : { sasl }),
  };
}
