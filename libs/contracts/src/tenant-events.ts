/**
 * Integration events of the tenants service (topic TOPICS.tenants, key = tenant id, CloudEvents
 * `tenantid` = the tenant the event is about). A business unit's desk is created from a template, and
 * the onboarding event carries the template's content, so that each service sets up its own part of
 * the new desk (request types, groups, calendars, rules, articles) without reading another's files.
 */
export const TENANT_EVENTS = {
  onboarded: 'deskstream.tenants.tenant-onboarded.v1',
  statusChanged: 'deskstream.tenants.tenant-status-changed.v1',
} as const;

export type TenantIntegrationEventType = (typeof TENANT_EVENTS)[keyof typeof TENANT_EVENTS];

export type TenantStatusV1 = 'active' | 'suspended' | 'deleted';

/** An inbound desk address: mail to it becomes tickets of the tenant, of `requestType`. */
export interface TenantDeskV1 {
  readonly address: string;
  readonly kind: string;
  readonly requestType: string;
}

/** A request type of a template: the portal form and how its tickets are classified and routed. */
export interface TemplateRequestTypeV1 {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly kind: 'incident' | 'service-request';
  /** JSON Schema of the form. */
  readonly form: Record<string, unknown>;
  readonly category: string | null;
  readonly group: string | null;
  readonly impact: 1 | 2 | 3;
  readonly urgency: 1 | 2 | 3;
}

export interface TemplateGroupV1 {
  readonly id: string;
  readonly name: string;
  readonly tier: 1 | 2 | 3;
}

export interface TemplateArticleV1 {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  readonly tags: readonly string[];
}

/** What a new tenant's desk starts with; the tenant edits its own copy afterwards. */
export interface TenantTemplateV1 {
  readonly name: string;
  readonly version: number;
  readonly description: string;
  /** Which request type mail to a desk of each kind becomes, e.g. `{ "facilities": "broken-light" }`. */
  readonly deskRequestTypes: Readonly<Record<string, string>>;
  readonly requestTypes: readonly TemplateRequestTypeV1[];
  readonly groups: readonly TemplateGroupV1[];
  readonly articles: readonly TemplateArticleV1[];
}

export interface TenantOnboardedV1 {
  readonly tenantId: string;
  readonly name: string;
  readonly timeZone: string;
  readonly locale: string;
  readonly desks: readonly TenantDeskV1[];
  /** User ids of the tenant's first administrators (they sign in at once). */
  readonly admins: readonly string[];
  readonly template: TenantTemplateV1;
  readonly by: string;
  readonly at: string;
}

export interface TenantStatusChangedV1 {
  readonly tenantId: string;
  readonly status: TenantStatusV1;
  readonly reason: string | null;
  readonly by: string;
  readonly at: string;
}

export interface TenantIntegrationEvents {
  [TENANT_EVENTS.onboarded]: TenantOnboardedV1;
  [TENANT_EVENTS.statusChanged]: TenantStatusChangedV1;
}
