import { NotFound } from '@deskstream/kernel';
import { PLATFORM_TENANT, TENANT_ROLES, type Principal, type Role } from './principal';

export interface DemoUser {
  /** Login name and token subject; each demo user is named after its role. */
  readonly id: Role;
  readonly name: string;
  readonly roles: readonly Role[];
}

export interface DemoTenant {
  readonly id: string;
  readonly name: string;
  readonly users: readonly DemoUser[];
}

const DISPLAY_NAMES: Record<Role, string> = {
  requester: 'Riley Requester',
  agent: 'Avery Agent',
  resolver: 'Robin Resolver',
  'problem-manager': 'Parker Problem-Manager',
  'knowledge-manager': 'Kai Knowledge-Manager',
  'service-owner': 'Sam Service-Owner',
  analyst: 'Alex Analyst',
  'tenant-admin': 'Taylor Tenant-Admin',
  'enterprise-analyst': 'Erin Enterprise-Analyst',
  'platform-admin': 'Pat Platform-Admin',
};

const oneUserPerRole = (): DemoUser[] => TENANT_ROLES.map((role) => ({ id: role, name: DISPLAY_NAMES[role], roles: [role] }));

/** Seeded tenants (business units) of the embedded mode. `globex` repeats acme's user names so that isolation is visible. */
export const DEMO_TENANTS: readonly DemoTenant[] = [
  { id: 'acme', name: 'Acme IT desk', users: oneUserPerRole() },
  { id: 'globex', name: 'Globex IT desk', users: oneUserPerRole() },
];

/** The platform's own administrators in the embedded mode: they onboard the business units. */
export const PLATFORM_ADMINISTRATION: DemoTenant = {
  id: PLATFORM_TENANT,
  name: 'Platform administration',
  users: [{ id: 'platform-admin', name: DISPLAY_NAMES['platform-admin'], roles: ['platform-admin'] }],
};

/** Everyone with a seeded sign-in: the demo business units and the platform administration. */
export const SEEDED_TENANTS: readonly DemoTenant[] = [...DEMO_TENANTS, PLATFORM_ADMINISTRATION];

export function findDemoUser(tenantId: string, userId: string): DemoUser | undefined {
  return SEEDED_TENANTS.find((t) => t.id === tenantId)?.users.find((u) => u.id === userId);
}

export const isSeededTenant = (tenantId: string): boolean => SEEDED_TENANTS.some((t) => t.id === tenantId);

/** The principal a seeded user signs in as; NotFound names the unknown tenant or user. */
export function demoPrincipal(tenantId: string, userId: string): Principal {
  const tenant = SEEDED_TENANTS.find((t) => t.id === tenantId);
  if (!tenant) throw new NotFound('Tenant', tenantId);
  const user = tenant.users.find((u) => u.id === userId);
  if (!user) throw new NotFound(`User of tenant ${tenantId}`, userId);
  return { tenantId: tenant.id, userId: user.id, name: user.name, roles: user.roles };
}
