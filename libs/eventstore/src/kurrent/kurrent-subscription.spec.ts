import type { AllStreamResolvedEvent, KurrentDBClient } from '@kurrent/kurrentdb-client';
import type { RecordedEvent } from '@deskstream/kernel';
import { eventually } from '@deskstream/testing';
import { metadata } from '../contract/contract-fixtures';
import { newestPosition } from './kurrent-event-store';
import { kurrentSubscription } from './kurrent-subscription';

const resolved = (streamId: string, type: string, commit: bigint): AllStreamResolvedEvent => ({
  event: {
    streamId,
    id: `id-${commit}`,
    isJson: true,
    revision: 0n,
    type,
    created: new Date('2026-01-05T09:00:00Z'),
    data: { n: Number(commit) },
    metadata: { ...metadata() },
    position: { commit, prepare: commit },
  },
});

/** A stand-in for the client's subscription stream: yields the events, then fails as a dropped connection does. */
function droppingStream(events: AllStreamResolvedEvent[], end: Error | null) {
  return {
    async *[Symbol.asyncIterator]() {
      for (const event of events) yield event;
      if (end) throw end;
    },
    unsubscribe: async () => undefined,
    destroy: () => undefined,
  };
}

const sourceOf = (stream: ReturnType<typeof droppingStream>, head: number) => ({
  client: { subscribeToAll: () => stream } as unknown as KurrentDBClient,
  headOf: async () => head,
});

describe('KurrentDB catch-up subscription (client stood in for)', () => {
  it('given the connection drops, then onError is told and caughtUp fails, so the owner resumes from its checkpoint', async () => {
    const lost = new Error('14 UNAVAILABLE: Connection dropped');
    const handled: RecordedEvent[] = [];
    const errors: unknown[] = [];
    const subscription = kurrentSubscription(
      sourceOf(droppingStream([resolved('incident-acme.1', 'IncidentOpened', 10n)], lost), 20),
      async (event) => {
        handled.push(event);
      },
      { onError: (error) => errors.push(error) },
    );
    await expect(subscription.caughtUp).rejects.toBe(lost);
    await eventually(() => expect(errors).toEqual([lost]));
    expect(handled.map((e) => e.position)).toEqual([10]);
    await subscription.stop();
  });

  it('given the server ends the stream, then that is a failure too, not a quiet stall', async () => {
    const errors: unknown[] = [];
    const subscription = kurrentSubscription(sourceOf(droppingStream([], null), 5), async () => undefined, { onError: (error) => errors.push(error) });
    await eventually(() => expect(errors).toHaveLength(1));
    expect(String(errors[0])).toContain('subscription ended');
    await subscription.stop();
  });

  it('given a stop, then the torn-down stream is not reported as a failure', async () => {
    const errors: unknown[] = [];
    // Like the client's stream: it waits for events until unsubscribed, which tears it down under the iterator.
    let tearDown!: (error: Error) => void;
    const torn = new Promise<never>((_, reject) => (tearDown = reject));
    const never = {
      async *[Symbol.asyncIterator]() {
        yield await torn;
      },
      unsubscribe: async () => tearDown(new Error('1 CANCELLED: cancelled on client')),
      destroy: () => undefined,
    };
    const subscription = kurrentSubscription(
      { client: { subscribeToAll: () => never } as unknown as KurrentDBClient, headOf: async () => -1 },
      async () => undefined,
      {
        onError: (error) => errors.push(error),
      },
    );
    await subscription.caughtUp;
    await subscription.stop();
    expect(errors).toEqual([]);
  });
});

describe('the head of the store', () => {
  async function* backwards(...events: AllStreamResolvedEvent[]) {
    yield* events;
  }

  it('given system events at the head, then the newest domain event is the head, not an empty store', async () => {
    expect(
      await newestPosition(
        backwards(
          resolved('$$incident-acme.1', '$metadata', 30n),
          resolved('$et-IncidentOpened', '$>', 20n),
          resolved('incident-acme.1', 'IncidentOpened', 10n),
        ),
      ),
    ).toBe(10);
    expect(await newestPosition(backwards())).toBe(-1);
  });
});
