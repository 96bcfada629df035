/**
 * Integration events of the incidents service (CloudEvents `data`, topic TOPICS.incidents, key = incident
 * id). Versioned: a breaking change is a new type (`...v2`), never an edit of a published shape. These are
 * public contracts: internal work-note text never appears in them.
 */
export const INCIDENT_EVENTS = {
  opened: 'deskstream.incidents.incident-opened.v1',
  classified: 'deskstream.incidents.incident-classified.v1',
  assigned: 'deskstream.incidents.incident-assigned.v1',
  workStarted: 'deskstream.incidents.incident-work-started.v1',
  putOnHold: 'deskstream.incidents.incident-put-on-hold.v1',
  resumed: 'deskstream.incidents.incident-resumed.v1',
  escalated: 'deskstream.incidents.incident-escalated.v1',
  workLogged: 'deskstream.incidents.incident-work-logged.v1',
  resolved: 'deskstream.incidents.incident-resolved.v1',
  resolutionAccepted: 'deskstream.incidents.incident-resolution-accepted.v1',
  resolutionRejected: 'deskstream.incidents.incident-resolution-rejected.v1',
  reopened: 'deskstream.incidents.incident-reopened.v1',
  closed: 'deskstream.incidents.incident-closed.v1',
  cancelled: 'deskstream.incidents.incident-cancelled.v1',
  majorIncidentDeclared: 'deskstream.incidents.major-incident-declared.v1',
  stakeholderUpdatePublished: 'deskstream.incidents.stakeholder-update-published.v1',
  childIncidentLinked: 'deskstream.incidents.child-incident-linked.v1',
  postIncidentReviewRecorded: 'deskstream.incidents.post-incident-review-recorded.v1',
  satisfactionRated: 'deskstream.incidents.satisfaction-rated.v1',
  sourceSynced: 'deskstream.incidents.incident-source-synced.v1',
} as const;

export type IncidentIntegrationEventType = (typeof INCIDENT_EVENTS)[keyof typeof INCIDENT_EVENTS];

export type IncidentChannelV1 = 'portal' | 'email' | 'chat' | 'phone' | 'api' | 'monitoring';
export type IncidentPriorityV1 = 'P1' | 'P2' | 'P3' | 'P4' | 'P5';
export type IncidentStatusV1 = 'new' | 'assigned' | 'in-progress' | 'on-hold' | 'resolved' | 'closed' | 'cancelled';

interface About {
  readonly incidentId: string;
  /** Who did it (user id, or `system` for automatic steps). */
  readonly by: string;
  readonly at: string;
}

export interface IncidentClassificationV1 {
  readonly impact: 1 | 2 | 3;
  readonly urgency: 1 | 2 | 3;
  readonly priority: IncidentPriorityV1;
  readonly category: string | null;
  readonly subcategory: string | null;
  readonly symptom: string | null;
}

export interface IncidentOpenedV1 extends About, IncidentClassificationV1 {
  readonly reference: string;
  readonly caller: string;
  readonly channel: IncidentChannelV1;
  readonly service: string | null;
  readonly configurationItem: string | null;
  readonly shortDescription: string;
  readonly description: string;
  readonly classified: boolean;
  /** The ticket's number in the desk it was imported from; absent for tickets recorded in Deskstream. */
  readonly sourceReference?: string | null;
}

export interface IncidentClassifiedV1 extends About, IncidentClassificationV1 {
  readonly reclassification: boolean;
  readonly reclassificationCount: number;
}

export interface IncidentAssignedV1 extends About {
  readonly group: string;
  readonly assignee: string | null;
  readonly tier: 1 | 2 | 3;
  readonly reassignment: boolean;
  readonly reassignmentCount: number;
}

export interface IncidentWorkStartedV1 extends About {
  readonly assignee: string;
}

export interface IncidentPutOnHoldV1 extends About {
  readonly reason: 'awaiting-caller' | 'awaiting-third-party' | 'awaiting-change';
  readonly thirdParty: string | null;
}

export type IncidentResumedV1 = About;

/** Functional: handed to the next tier's group. Hierarchical: the group's manager is to be told. */
export interface IncidentEscalatedV1 extends About {
  readonly kind: 'functional' | 'hierarchical';
  readonly reason: string;
  readonly group: string | null;
  readonly fromTier: 1 | 2 | 3 | null;
  readonly toTier: 1 | 2 | 3 | null;
  readonly manager: string | null;
}

/** Time logged and what was tried; the text only for public comments, which the caller sees anyway. */
export interface IncidentWorkLoggedV1 extends About {
  readonly noteId: string;
  readonly visibility: 'internal' | 'public';
  readonly minutes: number;
  readonly failedAttempt: boolean;
  readonly knowledgeArticle: string | null;
  readonly relatedProblem: string | null;
  readonly comment: string | null;
}

export interface IncidentResolvedV1 extends About {
  readonly closingCategory: string;
  readonly resolutionCode: string | null;
  readonly notes: string;
  readonly masterIncidentId: string | null;
  /** When the incident closes by itself unless someone reacts. */
  readonly autoCloseDueAt: string;
}

export type IncidentResolutionAcceptedV1 = About;

export interface IncidentResolutionRejectedV1 extends About {
  readonly reason: string;
}

export interface IncidentReopenedV1 extends About {
  readonly reason: string;
  readonly from: 'resolved' | 'closed';
  readonly reopenCount: number;
}

export interface IncidentClosedV1 extends About {
  readonly automatic: boolean;
}

export interface IncidentCancelledV1 extends About {
  readonly reason: string;
}

export interface MajorIncidentDeclaredV1 extends About {
  readonly manager: string | null;
  readonly reason: string;
  readonly rule: string | null;
  readonly updateIntervalMinutes: number;
  readonly nextUpdateDueAt: string;
}

export interface StakeholderUpdatePublishedV1 extends About {
  readonly audience: string;
  readonly message: string;
  readonly nextUpdateDueAt: string;
}

/** Published from both sides of the link, with the same shape. */
export interface ChildIncidentLinkedV1 extends About {
  readonly masterIncidentId: string;
  readonly childIncidentId: string;
}

export interface PostIncidentReviewRecordedV1 extends About {
  readonly whatWentWrong: string;
  readonly timeline: readonly { readonly at: string; readonly entry: string }[];
  readonly actions: readonly { readonly description: string; readonly owner: string }[];
}

export interface SatisfactionRatedV1 extends About {
  readonly rating: 1 | 2 | 3 | 4 | 5;
  readonly comment: string | null;
}

/** Each type string with its data shape, for consumers that switch on `type`. */
/** The names of people, groups, categories and locations an import met in a ticket's source rows, as the source wrote them. */
export interface SourceDirectoryNamesV1 {
  readonly users: readonly string[];
  readonly groups: readonly string[];
  readonly categories: readonly string[];
  readonly locations: readonly string[];
}

/**
 * An imported incident now reflects its source ticket up to `sourceUpdate`; `met` names what the rows
 * applied in this import named, so that the directory creates its entries on first sight.
 */
export interface IncidentSourceSyncedV1 extends About {
  readonly sourceReference: string;
  readonly sourceUpdate: number;
  readonly met: SourceDirectoryNamesV1;
}

export interface IncidentIntegrationEvents {
  'deskstream.incidents.incident-opened.v1': IncidentOpenedV1;
  'deskstream.incidents.incident-classified.v1': IncidentClassifiedV1;
  'deskstream.incidents.incident-assigned.v1': IncidentAssignedV1;
  'deskstream.incidents.incident-work-started.v1': IncidentWorkStartedV1;
  'deskstream.incidents.incident-put-on-hold.v1': IncidentPutOnHoldV1;
  'deskstream.incidents.incident-resumed.v1': IncidentResumedV1;
  'deskstream.incidents.incident-escalated.v1': IncidentEscalatedV1;
  'deskstream.incidents.incident-work-logged.v1': IncidentWorkLoggedV1;
  'deskstream.incidents.incident-resolved.v1': IncidentResolvedV1;
  'deskstream.incidents.incident-resolution-accepted.v1': IncidentResolutionAcceptedV1;
  'deskstream.incidents.incident-resolution-rejected.v1': IncidentResolutionRejectedV1;
  'deskstream.incidents.incident-reopened.v1': IncidentReopenedV1;
  'deskstream.incidents.incident-closed.v1': IncidentClosedV1;
  'deskstream.incidents.incident-cancelled.v1': IncidentCancelledV1;
  'deskstream.incidents.major-incident-declared.v1': MajorIncidentDeclaredV1;
  'deskstream.incidents.stakeholder-update-published.v1': StakeholderUpdatePublishedV1;
  'deskstream.incidents.child-incident-linked.v1': ChildIncidentLinkedV1;
  'deskstream.incidents.post-incident-review-recorded.v1': PostIncidentReviewRecordedV1;
  'deskstream.incidents.satisfaction-rated.v1': SatisfactionRatedV1;
  'deskstream.incidents.incident-source-synced.v1': IncidentSourceSyncedV1;
}

/**
 * The desk settings other services need to decide at their own edge (topic TOPICS.incidentSettings,
 * key = tenant id): published whenever a tenant admin changes them. A tenant that never changed them
 * has the defaults below, which the incidents service starts every tenant with.
 */
export const INCIDENT_SETTINGS_EVENTS = {
  changed: 'deskstream.incidents.desk-settings-changed.v1',
} as const;

export const DEFAULT_CLOSING_CATEGORIES: readonly string[] = ['hardware', 'software', 'network', 'supplier', 'user-error', 'duplicate', 'no-fault-found'];

export interface DeskSettingsChangedV1 {
  readonly closingCategories: readonly string[];
  readonly at: string;
}
