import { SequentialIds, type CommandContext } from '@deskstream/kernel';
import { openSqlite, type Sqlite } from '@deskstream/sqlite';
import { SqliteEventStore } from './sqlite/sqlite-event-store';
import { INCIDENT_REFERENCES, ticketReferenceSequence } from './ticket-references';

describe('claiming imported reference numbers', () => {
  let db: Sqlite;
  let store: SqliteEventStore;
  const acme: CommandContext = { tenantId: 'acme', actor: 'import', correlationId: 'c-1' };
  const at = () => '2026-01-05T09:00:00.000Z';

  beforeEach(() => {
    db = openSqlite(':memory:');
    store = new SqliteEventStore(db);
  });
  afterEach(async () => {
    await store.close();
    db.close();
  });

  it('keeps free numbers for their owners; the counter continues above the highest, skipped numbers name nothing', async () => {
    const sequence = ticketReferenceSequence(store, new SequentialIds('e'), INCIDENT_REFERENCES);
    await sequence.allocate(acme, 'live-1', at);
    const claimed = await sequence.claim(
      acme,
      [
        { number: 1005, owner: 'imp-5' },
        { number: 1003, owner: 'imp-3' },
        { number: 1001, owner: 'imp-1' },
      ],
      at,
      '',
    );
    expect(claimed.map((a) => [a.reference, a.owner])).toEqual([
      ['INC0001003', 'imp-3'],
      ['INC0001005', 'imp-5'],
    ]);
    expect(await sequence.resolve('acme', 'INC0001001')).toBe('live-1');
    expect(await sequence.resolve('acme', 'INC0001003')).toBe('imp-3');
    expect(await sequence.resolve('acme', 'INC0001004')).toBe('');
    expect((await sequence.allocate(acme, 'live-2', at)).reference).toBe('INC0001006');
    expect(await sequence.claim(acme, [{ number: 1004, owner: 'imp-4' }], at, '')).toEqual([]);
  });

  it('a tenant claims in its own counter only', async () => {
    const sequence = ticketReferenceSequence(store, new SequentialIds('e'), INCIDENT_REFERENCES);
    await sequence.claim(acme, [{ number: 1010, owner: 'imp-10' }], at, '');
    expect(await sequence.resolve('globex', 'INC0001010')).toBeNull();
    expect((await sequence.allocate({ ...acme, tenantId: 'globex' }, 'g-1', at)).reference).toBe('INC0001001');
  });
});
