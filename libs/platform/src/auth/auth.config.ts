import type { ClaimMapping } from './token-claims';

/**
 * How callers are authenticated. `embedded`: the process issues its own tokens (key in `dataDir`) and
 * serves JWKS + OIDC discovery. `production`: tokens come from an external OIDC provider and are
 * verified against its `jwksUrl`.
 */
export interface AuthConfig {
  mode: 'embedded' | 'production';
  /** Where the embedded issuer keeps its key; without it the key lives in memory only (tests). */
  dataDir?: string;
  /** Expected (and, embedded, emitted) `iss`. An URL, so that discovery can derive `jwks_uri` from it. */
  issuer: string;
  audience: string;
  jwksUrl?: string;
  tokenTtlSeconds?: number;
  /** Embedded mode: the demo users' password; generated on first start when unset. */
  demoPassword?: string;
  /**
   * How the claims of external tokens give the user's id, email, name and roles: the installation's
   * issuer in production, and each tenant's identity provider for what it leaves unset. The OIDC
   * standard claims (`STANDARD_CLAIMS`) when not given.
   */
  claims?: ClaimMapping;
  /** The service this process runs as, which names its consumers (its copies of tenants and directories); the platform sets it. */
  serviceName?: string;
}

export const AUTH_CONFIG = Symbol('AuthConfig');

export const DEFAULT_TOKEN_TTL_SECONDS = 3600;

/**
 * Routes that live outside the `api/v1` prefix: OIDC clients look for them at the issuer's root.
 * The app passes these to `setGlobalPrefix('api/v1', { exclude })`.
 */
export const AUTH_PUBLIC_PATHS: readonly string[] = ['.well-known/jwks.json', '.well-known/openid-configuration', 'oauth/authorize', 'oauth/token'];
