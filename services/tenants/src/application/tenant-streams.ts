import { NotFound, streamName } from '@deskstream/kernel';
import { PLATFORM_TENANT } from '@deskstream/platform';

export const TENANT_CATEGORY = 'tenant';

/** A business unit's tenancy is a record of the platform's: `tenant-platform.initech`. */
export const tenantStream = (tenantId: string): string => streamName(TENANT_CATEGORY, PLATFORM_TENANT, tenantId);

/** The stream of a tenant named in a path: a name that cannot be a tenant is simply not found. */
export function knownTenantStream(tenantId: string): string {
  try {
    return tenantStream(tenantId);
  } catch {
    throw new NotFound('Tenant', tenantId);
  }
}
