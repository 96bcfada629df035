import { hostname } from 'node:os';
import { Kafka, logLevel } from 'kafkajs';
import mongoose from 'mongoose';
import type { Clock } from '@deskstream/kernel';
import { KurrentEventStore } from '@deskstream/eventstore';
import { KafkaIntegrationBus, MongoInbox } from '@deskstream/messaging';
import { MongoCheckpointStore, MongoDocumentStore } from '@deskstream/readmodels';
import { MongoScheduler } from '@deskstream/scheduling';
import type { PlatformConfig } from '../config/platform-config';
import type { PlatformAdapters } from './platform-adapters';

function required(value: string | undefined, variable: string): string {
  // loadConfig already refuses a production configuration without these; this guards direct callers.
  if (!value) throw new Error(`${variable} is required in production mode`);
  return value;
}

/** Production: events in KurrentDB, integration messages on Kafka, read models and timers in MongoDB. */
export async function openProductionAdapters(config: PlatformConfig, clock: Clock): Promise<PlatformAdapters> {
  const clientId = config.telemetry.serviceName;
  const brokers = [...config.kafkaBrokers];
  const eventStore = await KurrentEventStore.connect(required(config.kurrentdbUrl, 'KURRENTDB_URL'));
  const connection = await mongoose.createConnection(required(config.mongodbUrl, 'MONGODB_URL')).asPromise();
  const bus = new KafkaIntegrationBus({ brokers, clientId });
  const documents = new MongoDocumentStore(connection);
  // The bus port has no health call: a separate admin client asks the cluster to describe itself.
  const admin = new Kafka({ clientId: `${clientId}-health`, brokers, logLevel: logLevel.NOTHING }).admin();
  let adminConnected: Promise<void> | null = null;
  const mongoAnswers = async () => {
    await connection.db!.admin().ping();
  };
  return {
    eventStore,
    bus,
    inbox: new MongoInbox(connection),
    documents,
    checkpoints: new MongoCheckpointStore(connection),
    scheduler: new MongoScheduler(connection, { owner: `${hostname()}-${process.pid}`, clock }),
    probes: {
      eventStore: async () => {
        await eventStore.headPosition();
      },
      bus: async () => {
        adminConnected ??= admin.connect().catch((error: unknown) => {
          adminConnected = null;
          throw error;
        });
        await adminConnected;
        await admin.describeCluster();
      },
      documents: mongoAnswers,
      scheduler: mongoAnswers,
    },
    async close() {
      await bus.close();
      if (adminConnected) await admin.disconnect();
      await documents.close();
      await eventStore.close();
      await connection.close();
    },
  };
}
