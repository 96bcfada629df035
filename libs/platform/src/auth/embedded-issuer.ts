import { createPublicKey, type KeyObject } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { systemClock, type Clock } from '@deskstream/kernel';
import { DEFAULT_TOKEN_TTL_SECONDS, type AuthConfig } from './auth.config';
import type { Principal } from './principal';
import { principalClaims } from './token-claims';

export const ISSUER_ALGORITHM = 'RS256';
export const ISSUER_KEY_FILE = 'issuer-key.json';

export interface JsonWebKeySet {
  keys: JWK[];
}

/**
 * The token issuer of the embedded mode. Its key pair is generated on first start and kept in the data
 * dir, so tokens survive restarts; the public half is served as JWKS so any OIDC verifier can check them.
 */
export class EmbeddedIssuer {
  private constructor(
    private readonly config: AuthConfig,
    private readonly privateKey: KeyObject,
    readonly publicJwk: JWK,
    private readonly clock: Clock,
  ) {}

  static async open(config: AuthConfig, clock: Clock = systemClock): Promise<EmbeddedIssuer> {
    const privateJwk = config.dataDir ? await loadOrCreateKey(config.dataDir) : await generateJwk();
    const privateKey = (await importJWK(privateJwk, ISSUER_ALGORITHM)) as KeyObject;
    const publicJwk = { ...createPublicKey(privateKey).export({ format: 'jwk' }), kid: privateJwk.kid, alg: ISSUER_ALGORITHM, use: 'sig' };
    return new EmbeddedIssuer(config, privateKey, publicJwk as JWK, clock);
  }

  get ttlSeconds(): number {
    return this.config.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
  }

  sign(principal: Principal): Promise<string> {
    const issuedAt = Math.floor(this.clock.now().getTime() / 1000);
    return new SignJWT(principalClaims(principal))
      .setProtectedHeader({ alg: ISSUER_ALGORITHM, kid: this.publicJwk.kid, typ: 'JWT' })
      .setIssuer(this.config.issuer)
      .setAudience(this.config.audience)
      .setSubject(principal.userId)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.ttlSeconds)
      .sign(this.privateKey);
  }

  jwks(): JsonWebKeySet {
    return { keys: [this.publicJwk] };
  }

  /** OIDC discovery: the keys for verifiers, the authorization code flow (PKCE, public clients) for sign-in. */
  discovery(): Record<string, unknown> {
    const root = this.config.issuer.replace(/\/+$/, '');
    return {
      issuer: this.config.issuer,
      jwks_uri: `${root}/.well-known/jwks.json`,
      authorization_endpoint: `${root}/oauth/authorize`,
      token_endpoint: `${root}/oauth/token`,
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['none'],
      id_token_signing_alg_values_supported: [ISSUER_ALGORITHM],
      subject_types_supported: ['public'],
      claims_supported: ['iss', 'aud', 'sub', 'exp', 'iat', 'name', 'roles', 'tenant_id'],
    };
  }
}

async function generateJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(ISSUER_ALGORITHM, { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: ISSUER_ALGORITHM, use: 'sig' };
}

async function loadOrCreateKey(dataDir: string): Promise<JWK> {
  const file = join(dataDir, ISSUER_KEY_FILE);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as JWK;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dataDir, { recursive: true });
  // Write aside, then link into place: link fails if another process won the race, and nobody reads half a file.
  const staged = `${file}.${process.pid}.tmp`;
  await writeFile(staged, JSON.stringify(await generateJwk()), { mode: 0o600 });
  try {
    await link(staged, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(staged);
  }
  return JSON.parse(await readFile(file, 'utf8')) as JWK;
}
