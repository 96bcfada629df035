import { ConcurrencyConflict, type ExpectedRevision } from '@deskstream/kernel';

/** How an expected revision reads in a ConcurrencyConflict, the same for every adapter. */
export function describeExpected(expected: ExpectedRevision): string {
  return typeof expected === 'number' ? String(expected) : expected;
}

/**
 * The port's optimistic-concurrency rule, for adapters that check it themselves (KurrentDB checks it
 * on the server). `current` is the stream's last revision, -1 for a stream with no events.
 */
export function checkExpectedRevision(streamId: string, expected: ExpectedRevision, current: number): void {
  const ok = expected === 'any' || (expected === 'no_stream' && current === -1) || (expected === 'stream_exists' && current >= 0) || expected === current;
  if (!ok) {
    throw new ConcurrencyConflict(streamId, describeExpected(expected), current === -1 ? 'no_stream' : String(current));
  }
}
