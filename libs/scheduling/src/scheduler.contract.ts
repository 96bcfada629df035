import { ManualClock, type Clock } from '@deskstream/kernel';
import { testsExpecting, type ExpectedFailures } from '@deskstream/testing';
import type { Scheduler, SchedulerOptions, Timer, TimerHandler } from './scheduler.port';

/** One store (a file, a database) that several replicas share, as pods share a cluster's database. */
export interface SchedulerStore {
  /** Another call is another replica, with its own connection, as on another machine. */
  replica(owner: string, clock: Clock, options?: Omit<SchedulerOptions, 'owner'>): Promise<Scheduler>;
  /** Closes every connection, as a restart does; replicas opened afterwards see what was stored. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

const T0 = new Date('2026-01-05T09:00:00.000Z');
const at = (ms: number): Date => new Date(T0.getTime() + ms);
const MINUTE = 60_000;

function timer(id: string, dueInMs: number, tenantId = 'tenant-a', payload: unknown = { ref: id }): Timer {
  return { id, tenantId, kind: 'sla.breach-check', dueAt: at(dueInMs), payload };
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

function recorder(): { fired: Timer[]; handler: TimerHandler } {
  const fired: Timer[] = [];
  return { fired, handler: async (t) => void fired.push(t) };
}

export interface SchedulerContractOptions {
  /** Tests this store is known to fail, with the reason (a documented gap of the server). */
  readonly expectedFailures?: ExpectedFailures;
}

/** The behaviour every Scheduler adapter must have; each adapter's spec runs it on its real store. */
export function schedulerContract(name: string, open: () => Promise<SchedulerStore>, options: SchedulerContractOptions = {}): void {
  describe(`${name} (Scheduler contract)`, () => {
    const { it, checkAllNamed } = testsExpecting(options.expectedFailures);
    let store: SchedulerStore;
    let clock: ManualClock;

    beforeEach(async () => {
      store = await open();
      clock = new ManualClock(T0);
    });
    afterEach(() => store.close());

    it('fires a timer at its due time, not before, and only once', async () => {
      const scheduler = await store.replica('replica-1', clock);
      const { fired, handler } = recorder();
      await scheduler.schedule(timer('t1', MINUTE));

      expect(await scheduler.runDue(at(0), handler)).toBe(0);
      expect(await scheduler.runDue(at(MINUTE - 1), handler)).toBe(0);
      expect(fired).toEqual([]);
      expect(await scheduler.runDue(at(MINUTE), handler)).toBe(1);
      expect(fired).toEqual([timer('t1', MINUTE)]);
      expect(await scheduler.runDue(at(2 * MINUTE), handler)).toBe(0);
      expect(await scheduler.pending('tenant-a')).toEqual([]);
    });

    it('fires a timer that became due long ago, after its due time', async () => {
      const scheduler = await store.replica('replica-1', clock);
      const { fired, handler } = recorder();
      await scheduler.schedule(timer('late', MINUTE));
      expect(await scheduler.runDue(at(60 * MINUTE), handler)).toBe(1);
      expect(fired.map((t) => t.id)).toEqual(['late']);
    });

    it('moves a timer when the same id is scheduled again, later or earlier', async () => {
      const scheduler = await store.replica('replica-1', clock);
      const { fired, handler } = recorder();
      await scheduler.schedule(timer('later', MINUTE));
      await scheduler.schedule(timer('later', 2 * MINUTE, 'tenant-a', { moved: true }));
      await scheduler.schedule(timer('sooner', 10 * MINUTE));
      await scheduler.schedule(timer('sooner', 30_000));

      expect(await scheduler.pending('tenant-a')).toEqual([timer('sooner', 30_000), timer('later', 2 * MINUTE, 'tenant-a', { moved: true })]);
      expect(await scheduler.runDue(at(90_000), handler)).toBe(1);
      expect(fired.map((t) => t.id)).toEqual(['sooner']);
      expect(await scheduler.runDue(at(2 * MINUTE), handler)).toBe(1);
      expect(fired[1]).toEqual(timer('later', 2 * MINUTE, 'tenant-a', { moved: true }));
    });

    it('cancels a timer so that it never fires', async () => {
      const scheduler = await store.replica('replica-1', clock);
      const { fired, handler } = recorder();
      await scheduler.schedule(timer('t1', MINUTE));
      await scheduler.schedule(timer('t2', MINUTE));

      expect(await scheduler.cancel('tenant-a', 't1')).toBe(true);
      expect(await scheduler.cancel('tenant-a', 't1')).toBe(false);
      expect(await scheduler.cancel('tenant-a', 'never-scheduled')).toBe(false);
      expect(await scheduler.runDue(at(10 * MINUTE), handler)).toBe(1);
      expect(fired.map((t) => t.id)).toEqual(['t2']);
    });

    it('keeps tenants apart: pending and cancel see only the given tenant', async () => {
      const scheduler = await store.replica('replica-1', clock);
      await scheduler.schedule(timer('shared-id', 2 * MINUTE, 'tenant-a'));
      await scheduler.schedule(timer('first', MINUTE, 'tenant-a'));
      await scheduler.schedule(timer('shared-id', 3 * MINUTE, 'tenant-b'));

      expect(await scheduler.pending('tenant-a')).toEqual([timer('first', MINUTE, 'tenant-a'), timer('shared-id', 2 * MINUTE, 'tenant-a')]);
      expect(await scheduler.pending('tenant-b')).toEqual([timer('shared-id', 3 * MINUTE, 'tenant-b')]);
      expect(await scheduler.cancel('tenant-b', 'shared-id')).toBe(true);
      expect(await scheduler.pending('tenant-b')).toEqual([]);
      expect(await scheduler.pending('tenant-a')).toHaveLength(2);
    });

    it('leaves a timer whose handler failed to run again later', async () => {
      const scheduler = await store.replica('replica-1', clock);
      const attempts: string[] = [];
      const flaky: TimerHandler = async (t) => {
        attempts.push(t.id);
        if (attempts.length === 1) throw new Error('mail server down');
      };
      await scheduler.schedule(timer('t1', MINUTE));

      expect(await scheduler.runDue(at(MINUTE), flaky)).toBe(1);
      expect(await scheduler.pending('tenant-a')).toEqual([timer('t1', MINUTE)]);
      expect(await scheduler.runDue(at(MINUTE), flaky)).toBe(0);
      expect(await scheduler.runDue(at(20 * MINUTE), flaky)).toBe(1);
      expect(attempts).toEqual(['t1', 't1']);
      expect(await scheduler.pending('tenant-a')).toEqual([]);
    });

    it('keeps timers across a restart', async () => {
      const before = await store.replica('replica-1', clock);
      await before.schedule(timer('t1', MINUTE));
      await before.schedule(timer('t2', 2 * MINUTE, 'tenant-b'));
      await store.restart();

      const after = await store.replica('replica-1', clock);
      const { fired, handler } = recorder();
      expect(await after.pending('tenant-a')).toEqual([timer('t1', MINUTE)]);
      expect(await after.runDue(at(2 * MINUTE), handler)).toBe(2);
      expect(fired.map((t) => `${t.tenantId}/${t.id}`).sort()).toEqual(['tenant-a/t1', 'tenant-b/t2']);
    });

    it('runs each timer exactly once when two replicas race for the same timers', async () => {
      const one = await store.replica('replica-1', clock, { batchSize: 3 });
      const two = await store.replica('replica-2', clock, { batchSize: 3 });
      const runs: string[] = [];
      const inFlight = new Set<string>();
      const handler: TimerHandler = async (t) => {
        const key = `${t.tenantId}/${t.id}`;
        if (inFlight.has(key)) throw new Error(`${key} is already running`);
        inFlight.add(key);
        await new Promise((resolve) => setTimeout(resolve, 2));
        inFlight.delete(key);
        runs.push(key);
      };
      const expected: string[] = [];
      for (let i = 0; i < 20; i += 1) {
        const tenantId = i % 2 === 0 ? 'tenant-a' : 'tenant-b';
        await one.schedule(timer(`t${i}`, i * 1000, tenantId));
        expected.push(`${tenantId}/t${i}`);
      }

      const [ranByOne, ranByTwo] = await Promise.all([one.runDue(at(MINUTE), handler), two.runDue(at(MINUTE), handler)]);
      expect(ranByOne + ranByTwo).toBe(20);
      expect(runs.sort()).toEqual(expected.sort());
      expect(await one.pending('tenant-a')).toEqual([]);
      expect(await one.pending('tenant-b')).toEqual([]);
    });

    it('lets another replica run a timer once the lease of a replica that died mid-handler expires', async () => {
      const dying = await store.replica('replica-1', clock, { leaseMs: 30_000 });
      const survivor = await store.replica('replica-2', clock, { leaseMs: 30_000 });
      await survivor.schedule(timer('t1', 0));
      const firstEntered = deferred();
      const firstStuck = deferred();
      const firstRun = dying.runDue(at(0), async () => {
        firstEntered.resolve();
        await firstStuck.promise;
      });
      await firstEntered.promise;

      const { handler } = recorder();
      expect(await survivor.runDue(at(29_999), handler)).toBe(0);
      const secondEntered = deferred();
      const secondStuck = deferred();
      const secondRun = survivor.runDue(at(30_000), async () => {
        secondEntered.resolve();
        await secondStuck.promise;
      });
      await secondEntered.promise;

      // The first replica wakes up after losing its lease: finishing must not remove the new claim.
      firstStuck.resolve();
      expect(await firstRun).toBe(1);
      expect(await survivor.pending('tenant-a')).toEqual([timer('t1', 0)]);
      secondStuck.resolve();
      expect(await secondRun).toBe(1);
      expect(await survivor.pending('tenant-a')).toEqual([]);
    });

    it('polls on its own once started, and stop waits for the handler in flight', async () => {
      const scheduler = await store.replica('replica-1', clock, { pollIntervalMs: 5 });
      await scheduler.schedule(timer('t1', MINUTE));
      clock.advance(MINUTE);
      const entered = deferred();
      let finished = false;
      scheduler.start(async () => {
        entered.resolve();
        await new Promise((resolve) => setTimeout(resolve, 30));
        finished = true;
      });
      await entered.promise;
      await scheduler.stop();
      expect(finished).toBe(true);

      await scheduler.schedule(timer('t2', 0));
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(await scheduler.pending('tenant-a')).toEqual([timer('t2', 0)]);
    });
    it('stops at the end of the batch in flight however many timers are due, and the rest run after a restart', async () => {
      const scheduler = await store.replica('replica-1', clock, { pollIntervalMs: 5, batchSize: 2 });
      for (let i = 0; i < 10; i += 1) await scheduler.schedule(timer(`t${i}`, i));
      clock.advance(MINUTE);
      const fired: string[] = [];
      const firstBatch = deferred();
      const release = deferred();
      scheduler.start(async (t) => {
        fired.push(t.id);
        if (fired.length === 2) firstBatch.resolve();
        await release.promise;
      });
      await firstBatch.promise;
      const stopped = scheduler.stop();
      release.resolve();
      await stopped;
      expect(fired.sort()).toEqual(['t0', 't1']);
      expect((await scheduler.pending('tenant-a')).map((t) => t.id)).toEqual(['t2', 't3', 't4', 't5', 't6', 't7', 't8', 't9']);

      await store.restart();
      const restarted = await store.replica('replica-1', clock, { pollIntervalMs: 5, batchSize: 2 });
      const rest = recorder();
      restarted.start(rest.handler);
      while (rest.fired.length < 8) await new Promise((resolve) => setTimeout(resolve, 5));
      await restarted.stop();
      expect(rest.fired.map((t) => t.id).sort()).toEqual(['t2', 't3', 't4', 't5', 't6', 't7', 't8', 't9']);
      expect(await restarted.pending('tenant-a')).toEqual([]);
    });
    checkAllNamed();
  });
}
