import { ManualClock, SequentialIds } from '@deskstream/kernel';
import { SqliteEventStore } from '@deskstream/eventstore';
import { openSqlite } from '@deskstream/sqlite';
import { InboundMailLog } from './inbound-mail-log';

describe('InboundMailLog (idempotency on Message-ID per tenant, SQLite event store)', () => {
  const db = openSqlite(':memory:');
  const store = new SqliteEventStore(db);
  const clock = new ManualClock();
  const log = new InboundMailLog(store, clock, new SequentialIds('mail'));
  const ticket = { ticketId: 'inc-1', reference: 'INC0001001' };

  afterAll(async () => {
    await store.close();
    db.close();
  });

  it('claims a mail once; while it is handled a second delivery is told to retry, afterwards it gets the ticket', async () => {
    const first = await log.claim('acme', '<a@x>', 'it@acme.example');
    expect(first.status).toBe('claimed');
    expect(await log.claim('acme', '<a@x>', 'it@acme.example')).toEqual({ status: 'in-progress' });
    await log.handled('acme', 'it@acme.example', '<a@x>', (first as { revision: number }).revision, ticket, {
      kind: 'opened',
      mailbox: 'it@acme.example',
      caller: 'a@x',
      shortDescription: 'Help',
      description: 'Please',
    });
    expect(await log.claim('acme', '<a@x>', 'it@acme.example')).toEqual({ status: 'done', ticket, outcome: 'opened' });
  });

  it('keeps tenants apart: the same Message-ID at another tenant is a new mail', async () => {
    expect((await log.claim('globex', '<a@x>', 'hr@globex.example')).status).toBe('claimed');
  });

  it('keeps desks apart: the same mail to a second desk of the tenant is a contact of its own', async () => {
    expect((await log.claim('acme', '<both@x>', 'it@acme.example')).status).toBe('claimed');
    expect((await log.claim('acme', '<both@x>', 'hr@acme.example')).status).toBe('claimed');
  });

  it('lets the next delivery take over a claim left by a process that died mid-mail', async () => {
    expect((await log.claim('acme', '<crashed@x>', 'it@acme.example')).status).toBe('claimed');
    clock.advance(30_000);
    expect((await log.claim('acme', '<crashed@x>', 'it@acme.example')).status).toBe('in-progress');
    clock.advance(31_000);
    const retaken = await log.claim('acme', '<crashed@x>', 'it@acme.example');
    expect(retaken).toEqual({ status: 'claimed', revision: 1 });
  });
});
