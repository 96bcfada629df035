import { hostname } from 'node:os';
import type { Clock } from '@deskstream/kernel';
import { SqliteEventStore } from '@deskstream/eventstore';
import { SqliteInbox, SqliteIntegrationBus } from '@deskstream/messaging';
import { SqliteDocumentStore } from '@deskstream/readmodels';
import { SqliteScheduler } from '@deskstream/scheduling';
import { openSqlite, SqliteCheckpointStore, sqliteFileIn } from '@deskstream/sqlite';
import type { PlatformConfig } from '../config/platform-config';
import type { PlatformAdapters } from './platform-adapters';

/** The embedded default: every adapter on one SQLite file in the data dir. */
export function openEmbeddedAdapters(config: PlatformConfig, clock: Clock): PlatformAdapters {
  const db = openSqlite(sqliteFileIn(config.dataDir), { synchronous: config.sqliteSynchronous });
  const eventStore = new SqliteEventStore(db);
  const bus = new SqliteIntegrationBus(db);
  const documents = new SqliteDocumentStore(db);
  // One file, one connection: a probe that reads it tells whether every adapter on it can work.
  const fileAnswers = async () => {
    db.prepare('SELECT 1').get();
  };
  return {
    eventStore,
    bus,
    inbox: new SqliteInbox(db),
    documents,
    checkpoints: new SqliteCheckpointStore(db),
    scheduler: new SqliteScheduler(db, { owner: `${hostname()}-${process.pid}`, clock }),
    probes: {
      eventStore: async () => {
        await eventStore.headPosition();
      },
      bus: fileAnswers,
      documents: fileAnswers,
      scheduler: fileAnswers,
    },
    async close() {
      await bus.close();
      await documents.close();
      await eventStore.close();
      db.close();
    },
  };
}
