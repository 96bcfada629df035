/**
 * A token bucket per tenant: `burst` tokens, refilled at `ratePerSecond`. Written out because it is
 * ten lines of arithmetic on an injected time, which keeps it pure and testable; a library would add a
 * store and timers for nothing.
 */
export interface RateLimit {
  readonly ratePerSecond: number;
  readonly burst: number;
}

export interface Bucket {
  readonly tokens: number;
  readonly updatedAtMs: number;
}

export type TakeResult =
  { readonly allowed: true; readonly bucket: Bucket } | { readonly allowed: false; readonly bucket: Bucket; readonly retryAfterSeconds: number };

export function takeToken(bucket: Bucket | undefined, nowMs: number, limit: RateLimit): TakeResult {
  const previous = bucket ?? { tokens: limit.burst, updatedAtMs: nowMs };
  const elapsedSeconds = Math.max(0, nowMs - previous.updatedAtMs) / 1000;
  const tokens = Math.min(limit.burst, previous.tokens + elapsedSeconds * limit.ratePerSecond);
  if (tokens >= 1) return { allowed: true, bucket: { tokens: tokens - 1, updatedAtMs: nowMs } };
  // Retry-After is whole seconds (RFC 9110); never 0, or a client would hammer straight back.
  const retryAfterSeconds = Math.max(1, Math.ceil((1 - tokens) / limit.ratePerSecond));
  return { allowed: false, bucket: { tokens, updatedAtMs: nowMs }, retryAfterSeconds };
}
