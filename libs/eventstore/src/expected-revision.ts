import type { ExpectedRevision } from '@deskstream/kernel';

/** How an expected revision reads in a ConcurrencyConflict, the same for every adapter. */
export function describeExpected(expected: ExpectedRevision): string {
  return typeof expected === 'number' ? String(expected) : expected;
}
