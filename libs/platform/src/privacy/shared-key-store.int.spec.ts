import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventMetadata, systemClock } from '@deskstream/kernel';
import { describeOnServer, freshName } from '@deskstream/testing';
import { openAdapters } from '../adapters/open-adapters';
import type { PlatformAdapters } from '../adapters/platform-adapters';
import { loadConfig } from '../config/platform-config';
import type { CryptoShreddingEventStore } from './crypto-shredding-event-store';
import { PERSONAL_KEYS_COLLECTION } from './personal-keys';

describeOnServer('mongodb', 'one personal key store shared by the processes of every service (PERSONAL_KEYS_MONGODB_URL)', (mongo) => {
  const dataDirs: string[] = [];
  let incidents: PlatformAdapters;
  let tenants: PlatformAdapters;
  const open = async (service: string, keysUrl: string) => {
    const dataDir = mkdtempSync(join(tmpdir(), `deskstream-${service}-keys-`));
    dataDirs.push(dataDir);
    // Each process has read models of its own (here its own SQLite file); the keys are kept apart, in one shared database.
    return openAdapters(loadConfig({ DESKSTREAM_DATA_DIR: dataDir, PERSONAL_KEYS_MONGODB_URL: keysUrl }), systemClock, {});
  };
  beforeAll(async () => {
    const url = new URL(mongo.address());
    url.pathname = `/${freshName('personal-keys')}`;
    incidents = await open('incidents', url.toString());
    tenants = await open('tenants', url.toString());
  }, 60_000);
  afterAll(async () => {
    await incidents?.close();
    await tenants?.close();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it("given an incident sealed by the incidents process, then the tenants process opens it with the shared key, and no key is kept beside either's read models", async () => {
    await incidents.eventStore.appendToStream(
      'incident-acme.1',
      [
        {
          eventId: freshName('opened'),
          type: 'IncidentOpened',
          data: { caller: 'samir', shortDescription: 'Lamp flickers', description: 'Since this morning' },
          metadata: eventMetadata({ tenantId: 'acme', actor: 'samir', correlationId: 'c-1' }, '2026-03-01T10:00:00.000Z'),
        },
      ],
      { expectedRevision: 'no_stream' },
    );
    // The event as stored, where the tenants process reads it (in production, the one KurrentDB).
    const sealed = await (incidents.eventStore as CryptoShreddingEventStore).inner.readStream('incident-acme.1');
    expect(JSON.stringify(sealed)).not.toContain('Lamp flickers');
    await (tenants.eventStore as CryptoShreddingEventStore).inner.appendToStream('incident-acme.1', sealed, { expectedRevision: 'no_stream' });
    const [opened] = await tenants.eventStore.readStream('incident-acme.1');
    expect(opened!.data).toMatchObject({ shortDescription: 'Lamp flickers', description: 'Since this morning' });
    for (const adapters of [incidents, tenants]) expect(await adapters.documents.collection(PERSONAL_KEYS_COLLECTION).get('acme', 'samir')).toBeNull();
    await expect(tenants.probes.documents()).resolves.toBeUndefined();
  }, 60_000);

  it('given samir erased in one process, then every process reads his words as erased', async () => {
    await tenants.personalKeys.erase('acme', 'samir');
    const [opened] = await incidents.eventStore.readStream('incident-acme.1');
    expect(opened!.data).toMatchObject({ shortDescription: '[erased]', description: '[erased]' });
  }, 60_000);
});
