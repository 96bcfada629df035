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

/** Reads a verified payload. Roles this platform does not know, or that the tenant cannot hold, are dropped rather than trusted. */
export function principalFromClaims(payload: JWTPayload): Principal {
  const tenantId = payload[TENANT_CLAIM];
  if (typeof tenantId !== 'string' || tenantId === '') throw new Unauthenticated(`Token has no ${TENANT_CLAIM} claim`);
  if (!TENANT_ID_FORMAT.test(tenantId)) throw new Unauthenticated(`Token has a ${TENANT_CLAIM} claim that is not a tenant id`);
  if (!payload.sub) throw new Unauthenticated('Token has no sub claim');
  const roles = Array.isArray(payload.roles) ? rolesFor(tenantId, payload.roles) : [];
  const name = typeof payload.name === 'string' ? payload.name : payload.sub;
  return { tenantId, userId: payload.sub, name, roles };
}
