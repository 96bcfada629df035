import { ManualClock, type Clock, type Leases } from '@deskstream/kernel';

/** A store's leases for a replica named `owner`, lasting 15 s on `clock`. */
export type OpenLeases = (owner: string, clock: Clock) => Promise<Leases>;

/** What every Leases adapter must do, run against each store (embedded and production). */
export function leasesContract(open: () => OpenLeases): void {
  let clock: ManualClock;
  let replica: (owner: string) => Promise<Leases>;

  beforeEach(() => {
    clock = new ManualClock('2026-01-05T09:00:00.000Z');
    const leasesOf = open();
    replica = (owner) => leasesOf(owner, clock);
  });

  it('gives a lease to exactly one of the replicas that ask for it at once', async () => {
    const replicas = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((owner) => replica(owner)));
    const won = await Promise.all(replicas.map((leases) => leases.acquire('gateway:integration-gateway')));
    expect(won.filter(Boolean)).toHaveLength(1);
    const again = await Promise.all(replicas.map((leases) => leases.acquire('gateway:integration-gateway')));
    expect(again).toEqual(won);
  });

  it('keeps the lease with its owner while it renews, and hands it over once the owner stops renewing', async () => {
    const [one, two] = [await replica('one'), await replica('two')];
    expect(one.ttlMs).toBe(15_000);
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
  });

  it('hands a released lease over at once, and keeps leases of different names apart', async () => {
    const [one, two] = [await replica('one'), await replica('two')];
    expect(await one.acquire('projection:queue')).toBe(true);
    expect(await two.acquire('projection:history')).toBe(true);
    await one.release('projection:queue');
    expect(await two.acquire('projection:queue')).toBe(true);
    expect(await one.acquire('projection:queue')).toBe(false);
    expect(await one.acquire('projection:history')).toBe(false);
  });

  it('lets only the holder release a lease', async () => {
    const [one, two] = [await replica('one'), await replica('two')];
    expect(await one.acquire('projection:queue')).toBe(true);
    await two.release('projection:queue');
    expect(await two.acquire('projection:queue')).toBe(false);
    expect(await one.acquire('projection:queue')).toBe(true);
  });
}
