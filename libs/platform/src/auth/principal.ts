/** The roles of DOMAIN.md. Demo users in the embedded mode are named after them. */
export const ROLES = [
  'requester',
  'agent',
  'resolver',
  'problem-manager',
  'knowledge-manager',
  'service-owner',
  'analyst',
  'tenant-admin',
  /** The enterprise-analyst grant: aggregates across the tenants (business units) that opted in to enterprise reporting. */
  'enterprise-analyst',
  /** The platform's own administrators (tenant PLATFORM_TENANT only): onboarding, suspending and resuming business units. */
  'platform-admin',
] as const;

export type Role = (typeof ROLES)[number];

/** The tenant of the platform's own administrators; no business unit can take this id. */
export const PLATFORM_TENANT = 'platform';

/** The roles a business unit's users can hold: every role but the platform's own. */
export const TENANT_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'platform-admin');

/** Only the platform tenant's users are platform administrators, whatever a token or a directory entry claims. */
export const rolesFor = (tenantId: string, roles: readonly unknown[]): Role[] =>
  roles.filter((role): role is Role => (tenantId === PLATFORM_TENANT ? ROLES : TENANT_ROLES).includes(role as Role));

/** Who is calling: taken only from a verified token, never from the request body or a header of the client's choosing. */
export interface Principal {
  readonly tenantId: string;
  readonly userId: string;
  readonly name: string;
  readonly roles: readonly Role[];
}
