import { errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { systemClock, Unauthenticated, type Clock } from '@deskstream/kernel';
import type { Principal } from './principal';
import { principalFromClaims } from './token-claims';

export const TOKEN_VERIFIER = Symbol('TokenVerifier');

export interface TokenVerifier {
  /** The principal of a valid token; Unauthenticated (naming the reason) otherwise. */
  verify(token: string): Promise<Principal>;
}

/**
 * Verifies JWTs against a key set: the embedded issuer's own JWKS, or a remote one
 * (`createRemoteJWKSet`) in production. Signature, `iss`, `aud` and `exp` are all checked.
 */
export class JwtTokenVerifier implements TokenVerifier {
  constructor(
    private readonly keys: JWTVerifyGetKey,
    private readonly expected: { issuer: string; audience: string; algorithms?: string[] },
    private readonly clock: Clock = systemClock,
  ) {}

  async verify(token: string): Promise<Principal> {
    try {
      const { payload } = await jwtVerify(token, this.keys, { ...this.expected, currentDate: this.clock.now() });
      return principalFromClaims(payload);
    } catch (error) {
      if (error instanceof errors.JOSEError) throw new Unauthenticated(`Invalid token: ${error.message}`);
      throw error;
    }
  }
}
