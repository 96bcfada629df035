import { NotFound } from '@deskstream/kernel';
import type { DirectoryReplica } from '../directory/directory-replica';
import type { TenantRegistry } from '../tenancy/tenant-registry';
import { findDemoUser, isSeededTenant } from './demo-directory';
import { rolesFor, type Principal, type Role } from './principal';

/**
 * Who may sign in to the embedded issuer: the seeded users, and the users of onboarded tenants (their
 * first admins, and the people their directory lists, with the roles it gives them). A suspended
 * tenant's users are refused with the reason.
 */
export class SignInDirectory {
  constructor(
    /** Absent where auth runs without the platform (its own tests): seeded users only. */
    private readonly tenants?: TenantRegistry,
    /** This process's copy of the directories, kept for sign-in. */
    private readonly directory?: DirectoryReplica,
  ) {}

  async principalOf(tenantId: string, userId: string): Promise<Principal> {
    const seeded = findDemoUser(tenantId, userId);
    if (seeded) return { tenantId, userId, name: seeded.name, roles: seeded.roles };
    const tenant = await this.tenants?.find(tenantId);
    if (!this.tenants || !tenant) {
      if (isSeededTenant(tenantId)) throw new NotFound(`User of tenant ${tenantId}`, userId);
      throw new NotFound('Tenant', tenantId);
    }
    await this.tenants.ensureServed(tenantId);
    const user = (await this.directory?.user(tenantId, userId)) ?? null;
    const roles = new Set<Role>(user ? rolesFor(tenantId, user.roles) : []);
    if (tenant.admins.includes(userId)) roles.add('tenant-admin');
    if (!user && roles.size === 0) throw new NotFound(`User of tenant ${tenantId}`, userId);
    return { tenantId, userId, name: user?.name ?? userId, roles: [...roles] };
  }

  /** Whether the user exists (without saying why not): the password check costs the same either way. */
  async knows(tenantId: string, userId: string): Promise<Principal | null> {
    return this.principalOf(tenantId, userId).catch(() => null);
  }
}
