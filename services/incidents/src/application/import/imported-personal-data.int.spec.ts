import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { SequentialIds, type RecordedEvent } from '@deskstream/kernel';
import { sealedEventStore } from '@deskstream/platform/testing';
import { openSqlite } from '@deskstream/sqlite';
import { IncidentReferences } from '../incident-references';
import { IncidentSettingsRepository } from '../incident-settings.repository';
import { eventLogSource } from './eventlog-source';
import { IncidentImporter } from './incident-importer';

/** The worked example of docs/import.md: rita's printer case, opened by ann, worked and resolved by bob. */
const page = readFileSync(join(__dirname, '../../../../../docs/import.md'), 'utf8');
const csv = /```csv\n([\s\S]*?)```/.exec(page)![1]!;
const mapping = JSON.parse(/`mapping.json`:\n\n```json\n([\s\S]*?)```/.exec(page)![1]!);

describe("an imported desk's words, sealed with the keys of the people the source names as their authors", () => {
  const db = openSqlite(':memory:');
  const { store, keys } = sealedEventStore(db);
  const ids = new SequentialIds('e');
  const importer = new IncidentImporter(
    store,
    ids,
    new IncidentSettingsRepository(store, ids),
    new IncidentReferences(store, ids),
    () => new Date('2026-01-05T09:00:00Z'),
  );
  const printer = async (): Promise<RecordedEvent[]> => {
    const opened = (await store.readAll()).find((e) => e.type === 'IncidentOpened' && (e.data as { sourceReference?: string }).sourceReference === 'C-1001')!;
    return store.readStream(opened.streamId);
  };
  const dataOf = async (type: string) => (await printer()).find((e) => e.type === type)!.data as Record<string, unknown>;

  beforeAll(async () => {
    await importer.run(eventLogSource({ mapping }), { tenantId: 'acme', actor: 'admin', jobId: 'job-1', input: Readable.from([csv]) });
  });
  afterAll(() => store.close());

  it("stores the source's texts sealed; the sync marker holds none (ids and counters only)", async () => {
    const stored = JSON.stringify(await store.inner.readAll());
    for (const text of ['Printer on floor 2 jams', 'Ordered spare part', 'VPN drops every hour']) expect(stored).not.toContain(text);
    const synced = await dataOf('IncidentSyncedFromSource');
    expect(Object.keys(synced).sort()).toEqual(['at', 'by', 'met', 'sourceReference', 'sourceUpdate']);
    expect(synced.met).toMatchObject({ users: expect.arrayContaining(['rita', 'bob']) });
  });

  it("given rita erased, then her case's description reads as erased, and bob's note and resolution stay", async () => {
    await keys.erase('acme', 'rita');
    expect(await dataOf('IncidentOpened')).toMatchObject({ caller: 'rita', shortDescription: '[erased]' });
    expect(await dataOf('IncidentNoteAdded')).toMatchObject({ by: 'bob', text: 'Imported activity: Ordered spare part\ncost: 40' });
    expect((await dataOf('IncidentResolved')).notes).not.toBe('[erased]');
  });

  it('given bob erased, then the note and resolution notes he wrote in the source read as erased, and the case is still resolved by him', async () => {
    await keys.erase('acme', 'bob');
    expect(await dataOf('IncidentNoteAdded')).toMatchObject({ by: 'bob', text: '[erased]' });
    expect(await dataOf('IncidentResolved')).toMatchObject({ resolvedBy: 'bob', closingCategory: 'hardware', notes: '[erased]' });
  });
});
