import { randomUUID } from 'node:crypto';
import { describeOnServer } from '@deskstream/testing';
import { metadata } from '../contract/contract-fixtures';
import { eventStoreContract } from '../event-store.contract';
import { KurrentEventStore } from './kurrent-event-store';

// With a container engine, the module runs the node insecure, single-node, with all projections on (as production does).
describeOnServer('kurrentdb', 'KurrentEventStore', (server) => {
  eventStoreContract(
    'KurrentEventStore',
    async () => {
      const store = KurrentEventStore.connect(server.address());
      return { store, dispose: () => store.close() };
    },
    { quietPeriodMs: 500 },
  );

  it("purges a deleted tenant's streams (tombstoned: never written again) and leaves another tenant's", async () => {
    const store = KurrentEventStore.connect(server.address());
    // Tenants of their own, so that the streams of earlier runs on the same server do not count.
    const [deleted, kept] = ['purged', 'kept'].map((name) => `${name}_${randomUUID().slice(0, 8)}`);
    try {
      const opened = (tenantId: string) => [{ eventId: randomUUID(), type: 'Opened', data: {}, metadata: metadata({ tenantId }) }];
      for (const tenantId of [deleted!, kept!]) {
        for (const stream of [`incident-${tenantId}.1`, `knowledge-${tenantId}.a`]) {
          await store.appendToStream(stream, opened(tenantId), { expectedRevision: 'no_stream' });
        }
      }
      expect(await store.purgeTenant(deleted!)).toEqual({ streams: 2 });
      await expect(store.appendToStream(`incident-${deleted}.1`, opened(deleted!), { expectedRevision: 'any' })).rejects.toThrow();
      expect(await store.readStream(`incident-${kept}.1`)).toHaveLength(1);
      expect(await store.purgeTenant(deleted!)).toEqual({});
    } finally {
      await store.close();
    }
  });
});
