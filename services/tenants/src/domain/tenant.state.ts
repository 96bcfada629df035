import type { IdentityProvider } from './identity-provider.rules';
import type { Desk, TenantProfile } from './tenant.events';

/** `deletion-scheduled`: suspended, exported, and deleted once the grace period is over unless cancelled. */
export type TenantStatus = 'active' | 'suspended' | 'deletion-scheduled' | 'deleted';

export type TenantState =
  | { readonly status: 'none' }
  | (TenantProfile & {
      readonly status: TenantStatus;
      readonly desks: readonly Desk[];
      /** Null: its users sign in with the installation's own issuer. */
      readonly identityProvider: IdentityProvider | null;
      readonly suspendedBecause: string | null;
      /** Since when the tenant has been suspended (no new data): an export taken after it is complete. */
      readonly suspendedAt: string | null;
      /** When the tenant's whole history was last handed out as an archive. */
      readonly lastExportAt: string | null;
      /** While deletion is scheduled: the end of the grace period. */
      readonly deleteAfter: string | null;
    });

export const initialTenantState = (): TenantState => ({ status: 'none' });

/** What may be done to a tenant in each status. */
export const TENANT_ACTIONS: Readonly<Record<TenantState['status'], readonly string[]>> = {
  none: ['onboard'],
  active: ['suspend', 'export'],
  suspended: ['resume', 'export', 'delete'],
  'deletion-scheduled': ['cancel-deletion', 'export'],
  deleted: [],
};

/** An export taken while the tenant has been suspended holds all of its history: only then may it be deleted. */
type DeletionFacts = Pick<Exclude<TenantState, { status: 'none' }>, 'status' | 'suspendedAt' | 'lastExportAt'>;

export const exportedSinceSuspension = (state: DeletionFacts): boolean =>
  state.suspendedAt !== null && state.lastExportAt !== null && state.lastExportAt >= state.suspendedAt;

/** The actions open now: a suspended tenant is offered `delete` only once an export covers it. */
export function allowedActions(state: DeletionFacts): readonly string[] {
  const actions = TENANT_ACTIONS[state.status];
  return state.status === 'suspended' && !exportedSinceSuspension(state) ? actions.filter((action) => action !== 'delete') : actions;
}
