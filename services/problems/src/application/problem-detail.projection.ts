import { parseStreamName } from '@deskstream/kernel';
import { projectionOf, type RecordedOf, type StoredDocument } from '@deskstream/readmodels';
import { verdicts } from '../domain/kepner-tregoe.rules';
import { allowedActions } from '../domain/problem-lifecycle.rules';
import { PROBLEM_EVENT_TYPES, type ProblemEvent } from '../domain/problem.events';
import { evolveProblem } from '../domain/problem.evolve';
import { initialProblemState, isKnownError, type Problem } from '../domain/problem.state';
import { PROBLEM_CATEGORY } from './problem-streams';

/** The problem as lists show and filter it, with its state for the next event. */
export interface ProblemDocument extends StoredDocument {
  readonly problem: Problem;
  readonly reference: string;
  readonly status: Problem['status'];
  readonly priority: string;
  readonly service: string | null;
  readonly configurationItem: string | null;
  readonly category: string | null;
  readonly origin: string;
  readonly problemManager: string | null;
  readonly assignmentGroup: string | null;
  readonly knownError: boolean;
  readonly major: boolean;
  /** Lower-cased short description, description, workaround and cause: what text search looks in. */
  readonly searchText: string;
  readonly openedAt: string;
  readonly revision: number;
  readonly updatedAt: string;
}

/** Pure reducer shared by the projection, the consistent read and the as-of read, so they cannot disagree. */
export function applyToProblem(doc: ProblemDocument | null, event: RecordedOf<ProblemEvent>): ProblemDocument | null {
  const state = evolveProblem(doc?.problem ?? initialProblemState(), event);
  if (state.status === 'none') return doc;
  return {
    id: state.problemId,
    tenantId: event.metadata.tenantId,
    position: event.position,
    problem: state,
    reference: state.reference,
    status: state.status,
    priority: state.classification.priority,
    service: state.service,
    configurationItem: state.configurationItem,
    category: state.category,
    origin: state.origin,
    problemManager: state.problemManager,
    assignmentGroup: state.assignmentGroup,
    knownError: isKnownError(state),
    major: state.major !== null,
    searchText: [state.shortDescription, state.description, state.workaround?.value ?? '', state.cause?.value ?? ''].join('\n').toLowerCase(),
    openedAt: state.openedAt,
    revision: event.revision,
    updatedAt: event.metadata.occurredAt,
  };
}

export function foldProblem(events: readonly RecordedOf<ProblemEvent>[]): ProblemDocument | null {
  return events.reduce<ProblemDocument | null>(applyToProblem, null);
}

export const problemListProjection = projectionOf<ProblemEvent, ProblemDocument>({
  name: 'problems.problem-list.v1',
  collection: 'problem-list',
  categories: [PROBLEM_CATEGORY],
  handles: PROBLEM_EVENT_TYPES,
  documentId: (event) => parseStreamName(event.streamId).id,
  apply: applyToProblem,
  indexes: [['status', 'priority', 'openedAt'], ['reference'], ['knownError', 'status'], ['service', 'status']],
});

export const LIST_SORT = [
  { field: 'priority', direction: 'asc' },
  { field: 'openedAt', direction: 'asc' },
] as const;

/** How a problem is shown: the references of the records it links to, and whether it is a view of the past. */
export interface ProblemPresentation {
  /** References by id of the linked incidents, the incidents that used the workaround and the master problem, as far as they are known. */
  readonly references: ReadonlyMap<string, string>;
  /** An as-of view is history: it offers no actions and says which instant it shows. */
  readonly asOf?: string;
}

/** The record a client sees: its state, whether it is a known error, the worksheet's verdicts, what it allows. */
export function presentProblem(doc: ProblemDocument, presentation: ProblemPresentation = { references: new Map() }) {
  const { problem, revision, updatedAt } = doc;
  const { kepnerTregoe, linkedIncidentIds, resolution, candidateId, workaround, knownErrorArticle, ...rest } = problem;
  const link = (id: string) => ({ id, reference: presentation.references.get(id) ?? null });
  const { masterProblemId, ...resolved } = resolution ?? { masterProblemId: null };
  return {
    ...rest,
    // A candidate has no reference of its own.
    candidate: candidateId ? { id: candidateId, reference: null } : null,
    workaround: workaround ? { ...workaround, usedBy: workaround.usedBy.map(link) } : null,
    knownErrorArticle: knownErrorArticle ? { ...knownErrorArticle, article: knownErrorArticle.article ?? null } : null,
    id: problem.problemId,
    priority: problem.classification.priority,
    knownError: isKnownError(problem),
    kepnerTregoe: kepnerTregoe ? { ...kepnerTregoe, verdicts: verdicts(kepnerTregoe.value) } : null,
    linkedIncidents: linkedIncidentIds.map(link),
    resolution: resolution ? { ...resolved, masterProblem: masterProblemId ? link(masterProblemId) : null } : null,
    allowedActions: presentation.asOf === undefined ? allowedActions(problem) : [],
    revision,
    updatedAt,
    ...(presentation.asOf === undefined ? {} : { asOf: presentation.asOf }),
  };
}

export function presentRow(doc: ProblemDocument) {
  const {
    id,
    reference,
    status,
    priority,
    service,
    configurationItem,
    category,
    origin,
    problemManager,
    assignmentGroup,
    knownError,
    major,
    openedAt,
    updatedAt,
  } = doc;
  return {
    id,
    reference,
    status,
    priority,
    shortDescription: doc.problem.shortDescription,
    service,
    configurationItem,
    category,
    origin,
    problemManager,
    assignmentGroup,
    knownError,
    major,
    linkedIncidentCount: doc.problem.linkedIncidentIds.length,
    openedAt,
    updatedAt,
  };
}
