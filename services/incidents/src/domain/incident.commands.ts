import type { Message } from '@deskstream/kernel';
import type { DirectoryFacts } from './directory-names.rules';
import type { Channel, HoldReason, NoteVisibility, ReviewAction, SourceDirectoryNames, TimelineEntry } from './incident.events';
import type { ReassignmentCounting } from './incident-settings';
import type { MajorIncidentRule } from './major-incident.rules';
import type { PriorityMatrix } from './priority-matrix';

/**
 * Commands carry everything the decision needs: who (`by`), when (`at`), generated ids and the
 * tenant's settings as looked-up facts, so that deciding is pure and replayable.
 */
interface Issued {
  readonly by: string;
  readonly at: string;
}

interface Classifying {
  readonly impact?: number;
  readonly urgency?: number;
  readonly category?: string | null;
  readonly subcategory?: string | null;
  readonly symptom?: string | null;
  readonly priorityMatrix: PriorityMatrix;
  readonly majorIncidentRules: readonly MajorIncidentRule[];
}

export type OpenIncident = Message<
  'OpenIncident',
  Issued &
    Classifying & {
      readonly incidentId: string;
      /** Assigned by the per-tenant reference sequence before deciding. */
      readonly reference: string;
      readonly caller: string;
      readonly channel: Channel;
      readonly service?: string | null;
      readonly configurationItem?: string | null;
      readonly shortDescription: string;
      readonly description: string;
      readonly sourceReference?: string | null;
      /** What the tenant directory knows of the service and configuration item, when looked up. */
      readonly directory?: DirectoryFacts;
    }
>;

export type ClassifyIncident = Message<'ClassifyIncident', Issued & Classifying & { readonly impact: number; readonly urgency: number }>;

export type AssignIncident = Message<
  'AssignIncident',
  Issued & {
    readonly group: string;
    readonly assignee?: string | null;
    readonly tier?: number;
    readonly directory?: DirectoryFacts;
    /** Tenant setting: whether a change of assignee alone counts as a reassignment (the default) or only a change of group. */
    readonly reassignmentCounting?: ReassignmentCounting;
  }
>;

export type StartWork = Message<'StartWork', Issued>;

export type PutOnHold = Message<'PutOnHold', Issued & { readonly reason: HoldReason; readonly thirdParty?: string | null }>;

export type ResumeIncident = Message<'ResumeIncident', Issued>;

export type EscalateIncident = Message<
  'EscalateIncident',
  Issued & { readonly directory?: DirectoryFacts } & (
      | { readonly kind: 'functional'; readonly group: string; readonly reason: string }
      /** The group's manager is a looked-up fact: the notification consumer tells them. */
      | { readonly kind: 'hierarchical'; readonly manager?: string | null; readonly reason: string }
    )
>;

export type AddNote = Message<
  'AddNote',
  Issued & {
    readonly noteId: string;
    readonly visibility: NoteVisibility;
    readonly text: string;
    readonly minutes?: number;
    readonly failedAttempt?: boolean;
    readonly knowledgeArticle?: string | null;
    readonly relatedProblem?: string | null;
  }
>;

export type ResolveIncident = Message<
  'ResolveIncident',
  Issued & {
    readonly closingCategory: string;
    readonly resolutionCode?: string | null;
    readonly notes: string;
    readonly masterIncidentId?: string | null;
    /** Tenant settings: the closing categories it accepts and how long a resolution waits before closing. */
    readonly closingCategories: readonly string[];
    readonly quietPeriodDays: number;
  }
>;

/** Tenant settings a resolution is checked against. */
interface ResolutionSettings {
  readonly closingCategories: readonly string[];
  readonly quietPeriodDays: number;
}

/** Monitoring reports that everything recovered: the incident is resolved from wherever it stands. */
export type ResolveFromMonitoring = Message<'ResolveFromMonitoring', Issued & ResolutionSettings & { readonly notes: string }>;

/** The agent solved it while the requester was still there (chat, phone): taken, worked and resolved at once. */
export type ResolveAtFirstContact = Message<
  'ResolveAtFirstContact',
  Issued & ResolutionSettings & { readonly agent: string; readonly group?: string | null; readonly closingCategory: string; readonly notes: string }
>;

export type AcceptResolution = Message<'AcceptResolution', Issued>;
export type RejectResolution = Message<'RejectResolution', Issued & { readonly reason: string }>;

export type CloseIncident = Message<
  'CloseIncident',
  /** Automatic closes come from the quiet-period timer and are no-ops when no longer due. */
  Issued & { readonly automatic: boolean }
>;

export type ReopenIncident = Message<'ReopenIncident', Issued & { readonly reason: string; readonly reopenWindowDays: number }>;

export type CancelIncident = Message<'CancelIncident', Issued & { readonly reason: string }>;

export type DeclareMajorIncident = Message<
  'DeclareMajorIncident',
  Issued & { readonly manager: string; readonly reason: string; readonly updateIntervalMinutes?: number }
>;

export type PublishStakeholderUpdate = Message<'PublishStakeholderUpdate', Issued & { readonly audience: string; readonly message: string }>;

export type LinkChildIncident = Message<'LinkChildIncident', Issued & { readonly childIncidentId: string }>;

export type LinkToMajorIncident = Message<'LinkToMajorIncident', Issued & { readonly masterIncidentId: string }>;

export type RecordPostIncidentReview = Message<
  'RecordPostIncidentReview',
  Issued & { readonly timeline: readonly TimelineEntry[]; readonly whatWentWrong: string; readonly actions: readonly ReviewAction[] }
>;

/** Records that an imported incident now reflects its source ticket up to `sourceUpdate`. */
export type RecordSourceSync = Message<
  'RecordSourceSync',
  Issued & { readonly sourceReference: string; readonly sourceUpdate: number; readonly met?: SourceDirectoryNames }
>;

/** The problems service linked this incident to a problem: it becomes the incident's related problem. */
export type LinkProblem = Message<'LinkProblem', Issued & { readonly problemId: string; readonly problemReference: string }>;

/** The problems service unlinked this incident from a problem. */
export type UnlinkProblem = Message<'UnlinkProblem', Issued & { readonly problemId: string }>;

/** A problem's communication (its workaround or fix) to the incidents linked to it; `noteId` is derived from the message. */
export type AddProblemComment = Message<
  'AddProblemComment',
  Issued & { readonly noteId: string; readonly problemId: string; readonly problemReference: string; readonly comment: string }
>;

export type RateSatisfaction = Message<'RateSatisfaction', Issued & { readonly rating: number; readonly comment?: string | null }>;

export type IncidentCommand =
  | OpenIncident
  | ClassifyIncident
  | AssignIncident
  | StartWork
  | PutOnHold
  | ResumeIncident
  | EscalateIncident
  | AddNote
  | ResolveIncident
  | ResolveFromMonitoring
  | ResolveAtFirstContact
  | AcceptResolution
  | RejectResolution
  | CloseIncident
  | ReopenIncident
  | CancelIncident
  | DeclareMajorIncident
  | PublishStakeholderUpdate
  | LinkChildIncident
  | LinkToMajorIncident
  | RecordPostIncidentReview
  | RateSatisfaction
  | RecordSourceSync
  | LinkProblem
  | UnlinkProblem
  | AddProblemComment;
