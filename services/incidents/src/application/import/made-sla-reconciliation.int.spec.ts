import { Readable } from 'node:stream';
import { commandHandler, SequentialIds } from '@deskstream/kernel';
import { SqliteEventStore } from '@deskstream/eventstore';
import { openSqlite, type Sqlite } from '@deskstream/sqlite';
import { ticketSlaDecider, type ObservedClock } from '../../domain/ticket-sla.decider';
import { IncidentReferences } from '../incident-references';
import { IncidentSettingsRepository } from '../incident-settings.repository';
import { ticketSlaStream } from '../sla-clock-observer';
import { importedIncidentId } from './imported-ids';
import { IncidentImporter } from './incident-importer';
import { serviceNowSource } from './servicenow-source';

const CSV = [
  'number,incident_state,sys_mod_count,sys_updated_at,sys_updated_by,impact,urgency,assignment_group,assigned_to,reopen_count,reassignment_count,made_sla',
  'INC0090001,Resolved,0,2026-01-05 09:00:00,max.agent,1,1,network,max.agent,0,0,true',
  'INC0090002,Resolved,0,2026-01-05 09:00:00,max.agent,1,1,network,max.agent,0,0,true',
  'INC0090003,Resolved,0,2026-01-05 09:00:00,max.agent,1,1,network,max.agent,0,0,false',
].join('\n');

const clock = (clockId: string, breached: boolean): ObservedClock => ({
  clockId,
  type: 'sla',
  stage: 'completed',
  dueAt: '2026-01-05T13:00:00.000Z',
  breached,
});

/** made_sla is compared with the SLA clocks the incidents service observed from the SLA service's events, tenant by tenant. */
describe('made_sla reconciliation', () => {
  let db: Sqlite;
  let store: SqliteEventStore;
  let importer: IncidentImporter;

  beforeEach(() => {
    db = openSqlite(':memory:');
    store = new SqliteEventStore(db);
    const ids = new SequentialIds('e');
    importer = new IncidentImporter(
      store,
      ids,
      new IncidentSettingsRepository(store, ids),
      new IncidentReferences(store, ids),
      () => new Date('2026-02-01T09:00:00Z'),
    );
  });
  afterEach(async () => {
    await store.close();
    db.close();
  });

  const run = (tenantId: string) => importer.run(serviceNowSource(), { tenantId, actor: 'test', jobId: 'job-1', input: Readable.from([CSV]) });

  /** What the SLA clock observer appends when the SLA service publishes a clock of the ticket. */
  async function observe(tenantId: string, number: string, ...clocks: ObservedClock[]) {
    const handler = commandHandler(ticketSlaDecider, { store, clock: { now: () => new Date() }, ids: new SequentialIds('c') });
    for (const observed of clocks) {
      await handler.handle(
        ticketSlaStream(tenantId, importedIncidentId('servicenow', number)),
        { type: 'ObserveSlaClock', data: { clock: observed, at: '2026-02-01T09:00:00.000Z' } },
        { tenantId, actor: 'system:sla', correlationId: 'c' },
      );
    }
  }

  it('before any clock was replayed nothing is compared, and the report says why', async () => {
    const { madeSla } = (await run('acme')).reconciliation;
    expect(madeSla).toMatchObject({ compared: 0, notCompared: 3, sourceMade: 2, sourceMissed: 1, incidents: [] });
    expect(madeSla.reason).toContain('import the same file again');
  });

  it('once the clocks are replayed, importing the same file again compares made_sla and lists the disagreements', async () => {
    await run('acme');
    await observe('acme', 'INC0090001', clock('response', false), clock('resolution', false));
    await observe('acme', 'INC0090002', clock('response', false), clock('resolution', true));
    await observe('acme', 'INC0090003', clock('response', false), clock('resolution', false));
    const again = await run('acme');
    expect(again.tickets).toMatchObject({ seen: 3, unchanged: 3 });
    expect(again.reconciliation.madeSla).toEqual({
      compared: 3,
      agree: 1,
      disagree: 2,
      notCompared: 0,
      reason: null,
      sourceMade: 2,
      sourceMissed: 1,
      incidents: [
        { number: 'INC0090002', reference: 'INC0090002', derived: false, source: true },
        { number: 'INC0090003', reference: 'INC0090003', derived: true, source: false },
      ],
    });
  });

  it("another tenant's clocks are never compared with this tenant's tickets", async () => {
    await run('acme');
    await observe('acme', 'INC0090002', clock('resolution', true));
    await run('globex');
    // The second run finds the tickets in the store, so it reads their clocks: globex's, of which there are none.
    const globex = await run('globex');
    expect(globex.tickets).toMatchObject({ seen: 3, unchanged: 3 });
    expect(globex.reconciliation.madeSla).toMatchObject({ compared: 0, notCompared: 3 });
    expect((await run('acme')).reconciliation.madeSla).toMatchObject({ compared: 1, disagree: 1 });
  });
});
