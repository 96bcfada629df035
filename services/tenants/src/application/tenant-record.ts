import type { StoredDocument } from '@deskstream/readmodels';
import type { IdentityProvider } from '../domain/identity-provider.rules';
import type { Desk } from '../domain/tenant.events';
import type { TenantState, TenantStatus } from '../domain/tenant.state';
import { allowedActions } from '../domain/tenant.state';

/** A tenant as the platform's administrators see it. */
export interface TenantRecord {
  readonly id: string;
  readonly name: string;
  readonly status: TenantStatus;
  readonly suspendedBecause: string | null;
  readonly suspendedAt: string | null;
  readonly template: { readonly name: string; readonly version: number };
  readonly timeZone: string;
  readonly locale: string;
  readonly desks: readonly Desk[];
  readonly admins: readonly string[];
  /** Null: the tenant's users sign in with the installation's own issuer. */
  readonly identityProvider: IdentityProvider | null;
  readonly lastExportAt: string | null;
  /** While deletion is scheduled: when the grace period ends and the tenant is deleted. */
  readonly deleteAfter: string | null;
  readonly allowedActions: readonly string[];
}

export type TenantDocument = StoredDocument & Omit<TenantRecord, 'id' | 'allowedActions'> & { readonly createdAt: string; readonly updatedAt: string };

export function recordOf(state: Exclude<TenantState, { status: 'none' }>): TenantRecord {
  const { tenantId, name, status, suspendedBecause, suspendedAt, template, timeZone, locale, desks, admins, identityProvider, lastExportAt, deleteAfter } =
    state;
  const summary = { name: template.name, version: template.version };
  return {
    id: tenantId,
    name,
    status,
    suspendedBecause,
    suspendedAt,
    template: summary,
    timeZone,
    locale,
    desks,
    admins,
    identityProvider,
    lastExportAt,
    deleteAfter,
    allowedActions: allowedActions(state),
  };
}

export function listed(doc: TenantDocument): TenantRecord {
  const { tenantId: _tenant, position: _position, createdAt: _created, updatedAt: _updated, ...record } = doc;
  // Documents of tenants onboarded before they could have their own provider have none.
  return { ...record, identityProvider: record.identityProvider ?? null, allowedActions: allowedActions(record) };
}
