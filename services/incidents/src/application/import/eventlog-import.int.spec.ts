import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { SequentialIds, streamName } from '@deskstream/kernel';
import { SqliteEventStore } from '@deskstream/eventstore';
import { openSqlite, type Sqlite } from '@deskstream/sqlite';
import { incidentDecider } from '../../domain/incident.decider';
import type { IncidentEvent } from '../../domain/incident.events';
import type { Incident } from '../../domain/incident.state';
import { INCIDENT_CATEGORY } from '../incident-detail.projection';
import { IncidentReferences } from '../incident-references';
import { IncidentSettingsRepository } from '../incident-settings.repository';
import { eventLogSource } from './eventlog-source';
import { IncidentImporter } from './incident-importer';

/** The worked example of docs/import.md, taken from the page itself so that the page cannot drift. */
const page = readFileSync(join(__dirname, '../../../../../docs/import.md'), 'utf8');
const csv = /```csv\n([\s\S]*?)```/.exec(page)![1]!;
const mapping = JSON.parse(/`mapping.json`:\n\n```json\n([\s\S]*?)```/.exec(page)![1]!);

describe('the event log import of docs/import.md', () => {
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
      () => new Date('2026-01-05T09:00:00Z'),
    );
  });
  afterEach(async () => {
    await store.close();
    db.close();
  });

  const run = (tenantId = 'acme') => importer.run(eventLogSource({ mapping }), { tenantId, actor: 'test', jobId: 'job-1', input: Readable.from([csv]) });

  async function incident(sourceReference: string): Promise<{ state: Incident; events: IncidentEvent[] }> {
    const all = await store.readAll();
    const opened = all.find((e) => e.type === 'IncidentOpened' && (e.data as { sourceReference?: string }).sourceReference === sourceReference)!;
    const events = (await store.readStream(opened.streamId)) as unknown as IncidentEvent[];
    return { state: events.reduce(incidentDecider.evolve, incidentDecider.initialState()) as Incident, events };
  }

  it('records the cases as the page says, and lists the broken row', async () => {
    const report = await run();
    expect(report.tickets).toMatchObject({ seen: 2, created: 2 });
    expect(report.references).toEqual({ kept: 0, renumbered: 2 });
    expect(report.issues).toEqual([{ line: 15, number: 'C-1003', kind: 'malformed', reason: "malformed date in timestamp: 'yesterday'" }]);

    const printer = await incident('C-1001');
    expect(printer.state).toMatchObject({
      status: 'closed',
      group: 'facilities',
      caller: 'rita',
      channel: 'phone',
      shortDescription: 'Printer on floor 2 jams',
    });
    expect(printer.state.resolution).toMatchObject({ closingCategory: 'hardware', resolvedBy: 'bob' });
    const hold = printer.events.find((e) => e.type === 'IncidentPutOnHold')!;
    expect(hold.data).toMatchObject({ reason: 'awaiting-caller', at: '2025-03-03T08:05:00.000Z' });
    expect(printer.events.find((e) => e.type === 'IncidentNoteAdded')!.data).toMatchObject({
      visibility: 'internal',
      text: 'Imported activity: Ordered spare part\ncost: 40',
    });

    const vpn = await incident('C-1002');
    expect(vpn.state).toMatchObject({ status: 'resolved', group: 'service-desk', reopenCount: 1 });
  });

  it('a second import of the same log adds nothing; another tenant gets its own streams', async () => {
    await run();
    const head = await store.headPosition();
    const again = await run();
    expect(again.tickets).toMatchObject({ created: 0, unchanged: 2 });
    expect(await store.headPosition()).toBe(head);
    const globex = await run('globex');
    expect(globex.tickets.created).toBe(2);
    const ids = (await store.readAll()).filter((e) => e.type === 'IncidentOpened').map((e) => e.streamId);
    expect(ids.filter((id) => id.startsWith(`${INCIDENT_CATEGORY}-globex.`))).toHaveLength(2);
    expect(ids).toContain(streamName(INCIDENT_CATEGORY, 'acme', ids[0]!.split('.')[1]!));
  });
});
