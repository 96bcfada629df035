import { takeToken, type Bucket } from './token-bucket';

const limit = { ratePerSecond: 2, burst: 3 };

describe('token bucket', () => {
  it('lets a burst through, then refuses with the seconds until the next token', () => {
    let bucket: Bucket | undefined;
    const outcomes = [0, 1, 2, 3].map(() => {
      const result = takeToken(bucket, 1000, limit);
      bucket = result.bucket;
      return result.allowed ? 'ok' : `retry ${result.retryAfterSeconds}`;
    });
    expect(outcomes).toEqual(['ok', 'ok', 'ok', 'retry 1']);
  });

  it('refills at the rate, never above the burst', () => {
    const empty: Bucket = { tokens: 0, updatedAtMs: 0 };
    expect(takeToken(empty, 400, limit).allowed).toBe(false);
    expect(takeToken(empty, 500, limit).allowed).toBe(true);
    const refilled = takeToken(empty, 60_000, limit);
    expect(refilled.bucket.tokens).toBe(2);
  });
});
