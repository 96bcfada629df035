import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { DatabaseSync } from 'node:sqlite';
import { Kafka, logLevel } from 'kafkajs';
import mongoose from 'mongoose';
import type { CheckpointStore, Clock, EventStore, Leases } from '@deskstream/kernel';
import { KurrentEventStore, SqliteEventStore } from '@deskstream/eventstore';
import { TOPICS } from '@deskstream/contracts';
import { KafkaIntegrationBus, MongoInbox, SqliteInbox, SqliteIntegrationBus, SqliteRetention, type Inbox, type IntegrationBus } from '@deskstream/messaging';
import { MongoCheckpointStore, MongoDocumentStore, MongoLeases, SqliteDocumentStore, type DocumentStore } from '@deskstream/readmodels';
import { MongoScheduler, SqliteScheduler, type Scheduler } from '@deskstream/scheduling';
import { openSqlite, SqliteCheckpointStore, sqliteFileIn, SqliteLeases } from '@deskstream/sqlite';
import type { PlatformConfig } from '../config/platform-config';
import { CryptoShreddingEventStore } from '../privacy/crypto-shredding-event-store';
import { PERSONAL_DATA } from '../privacy/personal-data-catalogue';
import { PersonalKeys } from '../privacy/personal-keys';
import { AdaptersTenantPurge, SqliteTenantPurge, type TenantPurge } from '../privacy/tenant-purge';
import { selectAdapters, type AdapterSelection } from './adapter-selection';
import type { PlatformAdapters } from './platform-adapters';
import { clusterEdgeChannel, clusterWriterChannel } from './cluster-channels';
import { ForwardedAppendsEventStore } from './forwarded-appends-event-store';
import { serveAppends, type ProcessLink, type ProcessRole } from './writer-link';

type Probe = () => Promise<void>;

/**
 * Opens each port on the backend its setting names (see `selectAdapters`): the embedded default is
 * every port on one SQLite file in the data dir; production is KurrentDB, Kafka and MongoDB; any mix
 * works. Connections are opened once and shared by the ports on them, and closed in reverse order.
 */
export async function openAdapters(config: PlatformConfig, clock: Clock, env = process.env, role: ProcessRole = 'whole'): Promise<PlatformAdapters> {
  const selection = selectAdapters(config, env);
  const owner = `${hostname()}-${process.pid}`;
  const closers: (() => Promise<void>)[] = [];
  let sqlite: DatabaseSync | undefined;
  const sqliteDb = (): DatabaseSync => {
    if (!sqlite) {
      const db = openSqlite(sqliteFileIn(config.dataDir), { synchronous: config.sqliteSynchronous });
      sqlite = db;
      closers.push(async () => db.close());
    }
    return sqlite;
  };
  // One file, one connection: a probe that reads it tells whether every adapter on it can work.
  const sqliteAnswers: Probe = async () => {
    sqliteDb().prepare('SELECT 1').get();
  };
  let mongo: mongoose.Connection | undefined;
  const mongoConnection = async (): Promise<mongoose.Connection> => {
    if (!mongo) {
      const connection = await mongoose.createConnection(config.mongodbUrl!).asPromise();
      mongo = connection;
      closers.push(() => connection.close());
    }
    return mongo;
  };
  const mongoAnswers: Probe = async () => {
    await mongo!.db!.admin().ping();
  };

  try {
    // Each production adapter purges its own part of a deleted tenant's data; the SQLite file is purged whole.
    const purges: TenantPurge[] = [];
    let rawEventStore: EventStore;
    let processLink: ProcessLink | undefined;
    if (selection.eventStore === 'kurrentdb') {
      const kurrent = KurrentEventStore.connect(config.kurrentdbUrl!);
      closers.push(() => kurrent.close());
      purges.push({ purge: (tenantId) => kurrent.purgeTenant(tenantId) });
      rawEventStore = kurrent;
    } else {
      ({ store: rawEventStore, link: processLink } = embeddedEventStore(new SqliteEventStore(sqliteDb()), role, closers));
    }

    let documents: DocumentStore;
    let checkpoints: CheckpointStore;
    let inbox: Inbox;
    let leases: Leases;
    // Unique per runtime, not per process: two runtimes in one process are two replicas.
    const leaseOptions = { owner: `${owner}-${randomUUID().slice(0, 8)}`, ttlMs: config.leaseTtlSeconds * 1000, clock };
    if (selection.documents === 'mongodb') {
      const connection = await mongoConnection();
      const store = new MongoDocumentStore(connection);
      purges.push({ purge: (tenantId) => store.purgeTenant(tenantId) });
      documents = store;
      checkpoints = new MongoCheckpointStore(connection);
      inbox = new MongoInbox(connection);
      leases = new MongoLeases(connection, leaseOptions);
    } else {
      documents = new SqliteDocumentStore(sqliteDb());
      checkpoints = new SqliteCheckpointStore(sqliteDb());
      inbox = new SqliteInbox(sqliteDb());
      leases = new SqliteLeases(sqliteDb(), leaseOptions);
    }
    closers.push(() => documents.close());
    // Personal fields are sealed with their person's key (see PersonalKeys); every process opens every
    // service's fields, whichever services it runs.
    const keyStore = await personalKeyStore(config, selection, documents, closers);
    const personalKeys = new PersonalKeys(keyStore.documents, clock);
    const eventStore = new CryptoShreddingEventStore(rawEventStore, personalKeys, PERSONAL_DATA);

    const scheduler: Scheduler =
      selection.scheduler === 'mongodb' ? new MongoScheduler(await mongoConnection(), { owner, clock }) : new SqliteScheduler(sqliteDb(), { owner, clock });

    const { bus, probe: busProbe } = openBus(config, selection, sqliteDb, sqliteAnswers);
    closers.push(() => bus.close());
    keepWithinRetention(config, { bus, inbox }, sqliteDb, closers);

    return {
      eventStore,
      bus,
      inbox,
      documents,
      checkpoints,
      leases,
      scheduler,
      personalKeys,
      ...(processLink ? { processLink } : {}),
      // Kafka has no delete by key: retention drops the messages, and consumers pass over a deleted tenant's (docs/personal-data.md).
      tenantPurge: new AdaptersTenantPurge(sqlite ? [new SqliteTenantPurge(sqliteDb), ...purges] : purges),
      probes: {
        eventStore: async () => {
          await eventStore.headPosition();
        },
        bus: busProbe,
        documents: withKeyStore(selection.documents === 'mongodb' ? mongoAnswers : sqliteAnswers, keyStore.probe),
        scheduler: selection.scheduler === 'mongodb' ? mongoAnswers : sqliteAnswers,
      },
      close: () => closeAll(closers),
    };
  } catch (error) {
    await closeAll(closers).catch(() => undefined);
    throw error;
  }
}

/**
 * Where the personal keys are kept: beside the read models, or in the MongoDB database
 * PERSONAL_KEYS_MONGODB_URL names, which every service's process can share (one key per person for
 * the whole installation, so a process opens fields sealed by any other).
 */
async function personalKeyStore(
  config: PlatformConfig,
  selection: AdapterSelection,
  documents: DocumentStore,
  closers: (() => Promise<void>)[],
): Promise<{ documents: DocumentStore; probe?: Probe }> {
  const url = config.personalKeysMongodbUrl;
  if (!url || (selection.documents === 'mongodb' && url === config.mongodbUrl)) return { documents };
  const connection = await mongoose.createConnection(url).asPromise();
  closers.push(() => connection.close());
  return {
    documents: new MongoDocumentStore(connection),
    probe: async () => {
      await connection.db!.admin().ping();
    },
  };
}

/** The read models' probe, and the key store's when the keys are kept apart: without keys, no personal field can be sealed or opened. */
const withKeyStore =
  (documents: Probe, keys: Probe | undefined): Probe =>
  async () => {
    await documents();
    await keys?.();
  };

/** The SQLite event store as the process's role needs it: appending itself, serving the edges' appends too, or sending its appends to the writer. */
function embeddedEventStore(store: SqliteEventStore, role: ProcessRole, closers: (() => Promise<void>)[]): { store: EventStore; link?: ProcessLink } {
  if (role === 'edge') {
    const forwarded = new ForwardedAppendsEventStore(store, clusterEdgeChannel());
    closers.push(() => forwarded.close());
    return { store: forwarded, link: forwarded };
  }
  closers.push(() => store.close());
  if (role !== 'writer') return { store };
  const served = serveAppends(store, clusterWriterChannel());
  // Registered after the store's own closer, so it runs first: no edge append is taken once closing starts.
  closers.push(async () => served.stop());
  return { store, link: served };
}

/** Topics whose messages each carry a whole entity, which a replica starting from the beginning needs. */
const KEY_COMPACTED_TOPICS = [TOPICS.directory, TOPICS.incidentSettings];

/** The embedded bus log and inbox (whichever run on SQLite) compacted past their retention; stopped before the file closes. */
function keepWithinRetention(
  config: PlatformConfig,
  parts: { bus: IntegrationBus; inbox: Inbox },
  sqliteDb: () => DatabaseSync,
  closers: (() => Promise<void>)[],
): void {
  const bus = parts.bus instanceof SqliteIntegrationBus ? parts.bus : undefined;
  const inbox = parts.inbox instanceof SqliteInbox ? parts.inbox : undefined;
  if (!bus && !inbox) return;
  const { busMessagesSeconds, inboxSeconds, compactionIntervalSeconds } = config.retention;
  const retention = new SqliteRetention(
    sqliteDb(),
    { bus, inbox },
    {
      busMessagesMs: busMessagesSeconds * 1000,
      inboxMs: inboxSeconds * 1000,
      intervalMs: compactionIntervalSeconds * 1000,
    },
  );
  closers.push(async () => retention.stop());
}

function openBus(
  config: PlatformConfig,
  selection: AdapterSelection,
  sqliteDb: () => DatabaseSync,
  sqliteAnswers: Probe,
): { bus: IntegrationBus; probe: Probe } {
  if (selection.bus === 'sqlite') return { bus: new SqliteIntegrationBus(sqliteDb(), { keyCompactedTopics: KEY_COMPACTED_TOPICS }), probe: sqliteAnswers };
  const clientId = config.telemetry.serviceName;
  const brokers = [...config.kafkaBrokers];
  const kafka = new KafkaIntegrationBus({ brokers, clientId, ...selection.kafka });
  // The bus port has no health call: a separate admin client asks the cluster to describe itself.
  const { ssl, sasl } = selection.kafka;
  const admin = new Kafka({ clientId: `${clientId}-health`, brokers, logLevel: logLevel.NOTHING, ...(ssl ? { ssl } : {}), ...(sasl ? { sasl } : {}) }).admin();
  let adminConnected: Promise<void> | null = null;
  const bus: IntegrationBus = {
    publish: (messages) => kafka.publish(messages),
    subscribe: (options, handler) => kafka.subscribe(options, handler),
    consumerLag: () => kafka.consumerLag(),
    async close() {
      await kafka.close();
      if (adminConnected) await admin.disconnect();
    },
  };
  const probe: Probe = async () => {
    // A consumer that stopped on its own receives nothing more: not ready, whatever the brokers say.
    const failed = [...kafka.failedConsumers().keys()];
    if (failed.length > 0) throw new Error(`consumer groups stopped: ${failed.join(', ')}`);
    adminConnected ??= admin.connect().catch((error: unknown) => {
      adminConnected = null;
      throw error;
    });
    await adminConnected;
    await admin.describeCluster();
  };
  return { bus, probe };
}

async function closeAll(closers: (() => Promise<void>)[]): Promise<void> {
  // Reverse order of opening: the bus and readers first, the connections they use last.
  for (const close of [...closers].reverse()) await close();
}
