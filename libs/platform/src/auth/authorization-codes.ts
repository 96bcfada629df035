import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '@deskstream/kernel';
import type { DocumentCollection, DocumentStore, StoredDocument } from '@deskstream/readmodels';
import { PLATFORM_TENANT, type Principal } from './principal';

/** An authorization code lives this long and is good once (RFC 6749 §4.1.2 recommends at most 10 minutes). */
export const CODE_TTL_MS = 60_000;
/** RFC 7636: 43 to 128 unreserved characters. */
export const CODE_VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;

export interface Grant {
  readonly principal: Principal;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly codeChallenge: string;
  readonly expiresAt: number;
}

/** base64url(SHA-256(verifier)): the only PKCE method offered (`plain` gives no protection). */
export const s256 = (verifier: string): string => createHash('sha256').update(verifier).digest('base64url');

/** Where grants wait for their exchange; `take` hands a grant out at most once, whichever process asks. */
export interface GrantStore {
  put(key: string, grant: Grant): Promise<void>;
  take(key: string): Promise<Grant | null>;
  sweep(now: number): Promise<void>;
}

/** One process's grants, for an app that serves its data dir alone. */
export class MemoryGrants implements GrantStore {
  private readonly grants = new Map<string, Grant>();

  async put(key: string, grant: Grant): Promise<void> {
    this.grants.set(key, grant);
  }

  async take(key: string): Promise<Grant | null> {
    const grant = this.grants.get(key) ?? null;
    this.grants.delete(key);
    return grant;
  }

  async sweep(now: number): Promise<void> {
    for (const [key, grant] of this.grants) if (grant.expiresAt <= now) this.grants.delete(key);
  }
}

type StoredGrant = StoredDocument & { readonly grant: Grant | null };

/** Grants most swept at each sign-in. */
const SWEEP_BATCH = 50;

/**
 * Grants in the read-model store, for the processes serving one data dir (a sign-in on one edge, its
 * exchange on another). Taking a grant overwrites it at the next position, which the store's position
 * guard lets happen once: of two processes taking one code, one gets the grant and the other nothing.
 */
export class DocumentGrants implements GrantStore {
  private readonly grants: DocumentCollection<StoredGrant>;

  constructor(documents: DocumentStore) {
    this.grants = documents.collection<StoredGrant>('platform-authorization-codes');
  }

  async put(key: string, grant: Grant): Promise<void> {
    await this.grants.put({ id: key, tenantId: PLATFORM_TENANT, position: 1, expiresAt: grant.expiresAt, grant });
  }

  async take(key: string): Promise<Grant | null> {
    const stored = await this.grants.get(PLATFORM_TENANT, key);
    if (!stored?.grant) return null;
    const won = await this.grants.put({ ...stored, position: stored.position + 1, grant: null });
    return won ? stored.grant : null;
  }

  async sweep(now: number): Promise<void> {
    const { items } = await this.grants.find(PLATFORM_TENANT, { filter: { expiresAt: { $lt: now } }, limit: SWEEP_BATCH });
    await Promise.all(items.map((item) => this.grants.delete(PLATFORM_TENANT, item.id, item.position + 1)));
  }
}

/** Codes are kept by their hash: a store's contents never hold a code that could be exchanged. */
const keyOf = (code: string): string => createHash('sha256').update(code).digest('base64url');

/**
 * Codes the built-in issuer handed out at sign-in, waiting to be exchanged for a token by the same
 * client, with the same redirect URI and the verifier of the challenge it sent. Each is good once and
 * for a minute; they are kept in memory, or in the read-model store where several processes serve
 * one data dir (a restart only means signing in again).
 */
export class AuthorizationCodes {
  constructor(
    private readonly clock: Clock,
    private readonly grants: GrantStore = new MemoryGrants(),
  ) {}

  async issue(grant: Omit<Grant, 'expiresAt'>): Promise<string> {
    const now = this.clock.now().getTime();
    await this.grants.sweep(now);
    const code = randomBytes(32).toString('base64url');
    await this.grants.put(keyOf(code), { ...grant, expiresAt: now + CODE_TTL_MS });
    return code;
  }

  /** The principal signed in with this code, or why the exchange is refused (RFC 6749 `invalid_grant`). */
  async redeem(code: string, exchange: { clientId: string; redirectUri: string; codeVerifier: string }): Promise<Principal | string> {
    const grant = await this.grants.take(keyOf(code));
    if (!grant || grant.expiresAt <= this.clock.now().getTime()) return 'The code is unknown, used or expired';
    if (grant.clientId !== exchange.clientId || grant.redirectUri !== exchange.redirectUri) {
      return 'The code was issued to another client or redirect URI';
    }
    if (!CODE_VERIFIER.test(exchange.codeVerifier) || s256(exchange.codeVerifier) !== grant.codeChallenge) {
      return 'The code verifier does not match the code challenge';
    }
    return grant.principal;
  }
}
