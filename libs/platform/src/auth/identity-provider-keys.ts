import { createRemoteJWKSet, errors, type JWTVerifyGetKey } from 'jose';

/**
 * The key set of a provider known by its issuer only: the `jwks_uri` of its discovery document
 * (`<issuer>/.well-known/openid-configuration`), read once and then left to jose's remote key set,
 * which caches the keys and refetches only on an unknown key id (a rotation), at most every 30 s.
 * jose has no discovery of its own; a failed read is not kept, so the next token tries again.
 */
export function discoveredKeySet(issuer: string): JWTVerifyGetKey {
  let keys: Promise<JWTVerifyGetKey> | null = null;
  const discover = async (): Promise<JWTVerifyGetKey> => {
    const response = await fetch(new URL(`${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`), { signal: AbortSignal.timeout(5000) });
    if (!response.ok) throw new errors.JWKSInvalid(`discovery of ${issuer} answered ${response.status}`);
    const document = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
    // OIDC Discovery 1.0 §4.3: the document must name the very issuer it was fetched for.
    if (document.issuer !== issuer) throw new errors.JWKSInvalid(`the discovery document of ${issuer} names another issuer`);
    if (typeof document.jwks_uri !== 'string') throw new errors.JWKSInvalid(`the discovery document of ${issuer} has no jwks_uri`);
    return createRemoteJWKSet(new URL(document.jwks_uri));
  };
  return async (header, token) => {
    keys ??= discover().catch((error: unknown) => {
      keys = null;
      throw error instanceof errors.JOSEError ? error : new errors.JWKSInvalid(`discovery of ${issuer} failed: ${(error as Error).message}`);
    });
    return (await keys)(header, token);
  };
}

/** The key set of a provider: the one it names, or the one its discovery document names. */
export const providerKeySet = (issuer: string, jwksUrl: string | null): JWTVerifyGetKey =>
  jwksUrl ? createRemoteJWKSet(new URL(jwksUrl)) : discoveredKeySet(issuer);
