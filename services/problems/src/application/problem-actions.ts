import type { KepnerTregoeWorksheet, KtCell, KtDimension } from '../domain/kepner-tregoe.rules';
import type { ProblemCommand } from '../domain/problem.commands';
import type { Origin, TimelineKind, WhyStep } from '../domain/problem.events';
import type { ProblemAction } from '../domain/problem-lifecycle.rules';
import type { ProblemSettings } from '../domain/problem-settings';

/** What the edge hands over for each action (the DTOs implement these shapes). */
export interface ActionInputs {
  assess: { impact?: number; urgency?: number; category?: string | null; problemManager?: string | null; assignmentGroup?: string | null };
  confirm: Record<string, never>;
  'mark-duplicate': { master: string };
  cancel: { reason: string };
  'start-analysis': Record<string, never>;
  'record-workaround': { workaround: string };
  'record-cause': { cause: string };
  'start-fix': { plan: string };
  'accept-risk': { reason: string };
  resolve: { notes: string };
  close: Record<string, never>;
  reanalyse: { reason: string };
  'link-incident': { incident: string };
  'unlink-incident': { incident: string };
  communicate: { comment: string };
  'add-task': { title: string; assignee: string };
  'complete-task': { taskId: string; outcome: string };
  'add-timeline-entry': { kind: TimelineKind; text: string; source: string; happenedAt: string };
  'update-kt': {
    rows: KepnerTregoeWorksheet['rows'][number][];
    causes: { causeId: string; description: string; tests: { dimension: KtDimension; explainsIs?: boolean | null; explainsIsNot?: boolean | null }[] }[];
  };
  'update-whys': { steps: (Omit<WhyStep, 'evidence'> & { evidence?: string | null })[] };
  'publish-known-error': Record<string, never>;
  'review-workaround': { effective: boolean; note: string };
  'flag-major': { reason: string };
  'review-major': { summary: string; lessons: string };
}

export interface RecordProblemInput {
  shortDescription: string;
  description: string;
  service?: string | null;
  configurationItem?: string | null;
  category?: string | null;
  impact: number;
  urgency: number;
  origin: Origin;
  problemManager?: string | null;
  assignmentGroup?: string | null;
  major?: boolean;
  majorReason?: string | null;
  /** Ids or INC references of incidents to link from the start. */
  incidents?: string[];
}

/** Facts the use case looked up before building the command. */
export interface Facts {
  readonly by: string;
  readonly at: string;
  readonly settings: ProblemSettings;
  readonly newId: () => string;
  /** Resolved incident id (link, unlink) or master problem (mark-duplicate). */
  readonly target?: { readonly id: string; readonly reference: string };
  readonly openIncidentIds?: readonly string[];
}

type Builders = { [A in ProblemAction]: (input: ActionInputs[A], facts: Facts) => ProblemCommand };

/** A worksheet cell as a plain object with only the part it holds (request bodies may carry empty keys). */
const cell = (value: KtCell): KtCell => Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as KtCell;

const target = (facts: Facts) => facts.target ?? { id: '', reference: '' };

/** Each HTTP action as the domain command it stands for, with the tenant's settings and looked-up facts filled in. */
const BUILDERS: Builders = {
  assess: (input, { by, at, settings }) => ({ type: 'AssessProblem', data: { ...input, priorityMatrix: settings.priorityMatrix, by, at } }),
  confirm: (_input, { by, at }) => ({ type: 'ConfirmProblem', data: { by, at } }),
  'mark-duplicate': (_input, facts) => ({
    type: 'MarkDuplicate',
    data: { masterProblemId: target(facts).id, masterReference: target(facts).reference, by: facts.by, at: facts.at },
  }),
  cancel: (input, { by, at }) => ({ type: 'CancelProblem', data: { reason: input.reason, by, at } }),
  'start-analysis': (_input, { by, at }) => ({ type: 'StartAnalysis', data: { by, at } }),
  'record-workaround': (input, { by, at }) => ({ type: 'RecordWorkaround', data: { workaround: input.workaround, by, at } }),
  'record-cause': (input, { by, at }) => ({ type: 'RecordCause', data: { cause: input.cause, by, at } }),
  'start-fix': (input, { by, at }) => ({ type: 'StartFix', data: { plan: input.plan, by, at } }),
  'accept-risk': (input, { by, at }) => ({ type: 'AcceptRisk', data: { reason: input.reason, by, at } }),
  resolve: (input, { by, at }) => ({ type: 'ResolveProblem', data: { notes: input.notes, by, at } }),
  close: (_input, { by, at }) => ({ type: 'CloseProblem', data: { by, at } }),
  reanalyse: (input, { by, at }) => ({ type: 'ReanalyseProblem', data: { reason: input.reason, by, at } }),
  'link-incident': (_input, facts) => ({ type: 'LinkIncident', data: { incidentId: target(facts).id, by: facts.by, at: facts.at } }),
  'unlink-incident': (_input, facts) => ({ type: 'UnlinkIncident', data: { incidentId: target(facts).id, by: facts.by, at: facts.at } }),
  communicate: (input, facts) => ({
    type: 'Communicate',
    data: { comment: input.comment, openIncidentIds: facts.openIncidentIds ?? [], by: facts.by, at: facts.at },
  }),
  'add-task': (input, { by, at, newId }) => ({ type: 'AddTask', data: { ...input, taskId: newId(), by, at } }),
  'complete-task': (input, { by, at }) => ({ type: 'CompleteTask', data: { ...input, by, at } }),
  'add-timeline-entry': (input, { by, at, newId }) => ({ type: 'AddTimelineEntry', data: { ...input, entryId: newId(), by, at } }),
  // A test left out of the body is untested (null), as the worksheet records it.
  'update-kt': (input, { by, at }) => ({
    type: 'UpdateKepnerTregoe',
    data: {
      worksheet: {
        rows: input.rows.map((row) => ({
          dimension: row.dimension,
          is: cell(row.is),
          isNot: cell(row.isNot),
          distinctions: cell(row.distinctions),
          changes: cell(row.changes),
        })),
        causes: input.causes.map((cause) => ({
          ...cause,
          tests: cause.tests.map((test) => ({ dimension: test.dimension, explainsIs: test.explainsIs ?? null, explainsIsNot: test.explainsIsNot ?? null })),
        })),
      },
      by,
      at,
    },
  }),
  'update-whys': (input, { by, at }) => ({
    type: 'UpdateFiveWhys',
    data: { steps: input.steps.map((step) => ({ ...step, evidence: step.evidence ?? null })), by, at },
  }),
  'publish-known-error': (_input, { by, at }) => ({ type: 'PublishKnownError', data: { by, at } }),
  'review-workaround': (input, { by, at }) => ({ type: 'ReviewWorkaround', data: { ...input, by, at } }),
  'flag-major': (input, { by, at }) => ({ type: 'FlagMajorProblem', data: { reason: input.reason, by, at } }),
  'review-major': (input, { by, at }) => ({ type: 'ReviewMajorProblem', data: { ...input, by, at } }),
};

export function commandFor<A extends ProblemAction>(action: A, input: ActionInputs[A], facts: Facts): ProblemCommand {
  return (BUILDERS[action] as (input: ActionInputs[A], facts: Facts) => ProblemCommand)(input, facts);
}
