import type { Message } from '@deskstream/kernel';
import type { KepnerTregoeWorksheet } from './kepner-tregoe.rules';
import type { Priority } from './priority-matrix';

/** Domain events of one problem record. Type strings are stable: stored events are read back by them. */

export const ORIGINS = ['incident-trend', 'major-incident', 'repeat-incidents', 'supplier', 'developer', 'manual'] as const;
export type Origin = (typeof ORIGINS)[number];

export const RESOLUTION_CODES = ['fix-applied', 'risk-accepted', 'duplicate', 'cancelled'] as const;
export type ResolutionCode = (typeof RESOLUTION_CODES)[number];

export const TIMELINE_KINDS = ['log', 'change', 'deployment', 'note'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

type Stamped = { readonly by: string; readonly at: string };

export interface ProblemDescription {
  readonly problemId: string;
  readonly reference: string;
  readonly shortDescription: string;
  readonly description: string;
  readonly service: string | null;
  readonly configurationItem: string | null;
  readonly category: string | null;
  readonly origin: Origin;
  /** The trend candidate it was promoted from, if any. */
  readonly candidateId: string | null;
}

export interface Classification {
  readonly impact: 1 | 2 | 3;
  readonly urgency: 1 | 2 | 3;
  readonly priority: Priority;
}

export type ProblemRecorded = Message<
  'ProblemRecorded',
  ProblemDescription & Classification & { readonly problemManager: string | null; readonly assignmentGroup: string | null } & Stamped
>;

export type ProblemAssessed = Message<
  'ProblemAssessed',
  Classification & { readonly category: string | null; readonly problemManager: string | null; readonly assignmentGroup: string | null } & Stamped
>;

export type ProblemConfirmed = Message<'ProblemConfirmed', Stamped>;
export type ProblemAnalysisStarted = Message<'ProblemAnalysisStarted', Stamped>;
export type ProblemFixStarted = Message<'ProblemFixStarted', { readonly plan: string } & Stamped>;

/** Every ending of the work is a resolution with its code; cancel and duplicate are resolutions too. */
export type ProblemResolved = Message<
  'ProblemResolved',
  { readonly code: ResolutionCode; readonly notes: string; readonly masterProblemId: string | null } & Stamped
>;

/** The duplicate's incident links move to the master; they are listed so the move can be replayed. */
export type ProblemMarkedDuplicate = Message<
  'ProblemMarkedDuplicate',
  {
    readonly problemReference: string;
    readonly masterProblemId: string;
    readonly masterReference: string;
    readonly movedIncidentIds: readonly string[];
  } & Stamped
>;

export type ProblemClosed = Message<'ProblemClosed', Stamped>;
export type ProblemReanalysed = Message<
  'ProblemReanalysed',
  { readonly reason: string; readonly from: 'root-cause-analysis' | 'fix-in-progress' | 'resolved' | 'closed' } & Stamped
>;

export type WorkaroundRecorded = Message<'WorkaroundRecorded', { readonly version: number; readonly workaround: string } & Stamped>;
export type RootCauseRecorded = Message<'RootCauseRecorded', { readonly version: number; readonly cause: string } & Stamped>;
export type WorkaroundUsed = Message<'WorkaroundUsed', { readonly incidentId: string; readonly version: number; readonly uses: number; readonly at: string }>;
export type WorkaroundReviewed = Message<'WorkaroundReviewed', { readonly version: number; readonly effective: boolean; readonly note: string } & Stamped>;
/** Asks the knowledge service for a known-error article; `duplicateKey` lets it find an article it already has. */
export type KnownErrorArticleRequested = Message<
  'KnownErrorArticleRequested',
  {
    readonly problemReference: string;
    readonly workaroundVersion: number;
    readonly causeVersion: number;
    readonly duplicateKey: string;
    readonly shortDescription: string;
    readonly cause: string;
    readonly workaround: string;
  } & Stamped
>;

/** The known-error article the knowledge service wrote for this problem: the link back. */
export type KnownErrorArticleRecorded = Message<'KnownErrorArticleRecorded', { readonly articleId: string; readonly reference: string; readonly at: string }>;

export type IncidentLinked = Message<'IncidentLinked', { readonly incidentId: string; readonly problemReference: string } & Stamped>;
export type IncidentUnlinked = Message<'IncidentUnlinked', { readonly incidentId: string; readonly problemReference: string } & Stamped>;
/** A public comment for every open linked incident; the incidents service adds it from the integration event. */
export type ProblemCommunicated = Message<
  'ProblemCommunicated',
  { readonly problemReference: string; readonly comment: string; readonly incidentIds: readonly string[] } & Stamped
>;

export type ProblemTaskAdded = Message<'ProblemTaskAdded', { readonly taskId: string; readonly title: string; readonly assignee: string } & Stamped>;
export type ProblemTaskCompleted = Message<'ProblemTaskCompleted', { readonly taskId: string; readonly outcome: string } & Stamped>;
export type ProblemTaskCancelled = Message<'ProblemTaskCancelled', { readonly taskId: string; readonly reason: string } & Stamped>;

/** An analyst's entry: something that happened at `happenedAt` (a log line, a change, a deployment), and where it is from. */
export type TimelineEntryAdded = Message<
  'TimelineEntryAdded',
  { readonly entryId: string; readonly kind: TimelineKind; readonly text: string; readonly source: string; readonly happenedAt: string } & Stamped
>;

export type KepnerTregoeUpdated = Message<'KepnerTregoeUpdated', { readonly version: number; readonly worksheet: KepnerTregoeWorksheet } & Stamped>;

export interface WhyStep {
  readonly why: string;
  readonly answer: string;
  readonly evidence: string | null;
}
export type FiveWhysUpdated = Message<'FiveWhysUpdated', { readonly version: number; readonly steps: readonly WhyStep[] } & Stamped>;

export type MajorProblemFlagged = Message<'MajorProblemFlagged', { readonly reason: string } & Stamped>;
export type MajorProblemReviewed = Message<'MajorProblemReviewed', { readonly summary: string; readonly lessons: string } & Stamped>;

export type ProblemEvent =
  | ProblemRecorded
  | ProblemAssessed
  | ProblemConfirmed
  | ProblemAnalysisStarted
  | ProblemFixStarted
  | ProblemResolved
  | ProblemMarkedDuplicate
  | ProblemClosed
  | ProblemReanalysed
  | WorkaroundRecorded
  | RootCauseRecorded
  | WorkaroundUsed
  | WorkaroundReviewed
  | KnownErrorArticleRequested
  | KnownErrorArticleRecorded
  | IncidentLinked
  | IncidentUnlinked
  | ProblemCommunicated
  | ProblemTaskAdded
  | ProblemTaskCompleted
  | ProblemTaskCancelled
  | TimelineEntryAdded
  | KepnerTregoeUpdated
  | FiveWhysUpdated
  | MajorProblemFlagged
  | MajorProblemReviewed;

export type ProblemEventType = ProblemEvent['type'];

export const PROBLEM_EVENT_TYPES: readonly ProblemEventType[] = [
  'ProblemRecorded',
  'ProblemAssessed',
  'ProblemConfirmed',
  'ProblemAnalysisStarted',
  'ProblemFixStarted',
  'ProblemResolved',
  'ProblemMarkedDuplicate',
  'ProblemClosed',
  'ProblemReanalysed',
  'WorkaroundRecorded',
  'RootCauseRecorded',
  'WorkaroundUsed',
  'WorkaroundReviewed',
  'KnownErrorArticleRequested',
  'KnownErrorArticleRecorded',
  'IncidentLinked',
  'IncidentUnlinked',
  'ProblemCommunicated',
  'ProblemTaskAdded',
  'ProblemTaskCompleted',
  'ProblemTaskCancelled',
  'TimelineEntryAdded',
  'KepnerTregoeUpdated',
  'FiveWhysUpdated',
  'MajorProblemFlagged',
  'MajorProblemReviewed',
];
