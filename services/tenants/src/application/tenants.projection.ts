import { projectionOf, type RecordedOf } from '@deskstream/readmodels';
import { TENANT_EVENT_TYPES, type TenantEvent } from '../domain/tenant.events';
import type { TenantDocument } from './tenant-record';
import { TENANT_CATEGORY } from './tenant-streams';

export const TENANTS_COLLECTION = 'platform-tenants';

/** The platform's list of tenants (documents of the platform tenant, one per business unit). */
export function applyToTenant(doc: TenantDocument | null, recorded: RecordedOf<TenantEvent>): TenantDocument | null {
  const event = recorded;
  const stored = { id: event.data.tenantId, tenantId: recorded.metadata.tenantId, position: recorded.position };
  switch (event.type) {
    case 'TenantOnboarded': {
      const { tenantId: _id, template, identityProvider, by: _by, at, ...profile } = event.data;
      return {
        ...stored,
        ...profile,
        identityProvider: identityProvider ?? null,
        template: { name: template.name, version: template.version },
        status: 'active',
        suspendedBecause: null,
        suspendedAt: null,
        lastExportAt: null,
        deleteAfter: null,
        createdAt: at,
        updatedAt: at,
      };
    }
    case 'TenantIdentityProviderConfigured':
      return doc && { ...doc, ...stored, identityProvider: event.data.identityProvider, updatedAt: event.data.at };
    case 'TenantIdentityProviderRemoved':
      return doc && { ...doc, ...stored, identityProvider: null, updatedAt: event.data.at };
    case 'TenantSuspended':
      return doc && { ...doc, ...stored, status: 'suspended', suspendedBecause: event.data.reason, suspendedAt: event.data.at, updatedAt: event.data.at };
    case 'TenantResumed':
      return doc && { ...doc, ...stored, status: 'active', suspendedBecause: null, suspendedAt: null, updatedAt: event.data.at };
    case 'TenantExported':
      return doc && { ...doc, ...stored, lastExportAt: event.data.at, updatedAt: event.data.at };
    case 'TenantDeletionScheduled':
      return doc && { ...doc, ...stored, status: 'deletion-scheduled', deleteAfter: event.data.deleteAfter, updatedAt: event.data.at };
    case 'TenantDeletionCancelled':
      return doc && { ...doc, ...stored, status: 'suspended', deleteAfter: null, updatedAt: event.data.at };
    case 'TenantDeleted':
      return doc && { ...doc, ...stored, status: 'deleted', deleteAfter: null, updatedAt: event.data.at };
  }
}

export const tenantsProjection = projectionOf<TenantEvent, TenantDocument>({
  name: 'tenants.list.v1',
  collection: TENANTS_COLLECTION,
  categories: [TENANT_CATEGORY],
  handles: TENANT_EVENT_TYPES,
  documentId: (event) => event.data.tenantId,
  apply: applyToTenant,
  indexes: [['status']],
});
