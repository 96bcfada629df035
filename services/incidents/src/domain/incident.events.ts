import type { Message } from '@deskstream/kernel';
import type { Priority } from './priority-matrix';

/** Domain events of one incident. Type strings are stable: stored events are read back by them. */

export const CHANNELS = ['portal', 'email', 'chat', 'phone', 'api', 'monitoring'] as const;
export type Channel = (typeof CHANNELS)[number];

export const HOLD_REASONS = ['awaiting-caller', 'awaiting-third-party', 'awaiting-change'] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];

export type Level = 1 | 2 | 3;
export type Tier = 1 | 2 | 3;

export interface Classification {
  readonly impact: Level;
  readonly urgency: Level;
  readonly priority: Priority;
  readonly category: string | null;
  readonly subcategory: string | null;
  readonly symptom: string | null;
}

/** What the incident is about, as recorded when it was opened: the record keeps it as is. */
export interface IncidentDescription {
  readonly incidentId: string;
  readonly reference: string;
  readonly caller: string;
  readonly channel: Channel;
  readonly service: string | null;
  readonly configurationItem: string | null;
  readonly shortDescription: string;
  readonly description: string;
  /** The ticket's number in the desk it was imported from; absent for tickets recorded here. */
  readonly sourceReference?: string | null;
}

export type IncidentOpened = Message<
  'IncidentOpened',
  Classification &
    IncidentDescription & {
      /** False when impact and urgency were defaulted: the first classification is then not a reclassification. */
      readonly classified: boolean;
      readonly by: string;
      readonly at: string;
    }
>;

export type IncidentClassified = Message<
  'IncidentClassified',
  Classification & { readonly reclassification: boolean; readonly reclassificationCount: number; readonly by: string; readonly at: string }
>;

export type IncidentAssigned = Message<
  'IncidentAssigned',
  {
    readonly group: string;
    readonly assignee: string | null;
    readonly tier: Tier;
    readonly reassignment: boolean;
    readonly reassignmentCount: number;
    readonly by: string;
    readonly at: string;
  }
>;

export type IncidentWorkStarted = Message<'IncidentWorkStarted', { readonly assignee: string; readonly by: string; readonly at: string }>;

export type IncidentPutOnHold = Message<
  'IncidentPutOnHold',
  { readonly reason: HoldReason; readonly thirdParty: string | null; readonly by: string; readonly at: string }
>;

export type IncidentResumed = Message<'IncidentResumed', { readonly by: string; readonly at: string }>;

export type IncidentEscalatedFunctionally = Message<
  'IncidentEscalatedFunctionally',
  {
    readonly fromTier: Tier;
    readonly toTier: Tier;
    readonly group: string;
    readonly reason: string;
    readonly reassignmentCount: number;
    readonly by: string;
    readonly at: string;
  }
>;

export type IncidentEscalatedHierarchically = Message<
  'IncidentEscalatedHierarchically',
  { readonly group: string | null; readonly manager: string | null; readonly reason: string; readonly by: string; readonly at: string }
>;

export type NoteVisibility = 'internal' | 'public';

export interface IncidentNote {
  readonly noteId: string;
  /** Internal work notes stay with the desk; public comments are visible to the caller. */
  readonly visibility: NoteVisibility;
  readonly text: string;
  readonly minutes: number;
  readonly failedAttempt: boolean;
  readonly knowledgeArticle: string | null;
  readonly relatedProblem: string | null;
  readonly by: string;
  readonly at: string;
}

export type IncidentNoteAdded = Message<'IncidentNoteAdded', IncidentNote>;

export type IncidentResolved = Message<
  'IncidentResolved',
  {
    readonly closingCategory: string;
    readonly resolutionCode: string | null;
    readonly notes: string;
    readonly resolvedBy: string;
    /** Resolved by the master major incident it is linked to. */
    readonly masterIncidentId: string | null;
    readonly autoCloseDueAt: string;
    readonly at: string;
  }
>;

export type IncidentResolutionAccepted = Message<'IncidentResolutionAccepted', { readonly by: string; readonly at: string }>;
export type IncidentResolutionRejected = Message<'IncidentResolutionRejected', { readonly reason: string; readonly by: string; readonly at: string }>;

export type IncidentReopened = Message<
  'IncidentReopened',
  { readonly reason: string; readonly from: 'resolved' | 'closed'; readonly reopenCount: number; readonly by: string; readonly at: string }
>;

export type IncidentClosed = Message<'IncidentClosed', { readonly automatic: boolean; readonly by: string; readonly at: string }>;

export type IncidentCancelled = Message<'IncidentCancelled', { readonly reason: string; readonly by: string; readonly at: string }>;

export type MajorIncidentDeclared = Message<
  'MajorIncidentDeclared',
  {
    readonly manager: string | null;
    readonly reason: string;
    /** The tenant rule that declared it, or null when declared by hand. */
    readonly rule: string | null;
    readonly updateIntervalMinutes: number;
    readonly nextUpdateDueAt: string;
    readonly by: string;
    readonly at: string;
  }
>;

export type StakeholderUpdatePublished = Message<
  'StakeholderUpdatePublished',
  { readonly audience: string; readonly message: string; readonly nextUpdateDueAt: string; readonly by: string; readonly at: string }
>;

export type ChildIncidentLinked = Message<'ChildIncidentLinked', { readonly childIncidentId: string; readonly by: string; readonly at: string }>;

export type IncidentLinkedToMajor = Message<'IncidentLinkedToMajor', { readonly masterIncidentId: string; readonly by: string; readonly at: string }>;

export interface ReviewAction {
  readonly description: string;
  readonly owner: string;
}

export interface TimelineEntry {
  readonly at: string;
  readonly entry: string;
}

export type PostIncidentReviewRecorded = Message<
  'PostIncidentReviewRecorded',
  {
    readonly timeline: readonly TimelineEntry[];
    readonly whatWentWrong: string;
    readonly actions: readonly ReviewAction[];
    readonly by: string;
    readonly at: string;
  }
>;

/** The people, groups, categories and locations a ticket's source rows name, as the source wrote them. */
export interface SourceDirectoryNames {
  readonly users: readonly string[];
  readonly groups: readonly string[];
  readonly categories: readonly string[];
  readonly locations: readonly string[];
}

/**
 * An imported incident is up to date with this update of its source ticket: an import never applies it
 * again. `met` names what the rows applied by this import named (absent in imports before it was kept).
 */
export type IncidentSyncedFromSource = Message<
  'IncidentSyncedFromSource',
  { readonly sourceReference: string; readonly sourceUpdate: number; readonly met?: SourceDirectoryNames; readonly by: string; readonly at: string }
>;

export type SatisfactionRated = Message<
  'SatisfactionRated',
  { readonly rating: number; readonly comment: string | null; readonly by: string; readonly at: string }
>;

/** A link to a problem, as the problems service named it: its id and its reference. */
export interface ProblemLink {
  readonly id: string;
  readonly reference: string;
}

export type IncidentProblemLinked = Message<'IncidentProblemLinked', { readonly problem: ProblemLink; readonly by: string; readonly at: string }>;
export type IncidentProblemUnlinked = Message<'IncidentProblemUnlinked', { readonly problemId: string; readonly by: string; readonly at: string }>;

export type IncidentEvent =
  | IncidentOpened
  | IncidentClassified
  | IncidentAssigned
  | IncidentWorkStarted
  | IncidentPutOnHold
  | IncidentResumed
  | IncidentEscalatedFunctionally
  | IncidentEscalatedHierarchically
  | IncidentNoteAdded
  | IncidentResolved
  | IncidentResolutionAccepted
  | IncidentResolutionRejected
  | IncidentReopened
  | IncidentClosed
  | IncidentCancelled
  | MajorIncidentDeclared
  | StakeholderUpdatePublished
  | ChildIncidentLinked
  | IncidentLinkedToMajor
  | PostIncidentReviewRecorded
  | SatisfactionRated
  | IncidentSyncedFromSource
  | IncidentProblemLinked
  | IncidentProblemUnlinked;

export type IncidentEventType = IncidentEvent['type'];

export const INCIDENT_EVENT_TYPES: readonly IncidentEventType[] = [
  'IncidentOpened',
  'IncidentClassified',
  'IncidentAssigned',
  'IncidentWorkStarted',
  'IncidentPutOnHold',
  'IncidentResumed',
  'IncidentEscalatedFunctionally',
  'IncidentEscalatedHierarchically',
  'IncidentNoteAdded',
  'IncidentResolved',
  'IncidentResolutionAccepted',
  'IncidentResolutionRejected',
  'IncidentReopened',
  'IncidentClosed',
  'IncidentCancelled',
  'MajorIncidentDeclared',
  'StakeholderUpdatePublished',
  'ChildIncidentLinked',
  'IncidentLinkedToMajor',
  'PostIncidentReviewRecorded',
  'SatisfactionRated',
  'IncidentSyncedFromSource',
  'IncidentProblemLinked',
  'IncidentProblemUnlinked',
];
