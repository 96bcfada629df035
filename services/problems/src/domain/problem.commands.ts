import type { Message } from '@deskstream/kernel';
import type { KepnerTregoeWorksheet } from './kepner-tregoe.rules';
import type { Origin, TimelineKind, WhyStep } from './problem.events';
import type { PriorityMatrix } from './priority-matrix';

/**
 * Commands carry everything the decision needs: who (`by`), when (`at`), generated ids, the tenant's
 * settings and looked-up facts (which linked incidents are open), so that deciding is pure and replayable.
 */
interface Issued {
  readonly by: string;
  readonly at: string;
}

export interface IncidentRef {
  readonly incidentId: string;
}

export type RecordProblem = Message<
  'RecordProblem',
  Issued & {
    readonly problemId: string;
    readonly reference: string;
    readonly shortDescription: string;
    readonly description: string;
    readonly service?: string | null;
    readonly configurationItem?: string | null;
    readonly category?: string | null;
    readonly impact: number;
    readonly urgency: number;
    readonly origin: Origin;
    readonly problemManager?: string | null;
    readonly assignmentGroup?: string | null;
    readonly major?: boolean;
    readonly majorReason?: string | null;
    readonly candidateId?: string | null;
    /** Incidents linked from the start (a promoted trend candidate keeps its incidents). */
    readonly incidents?: readonly IncidentRef[];
    readonly priorityMatrix: PriorityMatrix;
  }
>;

export type AssessProblem = Message<
  'AssessProblem',
  Issued & {
    readonly impact?: number;
    readonly urgency?: number;
    readonly category?: string | null;
    readonly problemManager?: string | null;
    readonly assignmentGroup?: string | null;
    readonly priorityMatrix: PriorityMatrix;
  }
>;

export type ConfirmProblem = Message<'ConfirmProblem', Issued>;
export type StartAnalysis = Message<'StartAnalysis', Issued>;
export type CancelProblem = Message<'CancelProblem', Issued & { readonly reason: string }>;
export type MarkDuplicate = Message<'MarkDuplicate', Issued & { readonly masterProblemId: string; readonly masterReference: string }>;
export type StartFix = Message<'StartFix', Issued & { readonly plan: string }>;
export type AcceptRisk = Message<'AcceptRisk', Issued & { readonly reason: string }>;
export type ResolveProblem = Message<'ResolveProblem', Issued & { readonly notes: string }>;
export type CloseProblem = Message<'CloseProblem', Issued>;
export type ReanalyseProblem = Message<'ReanalyseProblem', Issued & { readonly reason: string }>;

export type RecordWorkaround = Message<'RecordWorkaround', Issued & { readonly workaround: string }>;
export type RecordCause = Message<'RecordCause', Issued & { readonly cause: string }>;
export type PublishKnownError = Message<'PublishKnownError', Issued>;
export type RecordWorkaroundUse = Message<'RecordWorkaroundUse', { readonly incidentId: string; readonly at: string }>;
/** The knowledge service wrote the known-error article this problem asked for. */
export type RecordKnownErrorArticle = Message<'RecordKnownErrorArticle', { readonly articleId: string; readonly reference: string; readonly at: string }>;
export type ReviewWorkaround = Message<'ReviewWorkaround', Issued & { readonly effective: boolean; readonly note: string }>;

export type LinkIncident = Message<'LinkIncident', Issued & IncidentRef>;
export type UnlinkIncident = Message<'UnlinkIncident', Issued & IncidentRef>;
/** `openIncidentIds`: which incidents are open now, as the problems service last heard from the incidents service. */
export type Communicate = Message<'Communicate', Issued & { readonly comment: string; readonly openIncidentIds: readonly string[] }>;
/** Links moved from a duplicate: linked again here without checks of this problem's status beyond it being live. */
export type TakeOverLinks = Message<'TakeOverLinks', Issued & { readonly incidentIds: readonly string[] }>;

export type AddTask = Message<'AddTask', Issued & { readonly taskId: string; readonly title: string; readonly assignee: string }>;
export type CompleteTask = Message<'CompleteTask', Issued & { readonly taskId: string; readonly outcome: string }>;

export type AddTimelineEntry = Message<
  'AddTimelineEntry',
  Issued & { readonly entryId: string; readonly kind: TimelineKind; readonly text: string; readonly source: string; readonly happenedAt: string }
>;
export type UpdateKepnerTregoe = Message<'UpdateKepnerTregoe', Issued & { readonly worksheet: KepnerTregoeWorksheet }>;
export type UpdateFiveWhys = Message<'UpdateFiveWhys', Issued & { readonly steps: readonly WhyStep[] }>;

export type FlagMajorProblem = Message<'FlagMajorProblem', Issued & { readonly reason: string }>;
export type ReviewMajorProblem = Message<'ReviewMajorProblem', Issued & { readonly summary: string; readonly lessons: string }>;

export type ProblemCommand =
  | RecordProblem
  | AssessProblem
  | ConfirmProblem
  | StartAnalysis
  | CancelProblem
  | MarkDuplicate
  | StartFix
  | AcceptRisk
  | ResolveProblem
  | CloseProblem
  | ReanalyseProblem
  | RecordWorkaround
  | RecordCause
  | PublishKnownError
  | RecordWorkaroundUse
  | RecordKnownErrorArticle
  | ReviewWorkaround
  | LinkIncident
  | UnlinkIncident
  | Communicate
  | TakeOverLinks
  | AddTask
  | CompleteTask
  | AddTimelineEntry
  | UpdateKepnerTregoe
  | UpdateFiveWhys
  | FlagMajorProblem
  | ReviewMajorProblem;
