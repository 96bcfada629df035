import { ConfigError, loadConfig } from '../config/platform-config';
import { selectAdapters } from './adapter-selection';

const PRODUCTION = {
  DESKSTREAM_MODE: 'production',
  KURRENTDB_URL: 'kurrentdb://kurrentdb:2113?tls=false',
  KAFKA_BROKERS: 'kafka:9092',
  MONGODB_URL: 'mongodb://mongodb:27017/desk',
  AUTH_ISSUER: 'https://id.example',
  AUTH_JWKS_URL: 'https://id.example/jwks.json',
};

describe('selectAdapters', () => {
  it('puts every port on SQLite in embedded mode, and on KurrentDB, Kafka and MongoDB in production', () => {
    expect(selectAdapters(loadConfig({}), {})).toMatchObject({ eventStore: 'sqlite', bus: 'sqlite', documents: 'sqlite', scheduler: 'sqlite' });
    expect(selectAdapters(loadConfig(PRODUCTION), {})).toMatchObject({
      eventStore: 'kurrentdb',
      bus: 'kafka',
      documents: 'mongodb',
      scheduler: 'mongodb',
    });
  });

  it('lets each port choose its own backend', () => {
    const config = loadConfig({ KAFKA_BROKERS: 'localhost:9092', MONGODB_URL: 'mongodb://localhost/desk' });
    const env = {
      DESKSTREAM_BUS: 'kafka',
      DESKSTREAM_READ_MODELS: 'mongodb',
      KAFKA_REPLICATION_FACTOR: '3',
      KAFKA_MIN_INSYNC_REPLICAS: '2',
      KAFKA_SESSION_TIMEOUT_MS: '10000',
    };
    expect(selectAdapters(config, env)).toEqual({
      eventStore: 'sqlite',
      bus: 'kafka',
      documents: 'mongodb',
      scheduler: 'sqlite',
      kafka: { replicationFactor: 3, minInsyncReplicas: 2, sessionTimeoutMs: 10000 },
    });
  });

  it('reads TLS, SASL and the right to create topics for Kafka', () => {
    const env = {
      KAFKA_SSL: 'true',
      KAFKA_CREATE_TOPICS: 'false',
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'desk',
      KAFKA_SASL_PASSWORD: 's3cret',
    };
    expect(selectAdapters(loadConfig(PRODUCTION), env).kafka).toEqual({
      ssl: true,
      createTopics: false,
      sasl: { mechanism: 'scram-sha-512', username: 'desk', password: 's3cret' },
    });
  });

  it('names every bad setting at once', () => {
    const env = { DESKSTREAM_BUS: 'rabbit', DESKSTREAM_READ_MODELS: 'mongodb', KAFKA_REPLICATION_FACTOR: '0', KAFKA_SASL_MECHANISM: 'plain' };
    let error: unknown;
    try {
      selectAdapters(loadConfig({}), env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'DESKSTREAM_BUS must be one of sqlite | kafka (got "rabbit")',
      'MONGODB_URL is required for DESKSTREAM_READ_MODELS=mongodb or DESKSTREAM_SCHEDULER=mongodb',
      'KAFKA_REPLICATION_FACTOR must be a positive integer (got "0")',
      'KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD are required with KAFKA_SASL_MECHANISM',
    ]);
  });
});
