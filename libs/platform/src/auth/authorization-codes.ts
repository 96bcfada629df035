import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '@deskstream/kernel';
import type { Principal } from './principal';

/** An authorization code lives this long and is good once (RFC 6749 §4.1.2 recommends at most 10 minutes). */
export const CODE_TTL_MS = 60_000;
/** RFC 7636: 43 to 128 unreserved characters. */
export const CODE_VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;

interface Grant {
  readonly principal: Principal;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly codeChallenge: string;
  readonly expiresAt: number;
}

/** base64url(SHA-256(verifier)): the only PKCE method offered (`plain` gives no protection). */
export const s256 = (verifier: string): string => createHash('sha256').update(verifier).digest('base64url');

/**
 * Codes the built-in issuer handed out at sign-in, waiting to be exchanged for a token by the same
 * client, with the same redirect URI and the verifier of the challenge it sent. In memory: a code is
 * useless after a minute anyway, and a restart only means signing in again.
 */
export class AuthorizationCodes {
  private readonly grants = new Map<string, Grant>();

  constructor(private readonly clock: Clock) {}

  issue(grant: Omit<Grant, 'expiresAt'>): string {
    this.sweep();
    const code = randomBytes(32).toString('base64url');
    this.grants.set(code, { ...grant, expiresAt: this.clock.now().getTime() + CODE_TTL_MS });
    return code;
  }

  /** The principal signed in with this code, or why the exchange is refused (RFC 6749 `invalid_grant`). */
  redeem(code: string, exchange: { clientId: string; redirectUri: string; codeVerifier: string }): Principal | string {
    const grant = this.grants.get(code);
    this.grants.delete(code);
    if (!grant || grant.expiresAt <= this.clock.now().getTime()) return 'The code is unknown, used or expired';
    if (grant.clientId !== exchange.clientId || grant.redirectUri !== exchange.redirectUri) {
      return 'The code was issued to another client or redirect URI';
    }
    if (!CODE_VERIFIER.test(exchange.codeVerifier) || s256(exchange.codeVerifier) !== grant.codeChallenge) {
      return 'The code verifier does not match the code challenge';
    }
    return grant.principal;
  }

  private sweep(): void {
    const now = this.clock.now().getTime();
    for (const [code, grant] of this.grants) if (grant.expiresAt <= now) this.grants.delete(code);
  }
}
