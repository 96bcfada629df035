import { ManualClock } from '@deskstream/kernel';
import { describeOnServer, leasesContract, testDatabase, type TestDatabase } from '@deskstream/testing';
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

  leasesContract(() => async (owner, clock) => new MongoLeases(await database.connect(), { owner, ttlMs: 15_000, clock }));

  it('tells who holds a lease', async () => {
    const [one, two] = [await replica('one'), await replica('two')];
    expect(await one.acquire('projection:queue')).toBe(true);
    expect(await two.holder('projection:queue')).toBe('one');
  });
});
