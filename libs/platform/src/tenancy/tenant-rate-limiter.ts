import { takeToken, type Bucket, type Clock, type RateLimit } from '@deskstream/kernel';

/** Past the tenant's rate: the edge answers 429 with Retry-After, never drops the request silently. */
export class RateLimited extends Error {
  constructor(
    readonly tenantId: string,
    readonly retryAfterSeconds: number,
  ) {
    super(`Tenant ${tenantId} is over its rate; retry after ${retryAfterSeconds} s`);
    this.name = 'RateLimited';
  }
}

/**
 * One token bucket per tenant, in this process: a surge of one tenant cannot starve the others. With
 * several replicas each enforces its share (the configured rate is per replica). The platform keeps one
 * for the whole API (API_RATE_PER_SECOND); intake one more for portal submissions (INTAKE_RATE_PER_SECOND).
 */
export class TenantRateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limit: RateLimit,
    private readonly clock: Clock,
  ) {}

  take(tenantId: string): void {
    const result = takeToken(this.buckets.get(tenantId), this.clock.now().getTime(), this.limit);
    this.buckets.set(tenantId, result.bucket);
    if (!result.allowed) throw new RateLimited(tenantId, result.retryAfterSeconds);
  }
}
