import type { FieldError } from '@deskstream/kernel';

/** A business unit's OIDC provider, as the platform verifies its tokens and reads their claims. */
export interface IdentityProvider {
  readonly issuer: string;
  /** Null: the key set its discovery document (`<issuer>/.well-known/openid-configuration`) names. */
  readonly jwksUrl: string | null;
  readonly audience: string;
  /** Null, for each claim and the role map: the installation's default (its OIDC_* settings, else the OIDC standard claims). */
  readonly userClaim: string | null;
  readonly emailClaim: string | null;
  readonly nameClaim: string | null;
  readonly rolesClaim: string | null;
  /** Claim value to role. */
  readonly roleMap: Readonly<Record<string, string>> | null;
}

/** What an administrator sends: what it leaves out takes the installation's default. */
export type IdentityProviderRequest = Pick<IdentityProvider, 'issuer' | 'audience'> & {
  readonly [K in Exclude<keyof IdentityProvider, 'issuer' | 'audience'>]?: IdentityProvider[K] | undefined;
};
export const MAX_URL_LENGTH = 2048;
export const MAX_AUDIENCE_LENGTH = 200;
export const MAX_CLAIM_LENGTH = 200;
export const MAX_ROLE_MAP_ENTRIES = 200;
/** A claim name: no spaces or control characters (names such as `https://example.com/roles` are common). */
export const CLAIM_NAME = /^[\x21-\x7e]{1,200}$/;

/** Keys come from a server the business unit runs: over TLS, except a provider on this very machine (development, tests). */
function urlError(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'an absolute URL';
  }
  if (value.length > MAX_URL_LENGTH) return `at most ${MAX_URL_LENGTH} characters`;
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) return 'an https URL (http only on localhost)';
  if (url.username || url.password) return 'an URL without credentials';
  return null;
}

export interface IdentityProviderFacts {
  /** Issuers other tenants, or the installation itself, already sign in with: a token names one tenant only. */
  readonly takenIssuers: readonly string[];
  /** The roles a business unit's users can hold. */
  readonly grantableRoles: readonly string[];
}

/** Each field that is wrong, named under `prefix` (`identityProvider.` inside a tenant, nothing on its own). */
export function identityProviderErrors(request: IdentityProviderRequest, facts: IdentityProviderFacts, prefix = ''): FieldError[] {
  const errors: FieldError[] = [];
  const issuerError = urlError(request.issuer);
  if (issuerError) errors.push({ field: `${prefix}issuer`, message: issuerError });
  else if (facts.takenIssuers.includes(request.issuer))
    errors.push({ field: `${prefix}issuer`, message: `${request.issuer} already signs in another tenant (or this installation's own users)` });
  const jwksError = request.jwksUrl == null ? null : urlError(request.jwksUrl);
  if (jwksError) errors.push({ field: `${prefix}jwksUrl`, message: jwksError });
  if (request.audience.trim() === '' || request.audience.length > MAX_AUDIENCE_LENGTH)
    errors.push({ field: `${prefix}audience`, message: `1 to ${MAX_AUDIENCE_LENGTH} characters` });
  for (const claim of ['userClaim', 'emailClaim', 'nameClaim', 'rolesClaim'] as const) {
    const name = request[claim];
    if (name != null && !CLAIM_NAME.test(name))
      errors.push({ field: `${prefix}${claim}`, message: `a claim name: 1 to ${MAX_CLAIM_LENGTH} characters, no spaces` });
  }
  const entries = Object.entries(request.roleMap ?? {});
  if (entries.length > MAX_ROLE_MAP_ENTRIES) errors.push({ field: `${prefix}roleMap`, message: `at most ${MAX_ROLE_MAP_ENTRIES} claim values` });
  for (const [value, role] of entries) {
    if (value === '' || value.length > MAX_CLAIM_LENGTH)
      errors.push({ field: `${prefix}roleMap`, message: `claim values of 1 to ${MAX_CLAIM_LENGTH} characters` });
    else if (typeof role !== 'string' || !facts.grantableRoles.includes(role))
      errors.push({ field: `${prefix}roleMap.${value}`, message: `one of: ${facts.grantableRoles.join(', ')}` });
  }
  return errors;
}

/** The provider as it is kept: null for what was left out. */
export const identityProviderOf = (request: IdentityProviderRequest): IdentityProvider => ({
  issuer: request.issuer,
  jwksUrl: request.jwksUrl ?? null,
  audience: request.audience,
  userClaim: request.userClaim ?? null,
  emailClaim: request.emailClaim ?? null,
  nameClaim: request.nameClaim ?? null,
  rolesClaim: request.rolesClaim ?? null,
  roleMap: request.roleMap ?? null,
});
