import { describeOnServer } from '@deskstream/testing';
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
});
