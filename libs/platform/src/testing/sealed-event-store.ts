import { SqliteEventStore } from '@deskstream/eventstore';
import { SqliteDocumentStore } from '@deskstream/readmodels';
import type { DatabaseSync } from 'node:sqlite';
import { CryptoShreddingEventStore } from '../privacy/crypto-shredding-event-store';
import { PERSONAL_DATA } from '../privacy/personal-data-catalogue';
import { PersonalKeys } from '../privacy/personal-keys';

/** The event store as every process has it (personal fields sealed by the catalogue), on one SQLite database, with its keys. */
export function sealedEventStore(db: DatabaseSync): { store: CryptoShreddingEventStore; keys: PersonalKeys } {
  const keys = new PersonalKeys(new SqliteDocumentStore(db));
  return { store: new CryptoShreddingEventStore(new SqliteEventStore(db), keys, PERSONAL_DATA), keys };
}
