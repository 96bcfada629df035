import { TOPICS } from '@deskstream/contracts';
import { SqliteEventStore } from '@deskstream/eventstore';
import { eventMetadata } from '@deskstream/kernel';
import { SqliteInbox, SqliteIntegrationBus, type CloudEvent } from '@deskstream/messaging';
import { SqliteDocumentStore } from '@deskstream/readmodels';
import { SqliteScheduler } from '@deskstream/scheduling';
import { openSqlite } from '@deskstream/sqlite';
import { SqliteTenantPurge } from './tenant-purge';

const aCloudEvent = (fields: { id: string; tenantid: string }): CloudEvent => ({
  specversion: '1.0',
  source: '/deskstream/tests',
  type: 'deskstream.tests.thing-happened.v1',
  subject: 'thing-1',
  time: '2026-03-01T10:00:00.000Z',
  datacontenttype: 'application/json',
  data: {},
  correlationid: 'c',
  ...fields,
});

describe("purging a deleted tenant's rows from the embedded adapters' SQLite file", () => {
  const db = openSqlite(':memory:');
  const events = new SqliteEventStore(db);
  const documents = new SqliteDocumentStore(db);
  const scheduler = new SqliteScheduler(db, { owner: 'test', clock: { now: () => new Date('2026-03-01T10:00:00Z') } });
  const bus = new SqliteIntegrationBus(db);
  const inbox = new SqliteInbox(db);
  const purge = new SqliteTenantPurge(() => db);
  const count = (sql: string, ...args: string[]) => Number((db.prepare(sql).get(...args) as { n: number }).n);
  const rowsOf = (tenantId: string) => ({
    events: count("SELECT COUNT(*) AS n FROM events WHERE json_extract(metadata, '$.tenantId') = ?", tenantId),
    documents: Number(
      db
        .prepare(
          `SELECT COUNT(*) AS n FROM (${tablesWithTenant()
            .map((t) => `SELECT tenant_id FROM "${t}"`)
            .join(' UNION ALL ')}) WHERE tenant_id = ?`,
        )
        .get(tenantId)!.n,
    ),
    messages: count("SELECT COUNT(*) AS n FROM bus_messages WHERE json_extract(event, '$.tenantid') = ?", tenantId),
    inbox: count("SELECT COUNT(*) AS n FROM inbox WHERE consumer = 'c' AND message_id LIKE ?", `${tenantId}-%`),
  });
  const tablesWithTenant = () =>
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[])
      .map((row) => row.name)
      .filter((name) => (db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[]).some((column) => column.name === 'tenant_id'));

  beforeAll(async () => {
    for (const tenantId of ['initech', 'acme']) {
      await events.appendToStream(
        `ticket-${tenantId}.1`,
        [
          {
            eventId: `${tenantId}-e`,
            type: 'Opened',
            data: {},
            metadata: eventMetadata({ tenantId, actor: 'a', correlationId: 'c' }, '2026-03-01T10:00:00.000Z'),
          },
        ],
        {
          expectedRevision: 'no_stream',
        },
      );
      await documents.collection('tickets').put({ id: '1', tenantId, position: 0 });
      await scheduler.schedule({ id: 'sla', tenantId, kind: 'sla', dueAt: new Date('2026-04-01T00:00:00Z'), payload: {} });
      await bus.publish([
        { topic: 'deskstream.incidents.incident.v1', key: '1', event: aCloudEvent({ id: `${tenantId}-m`, tenantid: tenantId }) },
        { topic: TOPICS.tenants, key: tenantId, event: aCloudEvent({ id: `${tenantId}-t`, tenantid: tenantId }) },
      ]);
      await inbox.handleOnce('c', `${tenantId}-m`, async () => undefined);
    }
  });
  afterAll(() => bus.close());

  it("given two tenants' rows, when one is purged, then none of its rows remain but its register entry, and the other's are all there", async () => {
    expect(rowsOf('initech')).toEqual({ events: 1, documents: 2, messages: 2, inbox: 1 });
    const removed = await purge.purge('initech');
    // The document's row is in the collection's physical table, whatever it is named.
    expect(removed).toMatchObject({ events: 1, bus_messages: 1, inbox: 1, timers: 1 });
    expect(Object.values(removed).reduce((sum, n) => sum + n, 0)).toBe(5);
    // The tenants topic is the platform's register: it stays, and says the tenant is known.
    expect(rowsOf('initech')).toEqual({ events: 0, documents: 0, messages: 1, inbox: 0 });
    expect(rowsOf('acme')).toEqual({ events: 1, documents: 2, messages: 2, inbox: 1 });
    expect(await purge.purge('initech')).toEqual({});
  });
});
