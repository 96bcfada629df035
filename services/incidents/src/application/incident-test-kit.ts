import { ManualClock, SequentialIds } from '@deskstream/kernel';
import { SqliteEventStore } from '@deskstream/eventstore';
import type { Principal } from '@deskstream/platform';
import { SqliteDocumentStore } from '@deskstream/readmodels';
import { SqliteScheduler } from '@deskstream/scheduling';
import { openSqlite } from '@deskstream/sqlite';
import { IncidentQueries } from './incident-queries';
import { IncidentReferences } from './incident-references';
import { IncidentSettingsRepository } from './incident-settings.repository';
import { IncidentUseCases, type RequestContext } from './incident-use-cases';

/** The application on the real embedded stores (in-memory SQLite), for tests of the use cases and read models. */
export function incidentTestKit() {
  const db = openSqlite(':memory:');
  const store = new SqliteEventStore(db);
  const documents = new SqliteDocumentStore(db);
  const clock = new ManualClock('2026-01-05T09:00:00.000Z');
  const ids = new SequentialIds('id');
  const scheduler = new SqliteScheduler(db, { owner: 'test', clock });
  const references = new IncidentReferences(store, ids);
  const settings = new IncidentSettingsRepository(store, ids);
  const queries = new IncidentQueries(store, documents, references, clock);
  const useCases = new IncidentUseCases({ store, clock, ids, settings, references, queries });
  return {
    db,
    store,
    documents,
    clock,
    scheduler,
    references,
    settings,
    queries,
    useCases,
    async close() {
      await scheduler.stop();
      db.close();
    },
  };
}

export const principal = (tenantId: string, userId: string, ...roles: Principal['roles']): Principal => ({ tenantId, userId, name: userId, roles });

export const ALICE = principal('acme', 'alice', 'agent');
export const RITA = principal('acme', 'rita', 'requester');
export const ROB = principal('acme', 'rob', 'requester');
export const GLOBEX_AGENT = principal('globex', 'gus', 'agent');

export const as = (p: Principal): RequestContext => ({ principal: p, correlationId: `corr-${p.userId}` });
