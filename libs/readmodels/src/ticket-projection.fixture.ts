import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@deskstream/eventstore';
import { parseStreamName, type EventMetadata, type EventStore, type RecordedEvent } from '@deskstream/kernel';
import { openSqlite, SqliteCheckpointStore } from '@deskstream/sqlite';
import type { DocumentStore, Projection, StoredDocument } from './document-store.port';
import { SqliteDocumentStore } from './sqlite/sqlite-document-store';

/** A small projection for the runner and rebuild tests: one document per ticket stream. */
export interface TicketDoc extends StoredDocument {
  readonly title: string;
  readonly priority: number;
  readonly notes: number;
}

export const TENANTS = ['acme', 'globex'] as const;

export function ticketProjection(name = 'tickets', overrides: Partial<Projection<TicketDoc>> = {}): Projection<TicketDoc> {
  return {
    name,
    collection: name,
    categories: ['ticket'],
    handles: ['TicketOpened', 'TicketPrioritised', 'TicketNoted', 'TicketDeleted'],
    indexes: [['priority'], ['title']],
    documentId: (event) => parseStreamName(event.streamId).id,
    apply(doc, event: RecordedEvent) {
      const data = event.data as { title?: string; priority?: number };
      switch (event.type) {
        case 'TicketOpened':
          // Tries to move the document to another tenant: the runner must not let it.
          return { tenantId: 'intruder', id: 'forged', position: 0, title: data.title ?? '', priority: data.priority ?? 3, notes: 0 };
        case 'TicketPrioritised':
          return doc && { ...doc, priority: data.priority ?? doc.priority };
        case 'TicketNoted':
          return doc && { ...doc, notes: doc.notes + 1 };
        case 'TicketDeleted':
          return null;
        default:
          return doc;
      }
    },
    ...overrides,
  };
}

export function metadata(tenantId: string, traceparent?: string): EventMetadata {
  return {
    tenantId,
    actor: 'user:tester',
    correlationId: randomUUID(),
    causationId: randomUUID(),
    occurredAt: '2026-03-02T09:00:00.000Z',
    schemaVersion: 1,
    ...(traceparent ? { traceparent } : {}),
  };
}

export async function append(store: EventStore, streamId: string, type: string, data: unknown = {}, traceparent?: string): Promise<number> {
  const tenantId = parseStreamName(streamId).tenantId;
  const result = await store.appendToStream(streamId, [{ eventId: randomUUID(), type, data, metadata: metadata(tenantId, traceparent) }], {
    expectedRevision: 'any',
  });
  return result.position;
}

/**
 * A history across two tenants with every kind of change: opened, reprioritised, noted, deleted,
 * events the projection ignores and events of another category.
 */
export async function seedHistory(store: EventStore, tickets = 6): Promise<void> {
  for (let i = 0; i < tickets; i++) {
    for (const tenant of TENANTS) {
      const stream = `ticket-${tenant}.t${i}`;
      await append(store, stream, 'TicketOpened', { title: `Ticket ${i} of ${tenant}`, priority: (i % 4) + 1 });
      await append(store, `other-${tenant}.x${i}`, 'SomethingElse');
      await append(store, stream, 'TicketViewed');
      if (i % 2 === 0) await append(store, stream, 'TicketNoted');
      if (i % 3 === 0) await append(store, stream, 'TicketPrioritised', { priority: 1 });
      if (i === 4) await append(store, stream, 'TicketDeleted');
    }
  }
}

/** Every document of every test tenant, sorted: what two runs must agree on. */
export async function snapshot(documents: DocumentStore, collection = 'tickets'): Promise<TicketDoc[]> {
  const all: TicketDoc[] = [];
  for (const tenant of [...TENANTS, 'intruder']) all.push(...(await documents.collection<TicketDoc>(collection).find(tenant)).items);
  return all;
}

/** The embedded stores the runner and rebuild tests run on, sharing one SQLite database (in memory unless given a file). */
export function openEmbeddedStores(file = ':memory:') {
  const db = openSqlite(file);
  const store = new SqliteEventStore(db);
  return {
    db,
    store,
    documents: new SqliteDocumentStore(db),
    checkpoints: new SqliteCheckpointStore(db),
    async close(): Promise<void> {
      await store.close();
      db.close();
    },
  };
}

export type EmbeddedStores = ReturnType<typeof openEmbeddedStores>;
