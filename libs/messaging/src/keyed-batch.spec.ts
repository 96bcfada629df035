import { aMessage } from './contract-fixtures';
import type { DeliveredMessage } from './integration-bus.port';
import { handleKeyedBatch } from './keyed-batch';

const batchOf = (...keys: string[]): DeliveredMessage[] =>
  keys.map((key, offset) => ({ ...aMessage('topic', key, offset), partition: 0, offset: 100 + offset, headers: {} }));

const offsetsOf = (messages: readonly DeliveredMessage[]) => messages.map((m) => m.offset);

/** A handler that records the order it finished in, and lets a test hold a key back until another is done. */
function recording(options: { failAt?: number; holdUntilDone?: { key: string; until: number } } = {}) {
  const finished: DeliveredMessage[] = [];
  const started: DeliveredMessage[] = [];
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const handle = async (message: DeliveredMessage) => {
    started.push(message);
    if (message.offset === options.failAt) throw new Error('handler failed');
    if (options.holdUntilDone?.key === message.key) await released;
    finished.push(message);
    if (message.offset === options.holdUntilDone?.until) release();
  };
  return { handle, started, finished };
}

describe('handleKeyedBatch', () => {
  it('handles a batch strictly in offset order with a concurrency of 1', async () => {
    const batch = batchOf('a', 'b', 'a', 'c', 'b');
    const handler = recording();
    await expect(handleKeyedBatch(batch, 1, handler.handle, () => false)).resolves.toEqual({ handledUpTo: 105, failed: false });
    expect(offsetsOf(handler.finished)).toEqual([100, 101, 102, 103, 104]);
  });

  it('lets other keys go ahead of a slow one, and keeps each key in order', async () => {
    const batch = batchOf('a', 'b', 'a', 'b', 'c');
    // Key a waits until the last message of key b has been handled: with one message at a time this would never finish.
    const handler = recording({ holdUntilDone: { key: 'a', until: 103 } });
    await expect(handleKeyedBatch(batch, 3, handler.handle, () => false)).resolves.toEqual({ handledUpTo: 105, failed: false });
    const finished = offsetsOf(handler.finished);
    expect(finished.indexOf(103)).toBeLessThan(finished.indexOf(100));
    expect(offsetsOf(handler.finished.filter((m) => m.key === 'a'))).toEqual([100, 102]);
    expect(offsetsOf(handler.finished.filter((m) => m.key === 'b'))).toEqual([101, 103]);
  });

  it('commits only the run before the first message not handled, and stops the failed key', async () => {
    const batch = batchOf('a', 'b', 'a', 'b', 'a');
    const handler = recording({ failAt: 101 });
    const outcome = await handleKeyedBatch(batch, 2, handler.handle, () => false);
    expect(outcome).toEqual({ handledUpTo: 101, failed: true });
    // Key b's later message is never tried after its first failed; key a's may be, and is delivered again with b's.
    expect(handler.started.map((m) => m.offset)).not.toContain(103);
  });

  it('commits nothing when the first message fails', async () => {
    const handler = recording({ failAt: 100 });
    await expect(handleKeyedBatch(batchOf('a', 'b'), 1, handler.handle, () => false)).resolves.toEqual({ handledUpTo: undefined, failed: true });
    expect(offsetsOf(handler.started)).toEqual([100]);
  });

  it('starts nothing more once the member is stopping', async () => {
    let handledSoFar = 0;
    const outcome = await handleKeyedBatch(
      batchOf('a', 'b', 'c', 'd'),
      1,
      async () => {
        handledSoFar += 1;
      },
      () => handledSoFar >= 2,
    );
    expect(outcome).toEqual({ handledUpTo: 102, failed: false });
    expect(handledSoFar).toBe(2);
  });
});
