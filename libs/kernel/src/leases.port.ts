/**
 * Named leases, so that of several replicas of a service exactly one (the holder) runs what must run
 * once: the integration gateway, each projection. A holder renews its lease well within `ttlMs`; when
 * it stops renewing (it died, or lost its store), another replica takes the lease once it has run out.
 */
export interface Leases {
  /** How long a lease lasts without renewal. */
  readonly ttlMs: number;
  /** Takes or renews the lease; true while this replica holds it, false while another does. */
  acquire(name: string): Promise<boolean>;
  /** Gives the lease up at once (a graceful stop), so another replica need not wait for it to run out. */
  release(name: string): Promise<void>;
}
