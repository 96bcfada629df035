import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DIRECTORY_EVENTS, TOPICS } from '@deskstream/contracts';
import type { CheckpointStore } from '@deskstream/kernel';
import type { IntegrationBus, OutgoingMessage } from '@deskstream/messaging';
import { eventually } from '@deskstream/testing';
import { loadConfig } from '../config/platform-config';
import { PlatformModule } from '../platform.module';
import { CHECKPOINT_STORE, INTEGRATION_BUS, PERSONAL_KEYS } from '../tokens';
import { ERASURES_HANDLED } from './erasure-replays';
import type { PersonalKeys } from './personal-keys';

const erasure = (id: string, person: string, at: string): OutgoingMessage => ({
  topic: TOPICS.directory,
  key: `erased-user:${person}`,
  event: {
    specversion: '1.0',
    id,
    source: '/deskstream/directory',
    type: DIRECTORY_EVENTS.userErased,
    subject: `erased-user:${person}`,
    time: at,
    datacontenttype: 'application/json',
    data: { id: person, at },
    tenantid: 'acme',
    correlationid: 'c',
  },
});
/** Another person's erasure on samir's bus key: handled after the messages before it on that key. */
const markerAfter = (samirs: OutgoingMessage): OutgoingMessage => {
  const marker = erasure('erased-marker', 'marker', new Date().toISOString());
  return { ...marker, key: samirs.key };
};

describe("a person's erasure reaches the key store of a process that runs no directory (embedded adapters)", () => {
  let dataDir: string;
  let app: INestApplicationContext;
  let keys: PersonalKeys;
  let bus: IntegrationBus;
  let checkpoints: CheckpointStore;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'deskstream-erased-keys-'));
    // The incidents service's process, say: the platform and no directory; its keys are its own.
    app = await NestFactory.createApplicationContext(
      { module: class TestApp {}, imports: [PlatformModule.forRoot(loadConfig({ DESKSTREAM_DATA_DIR: dataDir }), { service: 'incidents' })] },
      { logger: false },
    );
    keys = app.get<PersonalKeys>(PERSONAL_KEYS);
    bus = app.get<IntegrationBus>(INTEGRATION_BUS);
    checkpoints = app.get<CheckpointStore>(CHECKPOINT_STORE);
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("given the directory announces samir's erasure, then this process deletes its key of samir and keeps joanna's", async () => {
    const samir = await keys.keyOf('acme', 'samir');
    await keys.keyOf('acme', 'joanna');
    await bus.publish([erasure('erased-samir', 'samir', new Date().toISOString())]);
    await eventually(async () => expect(await keys.find('acme', 'samir')).toBeNull());
    expect(await keys.find('acme', 'joanna')).not.toBeNull();
    // Counted, so that the read models fold the documents they copied samir's words into again (ErasureReplays).
    await eventually(async () => expect(await checkpoints.load(ERASURES_HANDLED)).toBe(1));
    // Sealing takes a new key too: the deleted one is not remembered.
    expect((await keys.keyOf('acme', 'samir')).id).not.toBe(samir.id);
  });

  it('given the erasure delivered again, or replayed after samir was seen again, then the key made since stays', async () => {
    const since = await keys.find('acme', 'samir');
    await keys.keyOf('acme', 'marker');
    const before = new Date(Date.now() - 60_000).toISOString();
    const replayed = erasure('erased-samir-replayed', 'samir', before);
    await bus.publish([erasure('erased-samir', 'samir', before), replayed, markerAfter(replayed)]);
    await eventually(async () => expect(await keys.find('acme', 'marker')).toBeNull());
    expect((await keys.find('acme', 'samir'))?.id).toBe(since!.id);
    // The redelivery is not counted again (the inbox has it); the replay and the marker are.
    await eventually(async () => expect(await checkpoints.load(ERASURES_HANDLED)).toBe(3));
  });
});
