import { SqliteEventStore } from '@deskstream/eventstore';
import { eventMetadata, type RecordedEvent } from '@deskstream/kernel';
import { SqliteDocumentStore } from '@deskstream/readmodels';
import { openSqlite } from '@deskstream/sqlite';
import { CryptoShreddingEventStore } from './crypto-shredding-event-store';
import type { PersonalDataDeclaration } from './personal-data';
import { PersonalKeys } from './personal-keys';

const users: PersonalDataDeclaration = {
  eventTypes: ['UserRegistered'],
  subjectOf: (data) => (data.kind === 'user' ? (data.id as string) : null),
  fields: [
    { path: 'attributes.name', erased: '[erased]' },
    { path: 'attributes.emails', erased: [] },
  ],
};

describe('personal data in events, sealed per person (crypto-shredding)', () => {
  const db = openSqlite(':memory:');
  const raw = new SqliteEventStore(db);
  const keys = new PersonalKeys(new SqliteDocumentStore(db));
  const store = new CryptoShreddingEventStore(raw, keys, [users]);
  const at = '2026-03-01T10:00:00.000Z';
  const register = (tenantId: string, kind: string, id: string, name: string, emails: string[] = []) =>
    store.appendToStream(
      `entry-${tenantId}.${id}`,
      [
        {
          eventId: `${tenantId}-${id}`,
          type: 'UserRegistered',
          data: { kind, id, attributes: { name, emails, active: true } },
          metadata: eventMetadata({ tenantId, actor: 'admin', correlationId: 'c' }, at),
        },
      ],
      { expectedRevision: 'no_stream' },
    );
  const attributesOf = (events: RecordedEvent[], id: string) =>
    (events.find((e) => (e.data as { id: string }).id === id)!.data as { attributes: unknown }).attributes;

  beforeAll(async () => {
    await register('acme', 'user', 'peter', 'Peter Gibbons', ['peter@initech.example']);
    await register('acme', 'user', 'milton', 'Milton Waddams', ['milton@initech.example']);
    await register('globex', 'user', 'peter', 'Peter of Globex');
    await register('acme', 'group', 'facilities', 'Facilities');
  });
  afterAll(() => store.close());

  it('stores no personal field in the clear, and reads every one back for those who are not erased', async () => {
    const stored = JSON.stringify(await raw.readAll());
    expect(stored).not.toContain('Peter Gibbons');
    expect(stored).not.toContain('peter@initech.example');
    expect(stored).toContain('Facilities');
    expect(attributesOf(await store.readStream('entry-acme.peter'), 'peter')).toEqual({
      name: 'Peter Gibbons',
      emails: ['peter@initech.example'],
      active: true,
    });
  });

  it('opens each event once for the subscriptions handed it side by side, and afresh in a later turn', async () => {
    const find = jest.spyOn(keys, 'find');
    const catchUp = async () => {
      const delivered: RecordedEvent[] = [];
      const subscription = store.subscribe(async (event) => void delivered.push(event));
      await subscription.caughtUp;
      await subscription.stop();
      return delivered;
    };
    const [first, second] = await Promise.all([catchUp(), catchUp()]);
    expect(attributesOf(first, 'peter')).toMatchObject({ name: 'Peter Gibbons' });
    expect(second).toEqual(first);
    // Three people's events, sealed: one key look-up each, not one per subscription.
    expect(find).toHaveBeenCalledTimes(3);
    await new Promise((resolve) => setImmediate(resolve));
    await catchUp();
    expect(find).toHaveBeenCalledTimes(6);
    find.mockRestore();
  });

  it("given a person erased, then their fields read as erased everywhere (streams, the log, subscriptions), and nobody else's", async () => {
    await keys.erase('acme', 'peter');
    const erased = { name: '[erased]', emails: [], active: true };
    expect(attributesOf(await store.readStream('entry-acme.peter'), 'peter')).toEqual(erased);
    const all = await store.readAll();
    expect(all).toHaveLength(4);
    expect(
      attributesOf(
        all.filter((e) => e.metadata.tenantId === 'acme'),
        'peter',
      ),
    ).toEqual(erased);
    expect(attributesOf(all, 'milton')).toMatchObject({ name: 'Milton Waddams' });
    expect(
      attributesOf(
        all.filter((e) => e.metadata.tenantId === 'globex'),
        'peter',
      ),
    ).toMatchObject({ name: 'Peter of Globex' });
    const delivered: RecordedEvent[] = [];
    const subscription = store.subscribe(async (event) => void delivered.push(event));
    await subscription.caughtUp;
    await subscription.stop();
    expect(attributesOf(delivered, 'peter')).toEqual(erased);
    expect(delivered.map((e) => [e.position, e.metadata.occurredAt])).toEqual(all.map((e) => [e.position, e.metadata.occurredAt]));
  });

  it('given an erased person seen again, then a new key seals the new data and the old stays erased', async () => {
    await store.appendToStream(
      'entry-acme.peter',
      [
        {
          eventId: 'again',
          type: 'UserRegistered',
          data: { kind: 'user', id: 'peter', attributes: { name: 'P. Gibbons', emails: [], active: true } },
          metadata: eventMetadata({ tenantId: 'acme', actor: 'admin', correlationId: 'c' }, at),
        },
      ],
      { expectedRevision: 0 },
    );
    const [first, second] = await store.readStream('entry-acme.peter');
    expect((first!.data as { attributes: { name: string } }).attributes.name).toBe('[erased]');
    expect((second!.data as { attributes: { name: string } }).attributes.name).toBe('P. Gibbons');
  });

  it("given a tenant deleted, then every one of its people's keys goes, and no other tenant's", async () => {
    await keys.eraseTenant('acme');
    const all = await store.readAll();
    expect(attributesOf(all, 'milton')).toMatchObject({ name: '[erased]', emails: [] });
    expect(
      attributesOf(
        all.filter((e) => e.metadata.tenantId === 'globex'),
        'peter',
      ),
    ).toMatchObject({ name: 'Peter of Globex' });
    expect(await keys.find('acme', 'milton')).toBeNull();
  });
});
