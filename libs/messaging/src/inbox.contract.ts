import { randomUUID } from 'node:crypto';
import type { Inbox } from './integration-bus.port';

export interface InboxContractOptions {
  readonly testTimeoutMs?: number;
}

/**
 * The behaviour of every Inbox adapter. `open` may be called several times per test: each call is a
 * new instance over the same storage (as after a restart).
 */
export function inboxContract(name: string, open: () => Promise<Inbox>, options: InboxContractOptions = {}): void {
  const timeout = options.testTimeoutMs ?? 30_000;

  describe(name, () => {
    let inbox: Inbox;
    let consumer: string;
    let effects: string[];
    const effect = (label: string) => async () => {
      effects.push(label);
    };

    beforeEach(async () => {
      inbox = await open();
      consumer = `consumer-${randomUUID()}`;
      effects = [];
    }, timeout);

    it(
      'runs the effect of a new message and says it handled it',
      async () => {
        await expect(inbox.handleOnce(consumer, 'm-1', effect('m-1'))).resolves.toBe(true);
        expect(effects).toEqual(['m-1']);
      },
      timeout,
    );

    it(
      'skips a message the consumer has already handled',
      async () => {
        await inbox.handleOnce(consumer, 'm-1', effect('first'));
        await expect(inbox.handleOnce(consumer, 'm-1', effect('again'))).resolves.toBe(false);
        await expect(inbox.handleOnce(consumer, 'm-2', effect('other'))).resolves.toBe(true);
        expect(effects).toEqual(['first', 'other']);
      },
      timeout,
    );

    it(
      'keeps consumers apart: each handles the same message once',
      async () => {
        const other = `consumer-${randomUUID()}`;
        await inbox.handleOnce(consumer, 'm-1', effect('mine'));
        await expect(inbox.handleOnce(other, 'm-1', effect('theirs'))).resolves.toBe(true);
        await expect(inbox.handleOnce(other, 'm-1', effect('theirs again'))).resolves.toBe(false);
        expect(effects).toEqual(['mine', 'theirs']);
      },
      timeout,
    );

    it(
      'does not record a message whose effect failed, so its redelivery runs the effect',
      async () => {
        const failure = new Error('effect failed');
        await expect(
          inbox.handleOnce(consumer, 'm-1', async () => {
            throw failure;
          }),
        ).rejects.toBe(failure);
        await expect(inbox.handleOnce(consumer, 'm-1', effect('retried'))).resolves.toBe(true);
        expect(effects).toEqual(['retried']);
      },
      timeout,
    );

    it(
      'remembers what was handled across a new instance over the same storage',
      async () => {
        await inbox.handleOnce(consumer, 'm-1', effect('before restart'));
        const reopened = await open();
        await expect(reopened.handleOnce(consumer, 'm-1', effect('after restart'))).resolves.toBe(false);
        expect(effects).toEqual(['before restart']);
      },
      timeout,
    );
  });
}
