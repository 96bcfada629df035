import { errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { systemClock, Unauthenticated, type Clock } from '@deskstream/kernel';
import type { Principal } from './principal';
import { principalFromClaims } from './token-claims';
import { VerifiedTokenCache } from './verified-token-cache';

export const TOKEN_VERIFIER = Symbol('TokenVerifier');

export interface TokenVerifier {
  /** The principal of a valid token; Unauthenticated (naming the reason) otherwise. */
  verify(token: string): Promise<Principal>;
}

/**
 * Verifies JWTs against a key set: the embedded issuer's own JWKS, or a remote one
 * (`createRemoteJWKSet`) in production. Signature, `iss`, `aud` and `exp` are all checked.
 * A client sends the same token with every request until it expires, and an RS256 check costs far
 * more than the request itself, so verified tokens are remembered (until exp) by their exact text.
 */
export class JwtTokenVerifier implements TokenVerifier {
  private readonly verified = new VerifiedTokenCache();

  constructor(
    private readonly keys: JWTVerifyGetKey,
    private readonly expected: { issuer: string; audience: string; algorithms?: string[] },
    private readonly clock: Clock = systemClock,
    /** Reads a verified payload, once per token (whatever it does besides, e.g. a first sign-in, happens once too). */
    private readonly read: (payload: JWTPayload) => Principal | Promise<Principal> = (payload) => principalFromClaims(payload),
  ) {}

  async verify(token: string): Promise<Principal> {
    const now = this.clock.now();
    const known = this.verified.get(token, now.getTime());
    if (known) return known;
    try {
      const { payload } = await jwtVerify(token, this.keys, { ...this.expected, currentDate: now });
      const principal = await this.read(payload);
      this.verified.set(token, principal, payload.exp, now.getTime());
      return principal;
    } catch (error) {
      if (error instanceof errors.JOSEError) throw new Unauthenticated(`Invalid token: ${error.message}`);
      throw error;
    }
  }
}
