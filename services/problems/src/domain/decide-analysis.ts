import { ValidationFailed, type FieldError } from '@deskstream/kernel';
import { validateWorksheet } from './kepner-tregoe.rules';
import type { AddTask, AddTimelineEntry, CompleteTask, UpdateFiveWhys, UpdateKepnerTregoe } from './problem.commands';
import { TIMELINE_KINDS, type ProblemEvent } from './problem.events';
import type { ProblemState } from './problem.state';
import { ensureAllowed } from './problem-lifecycle.rules';
import { ensureValid, isTime, MAX_SHORT_TEXT_LENGTH, textErrors } from './text.rules';

const MAX_WHYS = 20;

/** An investigation step with the person who does it. */
export function addTask(command: AddTask, state: ProblemState): ProblemEvent[] {
  ensureAllowed(state, 'add-task');
  const { taskId, title, assignee, by, at } = command.data;
  ensureValid([...textErrors('title', title, MAX_SHORT_TEXT_LENGTH), ...textErrors('assignee', assignee, MAX_SHORT_TEXT_LENGTH)]);
  return [{ type: 'ProblemTaskAdded', data: { taskId, title, assignee, by, at } }];
}

export function completeTask(command: CompleteTask, state: ProblemState): ProblemEvent[] {
  const problem = ensureAllowed(state, 'complete-task');
  const { taskId, outcome, by, at } = command.data;
  const task = problem.tasks.find((t) => t.taskId === taskId);
  if (!task || task.status !== 'open') throw new ValidationFailed([{ field: 'taskId', message: `${taskId} is not an open task of ${problem.reference}` }]);
  ensureValid(textErrors('outcome', outcome));
  return [{ type: 'ProblemTaskCompleted', data: { taskId, outcome, by, at } }];
}

/** An analyst's timeline entry: a log line, a change or a deployment, with where it comes from and when it happened. */
export function addTimelineEntry(command: AddTimelineEntry, state: ProblemState): ProblemEvent[] {
  ensureAllowed(state, 'add-timeline-entry');
  const { entryId, kind, text, source, happenedAt, by, at } = command.data;
  const errors: FieldError[] = [...textErrors('text', text), ...textErrors('source', source, MAX_SHORT_TEXT_LENGTH)];
  if (!TIMELINE_KINDS.includes(kind)) errors.push({ field: 'kind', message: `kind must be one of ${TIMELINE_KINDS.join(', ')}` });
  if (!isTime(happenedAt)) errors.push({ field: 'happenedAt', message: 'happenedAt must be an ISO 8601 time' });
  else if (Date.parse(happenedAt) > Date.parse(at)) errors.push({ field: 'happenedAt', message: 'happenedAt must not be in the future' });
  ensureValid(errors);
  return [{ type: 'TimelineEntryAdded', data: { entryId, kind, text, source, happenedAt: new Date(happenedAt).toISOString(), by, at } }];
}

/** The whole worksheet is saved as a new version, so every earlier state of the analysis stays readable. */
export function updateKepnerTregoe(command: UpdateKepnerTregoe, state: ProblemState): ProblemEvent[] {
  const problem = ensureAllowed(state, 'update-kt');
  const { worksheet, by, at } = command.data;
  validateWorksheet(worksheet);
  return [{ type: 'KepnerTregoeUpdated', data: { version: (problem.kepnerTregoe?.version ?? 0) + 1, worksheet, by, at } }];
}

/** The 5 whys: an ordered chain, each step a why, its answer and the evidence for it. */
export function updateFiveWhys(command: UpdateFiveWhys, state: ProblemState): ProblemEvent[] {
  const problem = ensureAllowed(state, 'update-whys');
  const { steps, by, at } = command.data;
  const errors: FieldError[] = steps.length === 0 || steps.length > MAX_WHYS ? [{ field: 'steps', message: `steps must hold 1 to ${MAX_WHYS} whys` }] : [];
  steps.forEach((step, i) => {
    errors.push(
      ...textErrors(`steps.${i}.why`, step.why),
      ...textErrors(`steps.${i}.answer`, step.answer),
      ...textErrors(`steps.${i}.evidence`, step.evidence, undefined, false),
    );
  });
  ensureValid(errors);
  const normalised = steps.map((step) => ({ why: step.why, answer: step.answer, evidence: step.evidence ?? null }));
  return [{ type: 'FiveWhysUpdated', data: { version: (problem.fiveWhys?.version ?? 0) + 1, steps: normalised, by, at } }];
}
