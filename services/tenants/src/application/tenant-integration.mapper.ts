import {
  SOURCES,
  TENANT_EVENTS,
  TOPICS,
  type TenantIdentityProviderChangedV1,
  type TenantOnboardedV1,
  type TenantStatusChangedV1,
  type TenantTemplateV1,
} from '@deskstream/contracts';
import type { RecordedEvent } from '@deskstream/kernel';
import { toCloudEvent, type IntegrationEventMapper, type OutgoingMessage } from '@deskstream/messaging';
import type { TenantEvent } from '../domain/tenant.events';
import { TENANT_CATEGORY } from './tenant-streams';

/** The integration event of a change, or null for what stays inside the tenants service (an export taken, a deletion scheduled). */
function contractOf(event: TenantEvent): { type: string; data: TenantOnboardedV1 | TenantStatusChangedV1 | TenantIdentityProviderChangedV1 } | null {
  switch (event.type) {
    case 'TenantOnboarded': {
      const { tenantId, name, timeZone, locale, desks, admins, template, identityProvider, by, at } = event.data;
      return {
        type: TENANT_EVENTS.onboarded,
        data: {
          tenantId,
          name,
          timeZone,
          locale,
          desks,
          admins,
          template: template as unknown as TenantTemplateV1,
          identityProvider: identityProvider ?? null,
          by,
          at,
        },
      };
    }
    case 'TenantIdentityProviderConfigured': {
      const { tenantId, identityProvider, by, at } = event.data;
      return { type: TENANT_EVENTS.identityProviderChanged, data: { tenantId, identityProvider, by, at } };
    }
    case 'TenantIdentityProviderRemoved': {
      const { tenantId, by, at } = event.data;
      return { type: TENANT_EVENTS.identityProviderChanged, data: { tenantId, identityProvider: null, by, at } };
    }
    case 'TenantSuspended':
      return {
        type: TENANT_EVENTS.statusChanged,
        data: { tenantId: event.data.tenantId, status: 'suspended', reason: event.data.reason, by: event.data.by, at: event.data.at },
      };
    case 'TenantResumed':
      return {
        type: TENANT_EVENTS.statusChanged,
        data: { tenantId: event.data.tenantId, status: 'active', reason: null, by: event.data.by, at: event.data.at },
      };
    case 'TenantDeleted':
      return {
        type: TENANT_EVENTS.statusChanged,
        data: { tenantId: event.data.tenantId, status: 'deleted', reason: null, by: event.data.by, at: event.data.at },
      };
    // A scheduled or cancelled deletion changes nothing for the tenant's users: it stays suspended.
    case 'TenantExported':
    case 'TenantDeletionScheduled':
    case 'TenantDeletionCancelled':
      return null;
  }
}

/**
 * Every change of a tenancy on the tenants topic, keyed by tenant id. The records are the platform
 * tenant's, but each event speaks to the tenant it is about: that tenant is its `tenantid`, so every
 * consuming service sets up and serves that tenant's desk.
 */
export const tenantIntegrationMapper: IntegrationEventMapper = {
  categories: [TENANT_CATEGORY],
  map(recorded: RecordedEvent): OutgoingMessage[] {
    const event = recorded as unknown as TenantEvent;
    const { tenantId } = event.data;
    const contract = contractOf(event);
    if (!contract) return [];
    const cloudEvent = {
      ...toCloudEvent(recorded, { source: SOURCES.tenants, type: contract.type, subject: tenantId, data: contract.data }),
      tenantid: tenantId,
    };
    return [{ topic: TOPICS.tenants, key: tenantId, event: cloudEvent }];
  },
};
