import type { EventStore } from '@deskstream/kernel';
import { appendAndReadContract } from './contract/append-read.contract';
import type { EventStoreContractOptions } from './contract/contract-fixtures';
import { subscriptionContract } from './contract/subscription.contract';

export type { EventStoreContractOptions } from './contract/contract-fixtures';

export interface OpenedEventStore {
  readonly store: EventStore;
  dispose(): Promise<void>;
}

/**
 * The behaviour every EventStore adapter must have, as one Jest suite. One store serves every test:
 * each test writes to streams (and categories) of its own, so the suite also runs against a server
 * that already holds data.
 */
export function eventStoreContract(name: string, open: () => Promise<OpenedEventStore>, options: EventStoreContractOptions = {}): void {
  describe(`${name} (EventStore contract)`, () => {
    let opened: OpenedEventStore | undefined;

    beforeAll(async () => {
      opened = await open();
    });

    afterAll(async () => {
      await opened?.dispose();
    });

    const context = {
      store: () => {
        if (!opened) throw new Error(`${name}: the store did not open`);
        return opened.store;
      },
      options: { quietPeriodMs: options.quietPeriodMs ?? 150 },
    };
    appendAndReadContract(context);
    subscriptionContract(context);
  });
}
