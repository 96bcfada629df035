import type { Desk, TenantProfile } from './tenant.events';

export type TenantStatus = 'active' | 'suspended';

export type TenantState =
  | { readonly status: 'none' }
  | (TenantProfile & {
      readonly status: TenantStatus;
      readonly desks: readonly Desk[];
      readonly suspendedBecause: string | null;
      /** When the tenant's whole history was last handed out as an archive. */
      readonly lastExportAt: string | null;
    });

export const initialTenantState = (): TenantState => ({ status: 'none' });

/** What may be done to a tenant in each status. */
export const TENANT_ACTIONS: Readonly<Record<TenantState['status'], readonly string[]>> = {
  none: ['onboard'],
  active: ['suspend', 'export'],
  suspended: ['resume', 'export'],
};
