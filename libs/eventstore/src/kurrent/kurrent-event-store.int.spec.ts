import { KurrentDbContainer, type StartedKurrentDbContainer } from '@testcontainers/kurrentdb';
import { describeWithContainers } from '@deskstream/testing';
import { eventStoreContract } from '../event-store.contract';
import { KurrentEventStore } from './kurrent-event-store';

const IMAGE = 'docker.kurrent.io/kurrent-latest/kurrentdb:latest';

describeWithContainers('KurrentEventStore on KurrentDB (testcontainers)', () => {
  let container: StartedKurrentDbContainer | undefined;

  // The module runs the node insecure, single-node, with all projections on (as production does).
  beforeAll(async () => {
    container = await new KurrentDbContainer(IMAGE).start();
  }, 180_000);

  afterAll(async () => {
    await container?.stop();
  }, 60_000);

  eventStoreContract(
    'KurrentEventStore',
    async () => {
      if (!container) throw new Error('KurrentDB container did not start');
      const store = KurrentEventStore.connect(container.getConnectionString());
      return { store, dispose: () => store.close() };
    },
    { quietPeriodMs: 500 },
  );
});
