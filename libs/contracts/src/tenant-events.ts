/**
 * Integration events of the tenants service (topic TOPICS.tenants, key = tenant id, CloudEvents
 * `tenantid` = the tenant the event is about). A business unit's desk is created from a template, and
 * the onboarding event carries the template's content, so that each service sets up its own part of
 * the new desk (request types, groups, calendars, rules, articles) without reading another's files.
 */
export const TENANT_EVENTS = {
  onboarded: 'deskstream.tenants.tenant-onboarded.v1',
  statusChanged: 'deskstream.tenants.tenant-status-changed.v1',
  identityProviderChanged: 'deskstream.tenants.tenant-identity-provider-changed.v1',
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

/**
 * A business calendar of a template, as the SLA service defines calendars. A template that leaves out
 * `timeZone` means the new tenant's own time zone (given at onboarding).
 */
export interface TemplateCalendarV1 {
  readonly id: string;
  readonly name: string;
  readonly timeZone?: string;
  readonly weekly: readonly { readonly day: string; readonly from: string; readonly to: string }[];
  readonly holidays: readonly ({ readonly date: string; readonly name: string } | { readonly from: string; readonly to: string; readonly name: string })[];
  readonly includes: readonly string[];
}

/** A ticket condition of an SLA definition: field -> the values that make it hold. */
export type TemplateTicketConditionV1 = Readonly<Record<string, readonly (string | null)[]>>;

/** An SLA (or OLA, UC) definition of a template, as the SLA service's definitions API takes it. */
export interface TemplateSlaDefinitionV1 {
  readonly id: string;
  readonly name: string;
  readonly type: 'sla' | 'ola' | 'uc';
  readonly target: 'response' | 'resolution' | 'fulfilment';
  readonly appliesTo: {
    readonly kind: 'incident' | 'service-request';
    readonly priorities?: readonly string[];
    readonly services?: readonly string[];
    readonly categories?: readonly string[];
  };
  readonly durationMinutes: number;
  readonly calendar: string;
  readonly warnings: readonly number[];
  readonly conditions: {
    readonly start: TemplateTicketConditionV1;
    readonly pause?: TemplateTicketConditionV1;
    readonly stop?: TemplateTicketConditionV1;
    readonly cancel?: TemplateTicketConditionV1;
    readonly resetOn?: readonly string[];
  };
  readonly responseBy: readonly string[];
  readonly cycles: 'first' | 'last' | 'sum';
  readonly escalation: { readonly notify: readonly string[]; readonly repeatEveryMinutes: number; readonly managers: Readonly<Record<string, string>> } | null;
}

export type TemplatePriorityV1 = 'P1' | 'P2' | 'P3' | 'P4' | 'P5';

/** A notification rule of a template, as the notifications service keeps them. */
export interface TemplateNotificationRuleV1 {
  readonly id: string;
  readonly name: string;
  readonly enabled: boolean;
  readonly trigger: string;
  readonly conditions: Readonly<Record<string, readonly (string | number | boolean | null)[]>>;
  readonly recipients: readonly Readonly<Record<string, string>>[];
  readonly template: string;
  readonly channel: 'email' | 'in-app' | 'webhook';
  readonly webhook: null;
}

export interface TemplateNotificationMessageV1 {
  readonly id: string;
  readonly locale: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string | null;
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
  /** The SLA service's business calendars, and the SLA definitions in force instead of the shipped ones. */
  readonly calendars: readonly TemplateCalendarV1[];
  readonly slaDefinitions: readonly TemplateSlaDefinitionV1[];
  /** Incidents' priority from impact (rows, 1 = high) and urgency (columns). */
  readonly priorityMatrix: readonly (readonly TemplatePriorityV1[])[];
  /** What a ticket is closed as (incidents' closing categories); the categories tickets open under are the request types'. */
  readonly categories: readonly string[];
  /** Who is told of what, and the messages: the notifications service's rules in place of the shipped ones. */
  readonly notificationRules: readonly TemplateNotificationRuleV1[];
  readonly notificationTemplates: readonly TemplateNotificationMessageV1[];
}

/**
 * The OIDC provider a business unit signs in with: tokens whose `iss` is `issuer` (and `aud` the
 * audience) are its users', verified against `jwksUrl` (or the key set its discovery document names
 * when null). The claims named here give the user's id, email and name, and `rolesClaim`'s values,
 * through `roleMap`, the user's roles; each left null takes the installation's default.
 */
export interface TenantIdentityProviderV1 {
  readonly issuer: string;
  readonly jwksUrl: string | null;
  readonly audience: string;
  readonly userClaim: string | null;
  readonly emailClaim: string | null;
  readonly nameClaim: string | null;
  readonly rolesClaim: string | null;
  readonly roleMap: Readonly<Record<string, string>> | null;
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
  /** Absent in events published before tenants had their own identity provider. */
  readonly identityProvider?: TenantIdentityProviderV1 | null;
  readonly by: string;
  readonly at: string;
}

export interface TenantIdentityProviderChangedV1 {
  readonly tenantId: string;
  readonly identityProvider: TenantIdentityProviderV1 | null;
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
  [TENANT_EVENTS.identityProviderChanged]: TenantIdentityProviderChangedV1;
}
