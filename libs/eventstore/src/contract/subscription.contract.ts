import type { RecordedEvent } from '@deskstream/kernel';
import {
  collector,
  type ContractContext,
  dataOf,
  events,
  expectStrictlyIncreasing,
  newStream,
  sleep,
  streamIn,
  uniqueCategory,
  waitFor,
} from './contract-fixtures';

/** Catch-up then live delivery, filters, stopping, and what a failing handler leaves behind. */
export function subscriptionContract(ctx: ContractContext): void {
  const store = () => ctx.store();
  const quiet = () => sleep(ctx.options.quietPeriodMs);

  describe('subscribe', () => {
    it('catches up from the start, resolves caughtUp, then delivers live events', async () => {
      const stream = newStream();
      await store().appendToStream(stream, events(3), { expectedRevision: 'no_stream' });
      const head = await store().headPosition();
      const seen = collector();
      const subscription = store().subscribe(seen.handler);
      try {
        await subscription.caughtUp;
        expect(dataOf(seen.of(stream))).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
        expect(seen.received.at(-1)?.position).toBe(head);
        expectStrictlyIncreasing(seen.received.map((e) => e.position));
        await store().appendToStream(stream, events(2, 3), { expectedRevision: 2 });
        await waitFor(() => seen.of(stream).length === 5, 'live events');
        expect(dataOf(seen.of(stream))).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }]);
        expectStrictlyIncreasing(seen.received.map((e) => e.position));
      } finally {
        await subscription.stop();
      }
    });

    it('starts strictly after the given position', async () => {
      const stream = newStream();
      const result = await store().appendToStream(stream, events(3), { expectedRevision: 'no_stream' });
      const [first] = await store().readStream(stream, { maxCount: 1 });
      const seen = collector();
      const subscription = store().subscribe(seen.handler, { after: first?.position as number });
      try {
        await subscription.caughtUp;
        expect(dataOf(seen.received)).toEqual([{ n: 1 }, { n: 2 }]);
        expect(seen.received.at(-1)?.position).toBe(result.position);
      } finally {
        await subscription.stop();
      }
      const atHead = collector();
      const fromHead = store().subscribe(atHead.handler, { after: result.position });
      await fromHead.caughtUp;
      await fromHead.stop();
      expect(atHead.received).toEqual([]);
    });

    it('delivers only the requested categories', async () => {
      const [incidents, problems, other] = [uniqueCategory(), uniqueCategory(), uniqueCategory()];
      const head = await store().headPosition();
      const seenOne = collector();
      const seenTwo = collector();
      const one = store().subscribe(seenOne.handler, { after: head, categories: [incidents] });
      const two = store().subscribe(seenTwo.handler, { after: head, categories: [incidents, problems] });
      try {
        await store().appendToStream(streamIn(incidents), events(1, 0), { expectedRevision: 'no_stream' });
        await store().appendToStream(streamIn(other), events(1, 1), { expectedRevision: 'no_stream' });
        await store().appendToStream(streamIn(problems), events(1, 2), { expectedRevision: 'no_stream' });
        await store().appendToStream(streamIn(incidents), events(1, 3), { expectedRevision: 'no_stream' });
        await waitFor(() => seenOne.received.length >= 2 && seenTwo.received.length >= 3, 'category events');
        await quiet();
        expect(dataOf(seenOne.received)).toEqual([{ n: 0 }, { n: 3 }]);
        expect(dataOf(seenTwo.received)).toEqual([{ n: 0 }, { n: 2 }, { n: 3 }]);
      } finally {
        await Promise.all([one.stop(), two.stop()]);
      }
    });

    it('stop() waits for the event in flight and ends delivery', async () => {
      const stream = newStream();
      const head = await store().headPosition();
      const handled: RecordedEvent[] = [];
      let entered = false;
      const subscription = store().subscribe(
        async (event) => {
          entered = true;
          await sleep(100);
          handled.push(event);
        },
        { after: head },
      );
      await store().appendToStream(stream, events(1), { expectedRevision: 'no_stream' });
      await waitFor(() => entered, 'the handler to start');
      await subscription.stop();
      expect(handled).toHaveLength(1);
      await store().appendToStream(stream, events(2, 1), { expectedRevision: 0 });
      await quiet();
      expect(handled).toHaveLength(1);
    });

    it('a throwing handler stops the subscription, onError is told, and resubscribing skips nothing', async () => {
      const stream = newStream();
      const head = await store().headPosition();
      await store().appendToStream(stream, events(4), { expectedRevision: 'no_stream' });
      const boom = new Error('projection failed');
      const handled: RecordedEvent[] = [];
      const failures: Array<[unknown, RecordedEvent | undefined]> = [];
      const failing = store().subscribe(
        async (event) => {
          if ((event.data as { n: number }).n === 2) throw boom;
          handled.push(event);
        },
        { after: head, onError: (error, event) => failures.push([error, event]) },
      );
      await expect(failing.caughtUp).rejects.toBe(boom);
      await waitFor(() => failures.length === 1, 'onError');
      expect(failures[0]?.[0]).toBe(boom);
      expect(failures[0]?.[1]?.data).toEqual({ n: 2 });
      await store().appendToStream(stream, events(1, 4), { expectedRevision: 3 });
      await quiet();
      expect(dataOf(handled)).toEqual([{ n: 0 }, { n: 1 }]);
      await failing.stop();

      const resumed = collector();
      const again = store().subscribe(resumed.handler, { after: handled.at(-1)?.position as number });
      try {
        await again.caughtUp;
        expect(dataOf(resumed.received)).toEqual([{ n: 2 }, { n: 3 }, { n: 4 }]);
      } finally {
        await again.stop();
      }
    });
  });
}
