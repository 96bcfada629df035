import { AlreadyExists, ValidationFailed, type FieldError } from '@deskstream/kernel';
import type {
  AcceptRisk,
  AssessProblem,
  CancelProblem,
  CloseProblem,
  ConfirmProblem,
  FlagMajorProblem,
  MarkDuplicate,
  ReanalyseProblem,
  RecordProblem,
  ResolveProblem,
  ReviewMajorProblem,
  StartAnalysis,
  StartFix,
} from './problem.commands';
import { ORIGINS, type ProblemEvent } from './problem.events';
import type { ProblemState } from './problem.state';
import { ensureAllowed } from './problem-lifecycle.rules';
import { priorityFor } from './priority-matrix';
import { ensureValid, MAX_SHORT_TEXT_LENGTH, textErrors } from './text.rules';

const optionalShort = (field: string, value: unknown): FieldError[] => textErrors(field, value, MAX_SHORT_TEXT_LENGTH, false);

/** A problem is recorded once, with its priority from the tenant's matrix and any incidents it starts with. */
export function recordProblem(command: RecordProblem, state: ProblemState): ProblemEvent[] {
  const { data } = command;
  if (state.status !== 'none') throw new AlreadyExists('Problem', data.problemId);
  const errors: FieldError[] = [
    ...textErrors('shortDescription', data.shortDescription, MAX_SHORT_TEXT_LENGTH),
    ...textErrors('description', data.description),
    ...optionalShort('service', data.service),
    ...optionalShort('configurationItem', data.configurationItem),
    ...optionalShort('category', data.category),
    ...optionalShort('problemManager', data.problemManager),
    ...optionalShort('assignmentGroup', data.assignmentGroup),
  ];
  if (!ORIGINS.includes(data.origin)) errors.push({ field: 'origin', message: `origin must be one of ${ORIGINS.join(', ')}` });
  if (data.major) errors.push(...textErrors('majorReason', data.majorReason));
  ensureValid(errors);
  const priority = priorityFor(data.priorityMatrix, data.impact, data.urgency);
  const { by, at } = data;
  const recorded: ProblemEvent = {
    type: 'ProblemRecorded',
    data: {
      problemId: data.problemId,
      reference: data.reference,
      shortDescription: data.shortDescription,
      description: data.description,
      service: data.service ?? null,
      configurationItem: data.configurationItem ?? null,
      category: data.category ?? null,
      origin: data.origin,
      candidateId: data.candidateId ?? null,
      impact: data.impact as 1 | 2 | 3,
      urgency: data.urgency as 1 | 2 | 3,
      priority,
      problemManager: data.problemManager ?? null,
      assignmentGroup: data.assignmentGroup ?? null,
      by,
      at,
    },
  };
  const unique = [...new Set((data.incidents ?? []).map((incident) => incident.incidentId))];
  const links: ProblemEvent[] = unique.map((incidentId) => ({ type: 'IncidentLinked', data: { incidentId, problemReference: data.reference, by, at } }));
  const major: ProblemEvent[] = data.major ? [{ type: 'MajorProblemFlagged', data: { reason: data.majorReason!, by, at } }] : [];
  return [recorded, ...major, ...links];
}

/** Assessment sets (or corrects) classification, manager and group; priority follows impact x urgency. */
export function assessProblem(command: AssessProblem, state: ProblemState): ProblemEvent[] {
  const problem = ensureAllowed(state, 'assess');
  const { data } = command;
  ensureValid([
    ...optionalShort('category', data.category),
    ...optionalShort('problemManager', data.problemManager),
    ...optionalShort('assignmentGroup', data.assignmentGroup),
  ]);
  const impact = data.impact ?? problem.classification.impact;
  const urgency = data.urgency ?? problem.classification.urgency;
  const priority = priorityFor(data.priorityMatrix, impact, urgency);
  return [
    {
      type: 'ProblemAssessed',
      data: {
        impact: impact as 1 | 2 | 3,
        urgency: urgency as 1 | 2 | 3,
        priority,
        category: data.category === undefined ? problem.category : data.category,
        problemManager: data.problemManager === undefined ? problem.problemManager : data.problemManager,
        assignmentGroup: data.assignmentGroup === undefined ? problem.assignmentGroup : data.assignmentGroup,
        by: data.by,
        at: data.at,
      },
    },
  ];
}

export function confirmProblem(command: ConfirmProblem, state: ProblemState): ProblemEvent[] {
  ensureAllowed(state, 'confirm');
  return [{ type: 'ProblemConfirmed', data: { by: command.data.by, at: command.data.at } }];
}

/** Analysis starts on a confirmed problem only: an unconfirmed one may still be a duplicate or nothing. */
export function startAnalysis(command: StartAnalysis, state: ProblemState): ProblemEvent[] {
  ensureAllowed(state, 'start-analysis');
  return [{ type: 'ProblemAnalysisStarted', data: { by: command.data.by, at: command.data.at } }];
}

export function cancelProblem(command: CancelProblem, state: ProblemState): ProblemEvent[] {
  ensureAllowed(state, 'cancel');
  ensureValid(textErrors('reason', command.data.reason));
  const { reason: notes, by, at } = command.data;
  return [{ type: 'ProblemResolved', data: { code: 'cancelled', notes, masterProblemId: null, by, at } }];
}

/** A duplicate is resolved with code `duplicate`; its incident links move to the master (the use case links them there). */
export function markDuplicate(command: MarkDuplicate, state: ProblemState): ProblemEvent[] {
  const problem = ensureAllowed(state, 'mark-duplicate');
  const { masterProblemId, masterReference, by, at } = command.data;
  if (masterProblemId === problem.problemId) throw new ValidationFailed([{ field: 'master', message: 'a problem cannot duplicate itself' }]);
  return [
    {
      type: 'ProblemMarkedDuplicate',
      data: { problemReference: problem.reference, masterProblemId, masterReference, movedIncidentIds: [...problem.linkedIncidentIds], by, at },
    },
    { type: 'ProblemResolved', data: { code: 'duplicate', notes: `Duplicate of ${masterReference}`, masterProblemId, by, at } },
  ];
}

/** A fix needs a recorded root cause (start-fix is not allowed before) and a plan. */
export function startFix(command: StartFix, state: ProblemState): ProblemEvent[] {
  ensureAllowed(state, 'start-fix');
  ensureValid(textErrors('plan', command.data.plan));
  return [{ type: 'ProblemFixStarted', data: { plan: command.data.plan, by: command.data.by, at: command.data.at } }];
}

/** Sometimes a good workaround is enough and no fix is worth it: resolved with code `risk-accepted`. */
export function acceptRisk(command: AcceptRisk, state: ProblemState): ProblemEvent[] {
  ensureAllowed(state, 'accept-risk');
  ensureValid(textErrors('reason', command.data.reason));
  const { reason: notes, by, at } = command.data;
  return [{ type: 'ProblemResolved', data: { code: 'risk-accepted', notes, masterProblemId: null, by, at } }];
}

export function resolveProblem(command: ResolveProblem, state: ProblemState): ProblemEvent[] {
  ensureAllowed(state, 'resolve');
  ensureValid(textErrors('notes', command.data.notes));
  const { notes, by, at } = command.data;
  return [{ type: 'ProblemResolved', data: { code: 'fix-applied', notes, masterProblemId: null, by, at } }];
}

/** Closing cancels every problem task still open, in the same append. */
export function closeProblem(command: CloseProblem, state: ProblemState): ProblemEvent[] {
  const problem = ensureAllowed(state, 'close');
  const { by, at } = command.data;
  const cancelled: ProblemEvent[] = problem.tasks
    .filter((task) => task.status === 'open')
    .map((task) => ({ type: 'ProblemTaskCancelled', data: { taskId: task.taskId, reason: 'problem closed', by, at } }));
  return [...cancelled, { type: 'ProblemClosed', data: { by, at } }];
}

export function reanalyseProblem(command: ReanalyseProblem, state: ProblemState): ProblemEvent[] {
  const problem = ensureAllowed(state, 'reanalyse');
  ensureValid(textErrors('reason', command.data.reason));
  const from = problem.status as 'root-cause-analysis' | 'fix-in-progress' | 'resolved' | 'closed';
  return [{ type: 'ProblemReanalysed', data: { reason: command.data.reason, from, by: command.data.by, at: command.data.at } }];
}

export function flagMajorProblem(command: FlagMajorProblem, state: ProblemState): ProblemEvent[] {
  ensureAllowed(state, 'flag-major');
  ensureValid(textErrors('reason', command.data.reason));
  return [{ type: 'MajorProblemFlagged', data: { reason: command.data.reason, by: command.data.by, at: command.data.at } }];
}

export function reviewMajorProblem(command: ReviewMajorProblem, state: ProblemState): ProblemEvent[] {
  ensureAllowed(state, 'review-major');
  const { summary, lessons, by, at } = command.data;
  ensureValid([...textErrors('summary', summary), ...textErrors('lessons', lessons)]);
  return [{ type: 'MajorProblemReviewed', data: { summary, lessons, by, at } }];
}
