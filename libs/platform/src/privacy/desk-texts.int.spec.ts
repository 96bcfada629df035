import { SqliteEventStore } from '@deskstream/eventstore';
import { eventMetadata } from '@deskstream/kernel';
import { SqliteDocumentStore } from '@deskstream/readmodels';
import { openSqlite } from '@deskstream/sqlite';
import { CryptoShreddingEventStore } from './crypto-shredding-event-store';
import { PERSONAL_DATA } from './personal-data-catalogue';
import { PersonalKeys } from './personal-keys';

/** What the desk writes on a major incident: escalation reasons, stakeholder updates, the post-incident review. */
const DESK_TEXTS = [
  { type: 'IncidentEscalatedHierarchically', data: { group: 'network', manager: 'mia', reason: 'Core switch down for the whole floor', by: 'dana' } },
  { type: 'MajorIncidentDeclared', data: { manager: 'mia', reason: 'Floor 3 offline', rule: null, updateIntervalMinutes: 30, by: 'dana' } },
  {
    type: 'StakeholderUpdatePublished',
    data: { audience: 'everyone', message: 'Engineers are on site', nextUpdateDueAt: '2026-03-01T10:30:00.000Z', by: 'dana' },
  },
  {
    type: 'PostIncidentReviewRecorded',
    data: {
      timeline: [{ at: '2026-03-01T09:00:00.000Z', entry: 'Dana saw the alarms' }],
      whatWentWrong: 'The spare switch was never configured',
      actions: [{ description: 'Configure the spare', owner: 'mia' }],
      by: 'dana',
    },
  },
];

describe("the desk's texts on an incident, sealed with their author's key", () => {
  const db = openSqlite(':memory:');
  const raw = new SqliteEventStore(db);
  const keys = new PersonalKeys(new SqliteDocumentStore(db));
  const store = new CryptoShreddingEventStore(raw, keys, PERSONAL_DATA);

  beforeAll(async () => {
    await store.appendToStream(
      'incident-acme.7',
      DESK_TEXTS.map((event, i) => ({
        eventId: `desk-${i}`,
        ...event,
        metadata: eventMetadata({ tenantId: 'acme', actor: 'dana', correlationId: 'c' }, '2026-03-01T10:00:00.000Z'),
      })),
      { expectedRevision: 'no_stream' },
    );
  });
  afterAll(() => store.close());

  it('stores none of them in the clear, and reads them back while their author is not erased', async () => {
    const stored = JSON.stringify(await raw.readAll());
    for (const words of ['Core switch down', 'Floor 3 offline', 'Engineers are on site', 'never configured', 'Dana saw the alarms', 'Configure the spare'])
      expect(stored).not.toContain(words);
    expect((await store.readStream('incident-acme.7')).map((event) => event.data)).toEqual(DESK_TEXTS.map((event) => event.data));
  });

  it('given their author erased, then each reads as erased while who, when and to whom stay', async () => {
    await keys.erase('acme', 'dana');
    const [escalated, declared, update, review] = (await store.readStream('incident-acme.7')).map((event) => event.data);
    expect(escalated).toEqual({ group: 'network', manager: 'mia', reason: '[erased]', by: 'dana' });
    expect(declared).toMatchObject({ reason: '[erased]', manager: 'mia', updateIntervalMinutes: 30 });
    expect(update).toMatchObject({ message: '[erased]', audience: 'everyone', nextUpdateDueAt: '2026-03-01T10:30:00.000Z' });
    expect(review).toEqual({ timeline: [], whatWentWrong: '[erased]', actions: [], by: 'dana' });
  });
});
