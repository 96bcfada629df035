import { ManualClock } from '@deskstream/kernel';
import { describeOnServer, testDatabase, type TestDatabase } from '@deskstream/testing';
import { schedulerContract } from '../scheduler.contract';
import type { Timer } from '../scheduler.port';
import { MongoScheduler } from './mongo-scheduler';

const FERRETDB_GAPS = {
  'runs each timer exactly once when two replicas race for the same timers':
    'FerretDB runs findAndModify as a read and a separate write, so two replicas can claim one timer (MongoDB updates a document atomically)',
};

const T0 = new Date('2026-01-05T09:00:00.000Z');
const timer = (id: string): Timer => ({ id, tenantId: 'tenant-a', kind: 'sla.breach-check', dueAt: T0, payload: null });

describeOnServer('mongodb', 'MongoScheduler', (server) => {
  schedulerContract(
    'MongoScheduler',
    async () => {
      // A database per test keeps the tests apart on one server; each replica has its own connection.
      const database = testDatabase(server, 'timers');
      return {
        replica: async (owner, clock, options) => new MongoScheduler(await database.connect(), { ...options, owner, clock }),
        restart: () => database.closeConnections(),
        close: () => database.drop(),
      };
    },
    { expectedFailures: server.ferretdb ? FERRETDB_GAPS : {} },
  );

  describe('leases and indexes', () => {
    let database: TestDatabase;
    beforeEach(() => {
      database = testDatabase(server, 'timers');
    });
    afterEach(() => database.drop());

    it('has its unique index before the first timer is stored: replicas starting together store a timer once', async () => {
      const clock = new ManualClock(T0);
      const replicas = await Promise.all(
        Array.from({ length: 6 }, async (_, n) => new MongoScheduler(await database.connect(), { owner: `replica-${n}`, clock })),
      );
      await Promise.all(replicas.map((replica) => replica.schedule(timer('t1'))));
      const connection = await database.connect();
      expect(await connection.db!.collection('timers').countDocuments({ timerId: 't1' })).toBe(1);
    });

    it('renews the lease of a handler that runs past it, so no other replica starts the same timer', async () => {
      const clock = new ManualClock(T0);
      const slow = new MongoScheduler(await database.connect(), { owner: 'slow', clock, leaseMs: 30_000, leaseRenewEveryMs: 20 });
      const other = new MongoScheduler(await database.connect(), { owner: 'other', clock, leaseMs: 30_000 });
      await slow.schedule(timer('t1'));
      let entered!: () => void;
      let release!: () => void;
      const inHandler = new Promise<void>((resolve) => (entered = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      const run = slow.runDue(T0, async () => {
        entered();
        await released;
      });
      await inHandler;
      clock.advance(25_000);
      await new Promise((resolve) => setTimeout(resolve, 200));
      // Past the first lease (30 s), within the renewed one (25 s + 30 s).
      clock.advance(20_000);
      expect(await other.runDue(clock.now(), async () => undefined)).toBe(0);
      release();
      expect(await run).toBe(1);
      expect(await other.pending('tenant-a')).toEqual([]);
    });
  });
});
