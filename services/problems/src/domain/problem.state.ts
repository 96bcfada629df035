import type { KepnerTregoeWorksheet } from './kepner-tregoe.rules';
import type { Classification, ProblemDescription, ResolutionCode, TimelineKind, WhyStep } from './problem.events';

export const PROBLEM_STATUSES = ['new', 'assessed', 'root-cause-analysis', 'fix-in-progress', 'resolved', 'closed'] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];

export interface Versioned<T> {
  readonly version: number;
  readonly by: string;
  readonly at: string;
  readonly value: T;
}

export interface Workaround extends Versioned<string> {
  /** Uses on incidents of this version, and how many of those uses still wait for a review. */
  readonly uses: number;
  readonly unreviewedUses: number;
  /** Incidents that used this version: one use each, however often they say so. */
  readonly usedBy: readonly string[];
}

export interface ProblemTask {
  readonly taskId: string;
  readonly title: string;
  readonly assignee: string;
  readonly status: 'open' | 'completed' | 'cancelled';
  readonly outcome: string | null;
}

export interface AnalystEntry {
  readonly entryId: string;
  readonly kind: TimelineKind;
  readonly text: string;
  readonly source: string;
  readonly happenedAt: string;
  readonly by: string;
}

export interface Resolution {
  readonly code: ResolutionCode;
  readonly notes: string;
  readonly masterProblemId: string | null;
  readonly by: string;
  readonly at: string;
}

/** Everything known about an existing problem, whatever its status. */
export interface ProblemRecord extends ProblemDescription {
  readonly classification: Classification;
  readonly problemManager: string | null;
  readonly assignmentGroup: string | null;
  readonly confirmed: boolean;
  readonly major: { readonly reason: string; readonly review: { readonly summary: string; readonly lessons: string; readonly at: string } | null } | null;
  readonly workaround: Workaround | null;
  readonly cause: Versioned<string> | null;
  /** The workaround and cause versions the last known-error article request was made for. */
  readonly knownErrorArticle: {
    readonly workaroundVersion: number;
    readonly causeVersion: number;
    readonly at: string;
    /** The article the knowledge service wrote for it, once it says so (absent before it was kept). */
    readonly article?: { readonly id: string; readonly reference: string } | null;
  } | null;
  readonly linkedIncidentIds: readonly string[];
  readonly tasks: readonly ProblemTask[];
  readonly analystEntries: readonly AnalystEntry[];
  readonly kepnerTregoe: Versioned<KepnerTregoeWorksheet> | null;
  readonly fiveWhys: Versioned<readonly WhyStep[]> | null;
  readonly fixPlan: string | null;
  readonly resolution: Resolution | null;
  readonly reanalysisCount: number;
  readonly openedAt: string;
  readonly closedAt: string | null;
}

export type NoProblem = { readonly status: 'none' };
export type Problem = ProblemRecord & { readonly status: ProblemStatus };
export type ProblemState = NoProblem | Problem;

export const initialProblemState = (): ProblemState => ({ status: 'none' });

/** A documented workaround and a documented cause make the problem a known error. */
export const isKnownError = (problem: ProblemRecord): boolean => problem.workaround !== null && problem.cause !== null;
