import { IllegalTransition, NotFound } from '@deskstream/kernel';
import type { Problem, ProblemState, ProblemStatus } from './problem.state';
import { isKnownError } from './problem.state';

/** The actions a client can ask for, named as in the HTTP API (`POST /problems/{id}/{action}`). */
export const PROBLEM_ACTIONS = [
  'assess',
  'confirm',
  'mark-duplicate',
  'cancel',
  'start-analysis',
  'record-workaround',
  'record-cause',
  'start-fix',
  'accept-risk',
  'resolve',
  'close',
  'reanalyse',
  'link-incident',
  'unlink-incident',
  'communicate',
  'add-task',
  'complete-task',
  'add-timeline-entry',
  'update-kt',
  'update-whys',
  'publish-known-error',
  'review-workaround',
  'flag-major',
  'review-major',
] as const;
export type ProblemAction = (typeof PROBLEM_ACTIONS)[number];

/** What any live problem (not closed) allows: linking, tasks and the root-cause worksheets. */
const LIVE: readonly ProblemAction[] = [
  'link-incident',
  'unlink-incident',
  'add-task',
  'complete-task',
  'add-timeline-entry',
  'update-kt',
  'update-whys',
  'flag-major',
];

const BY_STATUS: Record<ProblemStatus, readonly ProblemAction[]> = {
  new: ['assess', ...LIVE],
  assessed: ['confirm', 'start-analysis', 'mark-duplicate', 'cancel', 'record-workaround', 'record-cause', ...LIVE],
  'root-cause-analysis': ['start-fix', 'accept-risk', 'reanalyse', 'record-workaround', 'record-cause', ...LIVE],
  'fix-in-progress': ['resolve', 'reanalyse', 'record-workaround', 'record-cause', ...LIVE],
  resolved: ['close', 'reanalyse', 'record-workaround', 'record-cause', ...LIVE],
  // A closed problem is history; re-analysis is the one way back when the incidents come back.
  closed: ['reanalyse'],
};

/** What may be done to the problem as it stands: its status first, then what it has on record. */
export function allowedActions(state: ProblemState): ProblemAction[] {
  if (state.status === 'none') return [];
  const allowed = new Set<ProblemAction>(BY_STATUS[state.status]);
  const live = state.status !== 'closed';
  if (state.status === 'assessed') allowed.delete(state.confirmed ? 'confirm' : 'start-analysis');
  if (!state.cause) allowed.delete('start-fix');
  if (!state.tasks.some((task) => task.status === 'open')) allowed.delete('complete-task');
  if (state.major) allowed.delete('flag-major');
  if (live && (state.workaround || state.fixPlan)) allowed.add('communicate');
  if (live && isKnownError(state)) allowed.add('publish-known-error');
  if (live && state.workaround && state.workaround.unreviewedUses > 0) allowed.add('review-workaround');
  const analysed = state.status === 'root-cause-analysis' || state.status === 'fix-in-progress' || state.status === 'resolved';
  if (state.major && !state.major.review && analysed) allowed.add('review-major');
  // A major problem is reviewed before it is closed.
  if (state.major && !state.major.review) allowed.delete('close');
  return PROBLEM_ACTIONS.filter((action) => allowed.has(action));
}

export function existing(state: ProblemState): Problem {
  if (state.status === 'none') throw new NotFound('Problem', 'requested');
  return state;
}

/** The problem, when `action` is allowed now; otherwise 409 with what is allowed. */
export function ensureAllowed(state: ProblemState, action: ProblemAction): Problem {
  const problem = existing(state);
  const allowed = allowedActions(problem);
  if (!allowed.includes(action)) throw new IllegalTransition(action, problem.status, allowed);
  return problem;
}
