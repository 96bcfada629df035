import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@deskstream/eventstore';
import { eventMetadata, systemClock } from '@deskstream/kernel';
import { SqliteDocumentStore } from '@deskstream/readmodels';
import { openSqlite, sqliteFileIn } from '@deskstream/sqlite';
import { openAdapters } from '../adapters/open-adapters';
import type { PlatformAdapters } from '../adapters/platform-adapters';
import { loadConfig } from '../config/platform-config';
import { CryptoShreddingEventStore } from './crypto-shredding-event-store';
import { PERSONAL_DATA } from './personal-data-catalogue';
import { PersonalKeys } from './personal-keys';

describe('the personal data catalogue, loaded by every process', () => {
  let dataDir: string;
  let reader: PlatformAdapters;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'deskstream-catalogue-'));
    // The incidents process seals its ticket's opening...
    const db = openSqlite(sqliteFileIn(dataDir));
    const incidents = new CryptoShreddingEventStore(new SqliteEventStore(db), new PersonalKeys(new SqliteDocumentStore(db)), PERSONAL_DATA);
    await incidents.appendToStream(
      'incident-acme.1',
      [
        {
          eventId: 'opened-1',
          type: 'IncidentOpened',
          data: { caller: 'samir', shortDescription: 'Lamp flickers', description: 'Since this morning', priority: 3 },
          metadata: eventMetadata({ tenantId: 'acme', actor: 'samir', correlationId: 'c-1' }, '2026-03-01T10:00:00.000Z'),
        },
      ],
      { expectedRevision: 'no_stream' },
    );
    db.close();
    // ...and a process that runs no service of its own (the tenants service's export) reads it.
    reader = await openAdapters(loadConfig({ DESKSTREAM_DATA_DIR: dataDir }), systemClock, {});
  });
  afterAll(async () => {
    await reader?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("given an incident opened in another process, then a process without the incidents service reads its caller's words in the clear", async () => {
    const [opened] = await reader.eventStore.readStream('incident-acme.1');
    expect(opened!.data).toEqual({ caller: 'samir', shortDescription: 'Lamp flickers', description: 'Since this morning', priority: 3 });
    const [stored] = await (reader.eventStore as CryptoShreddingEventStore).inner.readStream('incident-acme.1');
    expect(JSON.stringify(stored!.data)).not.toContain('Lamp flickers');
  });

  it('given the caller erased, then that process reads the placeholders', async () => {
    await reader.personalKeys.erase('acme', 'samir');
    const [opened] = await reader.eventStore.readStream('incident-acme.1');
    expect(opened!.data).toMatchObject({ shortDescription: '[erased]', description: '[erased]', priority: 3 });
  });
});
