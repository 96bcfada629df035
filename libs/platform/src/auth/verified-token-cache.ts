import type { Principal } from './principal';

interface Entry {
  readonly principal: Principal;
  /** Epoch ms after which the entry is no longer used: the token's exp, or sooner (see maxAgeMs). */
  readonly until: number;
}

/**
 * Principals of tokens already verified, keyed by the whole token string: a token changed in any
 * byte (a tampered payload or signature) is a different key and is verified afresh. Bounded, least
 * recently used first out: a Map keeps insertion order, and a hit is re-inserted at the end (no
 * caching library is a dependency of the project, and this is all that is needed of one).
 */
export class VerifiedTokenCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly maxEntries = 10_000,
    /** Caps how long a key rotation or a revoked issuer key takes to be seen by cached tokens. */
    private readonly maxAgeMs = 60_000,
  ) {}

  /** The principal of a token verified before and still unexpired at `now` (epoch ms). */
  get(token: string, now: number): Principal | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    this.entries.delete(token);
    if (now >= entry.until) return undefined;
    this.entries.set(token, entry);
    return entry.principal;
  }

  /** `expiresAt` is the token's exp in epoch seconds; a token without exp is not kept. */
  set(token: string, principal: Principal, expiresAt: number | undefined, now: number): void {
    if (expiresAt === undefined) return;
    this.entries.delete(token);
    this.entries.set(token, { principal, until: Math.min(expiresAt * 1000, now + this.maxAgeMs) });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
