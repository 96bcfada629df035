import { ManualClock } from '@deskstream/kernel';
import { describeOnServer, testDatabase, type TestDatabase } from '@deskstream/testing';
import { MongoLeases } from './mongo-leases';

describeOnServer('mongodb', 'MongoLeases', (server) => {
  let database: TestDatabase;
  let clock: ManualClock;
  const replica = async (owner: string) => new MongoLeases(await database.connect(), { owner, ttlMs: 15_000, clock });

  beforeEach(() => {
    database = testDatabase(server, 'leases');
    clock = new ManualClock('2026-01-05T09:00:00.000Z');
  });
  afterEach(() => database.drop());

  it('gives a lease to exactly one of the replicas that ask for it at once', async () => {
    const replicas = await Promise.all(['a', 'b', 'c', 'd', 'e'].map(replica));
    const won = await Promise.all(replicas.map((leases) => leases.acquire('gateway:integration-gateway')));
    expect(won.filter(Boolean)).toHaveLength(1);
    const owner = ['a', 'b', 'c', 'd', 'e'][won.indexOf(true)];
    expect(await replicas[0]!.holder('gateway:integration-gateway')).toBe(owner);
  });

  it('keeps the lease with its owner while it renews, and hands it over once the owner stops renewing', async () => {
    const [one, two] = [await replica('one'), await replica('two')];
    expect(await one.acquire('projection:queue')).toBe(true);
    clock.advance(10_000);
    expect(await two.acquire('projection:queue')).toBe(false);
    expect(await one.acquire('projection:queue')).toBe(true);
    clock.advance(10_000);
    expect(await two.acquire('projection:queue')).toBe(false);
    // `one` dies: nothing renews its lease, which runs out 15 s after its last renewal.
    clock.advance(5_001);
    expect(await two.acquire('projection:queue')).toBe(true);
    expect(await one.acquire('projection:queue')).toBe(false);
    expect(await two.holder('projection:queue')).toBe('two');
  });

  it('hands a released lease over at once, and keeps leases of different names apart', async () => {
    const [one, two] = [await replica('one'), await replica('two')];
    expect(await one.acquire('projection:queue')).toBe(true);
    expect(await two.acquire('projection:history')).toBe(true);
    await one.release('projection:queue');
    expect(await two.acquire('projection:queue')).toBe(true);
    expect(await one.acquire('projection:history')).toBe(false);
  });
});
