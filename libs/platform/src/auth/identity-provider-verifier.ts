import { decodeJwt, type JWTPayload } from 'jose';
import { Unauthenticated, type Clock } from '@deskstream/kernel';
import type { TenantIdentityProvider, TenantRegistry } from '../tenancy/tenant-registry';
import type { FirstSignIns } from './first-sign-ins';
import type { Principal, Role } from './principal';
import { providerKeySet } from './identity-provider-keys';
import { signedInUser, TENANT_CLAIM, type ClaimMapping } from './token-claims';
import { JwtTokenVerifier, type TokenVerifier } from './token-verifier';

interface ProviderVerifier {
  /** The provider as configured when the verifier was made: a change makes a new one (new keys, new claims). */
  readonly configured: string;
  readonly verifier: JwtTokenVerifier;
}

const withRole = (roles: readonly Role[], role: Role): Role[] => (roles.includes(role) ? [...roles] : [...roles, role]);

/** The `iss` of a token, unverified: it only says which key set to verify the token against. */
function claimedIssuer(token: string): string | null {
  try {
    const { iss } = decodeJwt(token);
    return typeof iss === 'string' ? iss : null;
  } catch {
    return null;
  }
}

/** The provider's claim names, each it left unset taking the installation's default. */
export const mappingOf = (provider: TenantIdentityProvider, defaults: ClaimMapping): ClaimMapping => ({
  userClaim: provider.userClaim ?? defaults.userClaim,
  emailClaim: provider.emailClaim ?? defaults.emailClaim,
  nameClaim: provider.nameClaim ?? defaults.nameClaim,
  rolesClaim: provider.rolesClaim ?? defaults.rolesClaim,
  roleMap: provider.roleMap ?? defaults.roleMap,
});

/**
 * Tokens of the installation's own issuer, and of each tenant's identity provider (one per business
 * unit): a token is verified against the keys of the provider its `iss` names, and is then its
 * tenant's only. A token claiming another tenant than its provider's, or from an issuer that signs in
 * no tenant, is refused. Each provider's verifier (and so its remote key set and verified tokens) is
 * kept until the provider's settings change.
 */
export class IdentityProviderVerifier implements TokenVerifier {
  private readonly providers = new Map<string, ProviderVerifier>();

  constructor(
    private readonly installation: { readonly issuer: string; readonly verifier: TokenVerifier },
    private readonly tenants: TenantRegistry,
    private readonly defaults: ClaimMapping,
    private readonly clock: Clock,
    private readonly firstSignIns?: FirstSignIns,
  ) {}

  async verify(token: string): Promise<Principal> {
    const issuer = claimedIssuer(token);
    if (issuer === null || issuer === this.installation.issuer) return this.installation.verifier.verify(token);
    const provider = await this.tenants.identityProviderOf(issuer);
    if (!provider) throw new Unauthenticated(`Invalid token: the issuer ${issuer} signs in no tenant of this installation`);
    return this.verifierOf(provider).verify(token);
  }

  private verifierOf(provider: TenantIdentityProvider): JwtTokenVerifier {
    const configured = JSON.stringify(provider);
    const known = this.providers.get(provider.tenantId);
    if (known?.configured === configured) return known.verifier;
    const mapping = mappingOf(provider, this.defaults);
    const read = async (payload: JWTPayload): Promise<Principal> => {
      const claimed = payload[TENANT_CLAIM];
      if (claimed !== undefined && claimed !== provider.tenantId)
        throw new Unauthenticated(`Invalid token: the identity provider of tenant ${provider.tenantId} cannot sign in users of another tenant`);
      const fromClaims = signedInUser(payload, provider.tenantId, mapping);
      const { principal } = fromClaims;
      const user = provider.admins.includes(principal.userId)
        ? { ...fromClaims, principal: { ...principal, roles: withRole(principal.roles, 'tenant-admin') } }
        : fromClaims;
      await this.firstSignIns?.notice(user, provider.issuer);
      return user.principal;
    };
    const verifier = new JwtTokenVerifier(
      providerKeySet(provider.issuer, provider.jwksUrl),
      { issuer: provider.issuer, audience: provider.audience },
      this.clock,
      read,
    );
    this.providers.set(provider.tenantId, { configured, verifier });
    return verifier;
  }
}
