import type { IdentityProvider, IdentityProviderFacts, IdentityProviderRequest } from './identity-provider.rules';

/** The parts of a template a decision reads; the rest of its content travels with the onboarding untouched. */
export interface TenantTemplate {
  readonly name: string;
  readonly version: number;
  readonly deskRequestTypes: Readonly<Record<string, string>>;
}

export interface DeskRequest {
  readonly address: string;
  readonly kind: string;
}

export interface Desk extends DeskRequest {
  readonly requestType: string;
}

export interface TenantProfile<Template extends TenantTemplate = TenantTemplate> {
  readonly tenantId: string;
  readonly name: string;
  readonly timeZone: string;
  readonly locale: string;
  readonly admins: readonly string[];
  readonly template: Template;
}

export type TenantCommand =
  | {
      readonly type: 'OnboardTenant';
      readonly data: TenantProfile & {
        readonly desks: readonly DeskRequest[];
        /** Looked up: whether the id is already a tenant of this installation outside this stream (a seeded demo tenant). */
        readonly idTaken: boolean;
        /** Looked up: desk addresses other tenants already receive mail at. */
        readonly takenAddresses: readonly string[];
        /** Optional: the tenant's users may sign in with the installation's issuer until it has its own. */
        readonly identityProvider: IdentityProviderRequest | null;
        readonly by: string;
        readonly at: string;
      } & IdentityProviderFacts;
    }
  | {
      readonly type: 'ConfigureIdentityProvider';
      readonly data: IdentityProviderFacts & { readonly identityProvider: IdentityProviderRequest; readonly by: string; readonly at: string };
    }
  /** Its users sign in with the installation's issuer again. */
  | { readonly type: 'RemoveIdentityProvider'; readonly data: { readonly by: string; readonly at: string } }
  | { readonly type: 'SuspendTenant'; readonly data: { readonly reason: string; readonly by: string; readonly at: string } }
  | { readonly type: 'ResumeTenant'; readonly data: { readonly by: string; readonly at: string } }
  | { readonly type: 'RecordExport'; readonly data: ExportFacts & { readonly by: string; readonly at: string } }
  /** `graceDays`: looked up, the installation's grace period between the request and the deletion. */
  | { readonly type: 'RequestDeletion'; readonly data: { readonly graceDays: number; readonly by: string; readonly at: string } }
  | { readonly type: 'CancelDeletion'; readonly data: { readonly by: string; readonly at: string } }
  /** Given by the deletion timer once the grace period is over. */
  | { readonly type: 'DeleteTenant'; readonly data: { readonly by: string; readonly at: string } };

/** An archive of the tenant's whole history, as it was handed out. */
export interface ExportFacts {
  readonly exportId: string;
  readonly sha256: string;
  readonly eventCount: number;
}

export type TenantEvent =
  | {
      readonly type: 'TenantOnboarded';
      /** `identityProvider` is absent in tenants onboarded before they could have their own. */
      readonly data: TenantProfile & {
        readonly desks: readonly Desk[];
        readonly identityProvider?: IdentityProvider | null;
        readonly by: string;
        readonly at: string;
      };
    }
  | {
      readonly type: 'TenantIdentityProviderConfigured';
      readonly data: { readonly tenantId: string; readonly identityProvider: IdentityProvider; readonly by: string; readonly at: string };
    }
  | { readonly type: 'TenantIdentityProviderRemoved'; readonly data: { readonly tenantId: string; readonly by: string; readonly at: string } }
  | { readonly type: 'TenantSuspended'; readonly data: { readonly tenantId: string; readonly reason: string; readonly by: string; readonly at: string } }
  | { readonly type: 'TenantResumed'; readonly data: { readonly tenantId: string; readonly by: string; readonly at: string } }
  | { readonly type: 'TenantExported'; readonly data: ExportFacts & { readonly tenantId: string; readonly by: string; readonly at: string } }
  | {
      readonly type: 'TenantDeletionScheduled';
      readonly data: { readonly tenantId: string; readonly deleteAfter: string; readonly by: string; readonly at: string };
    }
  | { readonly type: 'TenantDeletionCancelled'; readonly data: { readonly tenantId: string; readonly by: string; readonly at: string } }
  | { readonly type: 'TenantDeleted'; readonly data: { readonly tenantId: string; readonly by: string; readonly at: string } };

export const TENANT_EVENT_TYPES: readonly TenantEvent['type'][] = [
  'TenantOnboarded',
  'TenantIdentityProviderConfigured',
  'TenantIdentityProviderRemoved',
  'TenantSuspended',
  'TenantResumed',
  'TenantExported',
  'TenantDeletionScheduled',
  'TenantDeletionCancelled',
  'TenantDeleted',
];
