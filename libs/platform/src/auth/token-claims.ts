import type { JWTPayload } from 'jose';
import { Unauthenticated } from '@deskstream/kernel';
import { rolesFor, type Principal } from './principal';

/** Custom claim carrying the tenant; an external IdP must be configured to emit it. */
export const TENANT_CLAIM = 'tenant_id';

export function principalClaims(principal: Principal): JWTPayload {
  return { [TENANT_CLAIM]: principal.tenantId, name: principal.name, roles: [...principal.roles] };
}

/** A tenant id as stream names and documents carry it (a lowercase slug); anything else is refused at sign-in. */
export const TENANT_ID_FORMAT = /^[a-z0-9][a-z0-9_]{0,62}$/;

/** A user id as the directory files people under: an identity provider's id that is not one is refused at sign-in. */
export const USER_ID_FORMAT = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** Which claims of an identity provider's tokens name the user, their address and name, and give their roles. */
export interface ClaimMapping {
  readonly userClaim: string;
  readonly emailClaim: string;
  readonly nameClaim: string;
  readonly rolesClaim: string;
  /** Claim value to role; null: the claim's values are role names themselves. */
  readonly roleMap: Readonly<Record<string, string>> | null;
}

/** The OIDC standard claims, and roles named as such in `roles`: what the embedded issuer emits. */
export const STANDARD_CLAIMS: ClaimMapping = { userClaim: 'sub', emailClaim: 'email', nameClaim: 'name', rolesClaim: 'roles', roleMap: null };

/** A verified caller, with what their token says of them beyond the principal. */
export interface SignedInUser {
  readonly principal: Principal;
  /** Null when the token has none, or its provider says it is not verified (it would match mail to the wrong person). */
  readonly email: string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** A roles claim is a list of values, or one value (some providers emit a single group as a string). */
function claimValues(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The roles the mapped claim gives; values that map to no role, and roles this platform does not know or the tenant cannot hold, are dropped rather than trusted. */
function rolesOf(payload: JWTPayload, tenantId: string, { rolesClaim, roleMap }: ClaimMapping) {
  const values = claimValues(payload[rolesClaim]);
  const named = roleMap ? values.flatMap((value) => (Object.hasOwn(roleMap, value) ? [roleMap[value]] : [])) : values;
  return rolesFor(tenantId, [...new Set(named)]);
}

/** Reads a verified payload of tenant `tenantId`'s identity provider. */
export function signedInUser(payload: JWTPayload, tenantId: string, mapping: ClaimMapping): SignedInUser {
  const userId = text(payload[mapping.userClaim]);
  if (!userId) throw new Unauthenticated(`Token has no ${mapping.userClaim} claim`);
  if (!USER_ID_FORMAT.test(userId))
    throw new Unauthenticated(`Token has a ${mapping.userClaim} claim that is not a user id (lower-case letters, digits, ".", "_", "-")`);
  const roles = rolesOf(payload, tenantId, mapping);
  const email = payload.email_verified === false ? null : (text(payload[mapping.emailClaim])?.toLowerCase() ?? null);
  return { principal: { tenantId, userId, name: text(payload[mapping.nameClaim]) ?? userId, roles }, email };
}

/** The tenant a token of the installation's own issuer names in its `tenant_id` claim. */
export function tenantClaimOf(payload: JWTPayload): string {
  const tenantId = payload[TENANT_CLAIM];
  if (typeof tenantId !== 'string' || tenantId === '') throw new Unauthenticated(`Token has no ${TENANT_CLAIM} claim`);
  if (!TENANT_ID_FORMAT.test(tenantId)) throw new Unauthenticated(`Token has a ${TENANT_CLAIM} claim that is not a tenant id`);
  return tenantId;
}

/** Reads a verified payload of the embedded issuer: the tenant is the one its `tenant_id` claim names, the roles those its `roles` claim names. */
export function principalFromClaims(payload: JWTPayload): Principal {
  const tenantId = tenantClaimOf(payload);
  if (!payload.sub) throw new Unauthenticated('Token has no sub claim');
  const name = typeof payload.name === 'string' ? payload.name : payload.sub;
  return { tenantId, userId: payload.sub, name, roles: rolesOf(payload, tenantId, STANDARD_CLAIMS) };
}
