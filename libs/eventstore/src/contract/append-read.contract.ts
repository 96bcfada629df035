import { ConcurrencyConflict } from '@deskstream/kernel';
import { anEvent, type ContractContext, dataOf, events, expectStrictlyIncreasing, metadata, newStream } from './contract-fixtures';

/** Appends with optimistic concurrency, stream reads and $all reads. */
export function appendAndReadContract(ctx: ContractContext): void {
  const store = () => ctx.store();

  describe('append', () => {
    it('appends a batch to a new stream and reads it back in order', async () => {
      const stream = newStream();
      const batch = events(3);
      const result = await store().appendToStream(stream, batch, { expectedRevision: 'no_stream' });
      const read = await store().readStream(stream);
      expect(read.map((e) => [e.eventId, e.streamId, e.revision, e.type])).toEqual(batch.map((e, i) => [e.eventId, stream, i, 'ThingHappened']));
      expect(dataOf(read)).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
      expect(result.nextExpectedRevision).toBe(2);
      expect(result.position).toBe(read[2]?.position);
    });

    it('no_stream conflicts on an existing stream and writes nothing', async () => {
      const stream = newStream();
      await store().appendToStream(stream, events(1), { expectedRevision: 'no_stream' });
      await expect(store().appendToStream(stream, events(2, 1), { expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(ConcurrencyConflict);
      expect(dataOf(await store().readStream(stream))).toEqual([{ n: 0 }]);
    });

    it('an exact revision appends when current and conflicts, all-or-nothing, when stale or ahead', async () => {
      const stream = newStream();
      const first = await store().appendToStream(stream, events(2), { expectedRevision: 'no_stream' });
      const second = await store().appendToStream(stream, events(1, 2), { expectedRevision: first.nextExpectedRevision });
      expect(second.nextExpectedRevision).toBe(2);
      for (const stale of [0, 1, 3, 7]) {
        const error = await store()
          .appendToStream(stream, events(3, 10), { expectedRevision: stale })
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ConcurrencyConflict);
        expect(error).toMatchObject({ streamId: stream, expected: String(stale), actual: '2' });
      }
      expect(dataOf(await store().readStream(stream))).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
    });

    it('an exact revision on a missing stream conflicts', async () => {
      const stream = newStream();
      await expect(store().appendToStream(stream, events(1), { expectedRevision: 0 })).rejects.toMatchObject({
        actual: 'no_stream',
      });
      expect(await store().readStream(stream)).toEqual([]);
    });

    it('stream_exists conflicts on a missing stream and appends to an existing one', async () => {
      const stream = newStream();
      await expect(store().appendToStream(stream, events(2), { expectedRevision: 'stream_exists' })).rejects.toBeInstanceOf(ConcurrencyConflict);
      expect(await store().readStream(stream)).toEqual([]);
      await store().appendToStream(stream, events(1), { expectedRevision: 'no_stream' });
      const result = await store().appendToStream(stream, events(1, 1), { expectedRevision: 'stream_exists' });
      expect(result.nextExpectedRevision).toBe(1);
    });

    it('any appends to a missing stream and to an existing one', async () => {
      const stream = newStream();
      expect((await store().appendToStream(stream, events(1), { expectedRevision: 'any' })).nextExpectedRevision).toBe(0);
      expect((await store().appendToStream(stream, events(2, 1), { expectedRevision: 'any' })).nextExpectedRevision).toBe(2);
      expect((await store().readStream(stream)).map((e) => e.revision)).toEqual([0, 1, 2]);
    });

    it('concurrent appends expecting the same revision: exactly one wins', async () => {
      const stream = newStream();
      const contenders = Array.from({ length: 8 }, (_, i) => store().appendToStream(stream, [anEvent(i), anEvent(100 + i)], { expectedRevision: 'no_stream' }));
      const outcomes = await Promise.allSettled(contenders);
      const won = outcomes.filter((o) => o.status === 'fulfilled');
      const lost = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(7);
      for (const reason of lost) expect(reason).toBeInstanceOf(ConcurrencyConflict);
      const read = await store().readStream(stream);
      expect(read).toHaveLength(2);
      expect((read[1]?.data as { n: number }).n).toBe((read[0]?.data as { n: number }).n + 100);
    });

    it('metadata and data round-trip exactly', async () => {
      const stream = newStream();
      const meta = metadata({
        traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
        schemaVersion: 3,
        causationId: 'cmd-42',
      });
      const data = { title: 'Printer on fire ✓ 火', tags: ['hw', 'urgent'], count: 2.5, nested: { ok: true, none: null } };
      await store().appendToStream(stream, [anEvent(0, { type: 'IncidentOpened', data, metadata: meta })], {
        expectedRevision: 'no_stream',
      });
      const [read] = await store().readStream(stream);
      expect(read).toMatchObject({ type: 'IncidentOpened', data, metadata: meta });
    });

    it('positions strictly increase within a batch and across streams', async () => {
      const [a, b] = [newStream(), newStream()];
      const head = await store().headPosition();
      await store().appendToStream(a, events(3), { expectedRevision: 'no_stream' });
      await store().appendToStream(b, events(2), { expectedRevision: 'no_stream' });
      await store().appendToStream(a, events(2, 3), { expectedRevision: 2 });
      const all = await store().readAll({ after: head });
      expect(all.map((e) => e.streamId)).toEqual([a, a, a, b, b, a, a]);
      expect(all[0]?.position).toBeGreaterThan(head);
      expectStrictlyIncreasing(all.map((e) => e.position));
    });
  });

  describe('read', () => {
    it('reads a stream forwards and backwards from a revision with maxCount', async () => {
      const stream = newStream();
      await store().appendToStream(stream, events(6), { expectedRevision: 'no_stream' });
      const revisions = async (options: Parameters<ReturnType<typeof store>['readStream']>[1]) =>
        (await store().readStream(stream, options)).map((e) => e.revision);
      expect(await revisions({ fromRevision: 2 })).toEqual([2, 3, 4, 5]);
      expect(await revisions({ fromRevision: 1, maxCount: 2 })).toEqual([1, 2]);
      expect(await revisions({ direction: 'backwards' })).toEqual([5, 4, 3, 2, 1, 0]);
      expect(await revisions({ direction: 'backwards', maxCount: 2 })).toEqual([5, 4]);
      expect(await revisions({ direction: 'backwards', fromRevision: 3, maxCount: 2 })).toEqual([3, 2]);
      expect(await revisions({ fromRevision: 6 })).toEqual([]);
    });

    it('an unknown stream reads as no events', async () => {
      const stream = newStream();
      expect(await store().readStream(stream)).toEqual([]);
      expect(await store().readStream(stream, { direction: 'backwards', maxCount: 1 })).toEqual([]);
    });

    it('readAll returns what was appended after a position, in order, up to maxCount', async () => {
      const [a, b] = [newStream(), newStream()];
      const head = await store().headPosition();
      await store().appendToStream(a, events(2), { expectedRevision: 'no_stream' });
      await store().appendToStream(b, events(2, 2), { expectedRevision: 'no_stream' });
      const all = await store().readAll({ after: head });
      expect(dataOf(all)).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }, { n: 3 }]);
      expect(dataOf(await store().readAll({ after: head, maxCount: 3 }))).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
      expect(dataOf(await store().readAll({ after: all[1]?.position as number }))).toEqual([{ n: 2 }, { n: 3 }]);
      expect(await store().readAll({ after: all[3]?.position as number })).toEqual([]);
    });

    it('headPosition is the position of the newest event', async () => {
      const before = await store().headPosition();
      const result = await store().appendToStream(newStream(), events(2), { expectedRevision: 'no_stream' });
      expect(result.position).toBeGreaterThan(before);
      expect(await store().headPosition()).toBe(result.position);
    });
  });
}
