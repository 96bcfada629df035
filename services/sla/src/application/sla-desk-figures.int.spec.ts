import { SqliteDocumentStore } from '@deskstream/readmodels';
import { openSqlite } from '@deskstream/sqlite';
import { slaDeskFigures } from './sla-desk-figures';
import { SLA_TICKETS, type SlaTicketDocument } from './sla-ticket.projection';

describe("the SLA side of the desk's metrics", () => {
  const db = openSqlite(':memory:');
  const documents = new SqliteDocumentStore(db);
  afterAll(() => db.close());

  const ticket = (tenantId: string, id: string, breached: boolean) =>
    ({
      id,
      tenantId,
      position: 1,
      reference: id,
      group: null,
      status: 'assigned',
      breached,
      nextDueAt: null,
      openedAt: '2026-01-05T09:00:00.000Z',
      updatedAt: '2026-01-05T09:00:00.000Z',
    }) as unknown as SlaTicketDocument;

  it('counts the breached tickets of each tenant asked for, from the SLA tickets read model', async () => {
    const tickets = documents.collection<SlaTicketDocument>(SLA_TICKETS);
    for (const doc of [
      ticket('acme', 't1', true),
      ticket('acme', 't2', true),
      ticket('acme', 't3', false),
      ticket('globex', 't4', true),
      ticket('initech', 't5', true),
    ])
      await tickets.put(doc);
    await expect(slaDeskFigures(documents)(['acme', 'globex', 'umbrella'])).resolves.toEqual({
      slaBreaches: [
        { tenant: 'acme', value: 2 },
        { tenant: 'globex', value: 1 },
      ],
    });
  });
});
