import { ValidationFailed, type FieldError } from '@deskstream/kernel';
import type { AddNote, AssignIncident, CancelIncident, EscalateIncident, PutOnHold, ResumeIncident, StartWork } from './incident.commands';
import { HOLD_REASONS, type IncidentEvent, type Tier } from './incident.events';
import type { IncidentState } from './incident.state';
import { ensureKnownNames } from './directory-names.rules';
import { ensureAllowed } from './lifecycle.rules';
import { ensureValid, MAX_SHORT_TEXT_LENGTH, textErrors, wholeNumberErrors } from './text.rules';

const MAX_MINUTES_PER_ENTRY = 24 * 60;

function tierOf(value: number | undefined, current: Tier): Tier {
  if (value === undefined) return current;
  if (value !== 1 && value !== 2 && value !== 3) throw new ValidationFailed([{ field: 'tier', message: 'tier must be 1, 2 or 3' }]);
  return value;
}

/** The first assignment hands the incident to a group; any later change of group or assignee is a reassignment. */
export function assignIncident(command: AssignIncident, state: IncidentState): IncidentEvent[] {
  const incident = ensureAllowed(state, 'assign');
  const { data } = command;
  ensureValid(textErrors('group', data.group, MAX_SHORT_TEXT_LENGTH));
  ensureKnownNames(
    [
      { field: 'group', kind: 'group', value: data.group },
      { field: 'assignee', kind: 'user', value: data.assignee },
    ],
    data.directory,
  );
  const tier = tierOf(data.tier, incident.tier);
  const assignee = data.assignee ?? null;
  if (incident.group === data.group && incident.assignee === assignee && incident.tier === tier) return [];
  const reassignment = incident.group !== null && (data.reassignmentCounting !== 'group-change' || incident.group !== data.group);
  return [
    {
      type: 'IncidentAssigned',
      data: {
        group: data.group,
        assignee,
        tier,
        reassignment,
        reassignmentCount: incident.reassignmentCount + (reassignment ? 1 : 0),
        by: data.by,
        at: data.at,
      },
    },
  ];
}

/** Whoever starts work without a named assignee becomes the assignee: someone always owns work in progress. */
export function startWork(command: StartWork, state: IncidentState): IncidentEvent[] {
  const incident = ensureAllowed(state, 'start');
  return [{ type: 'IncidentWorkStarted', data: { assignee: incident.assignee ?? command.data.by, by: command.data.by, at: command.data.at } }];
}

export function putOnHold(command: PutOnHold, state: IncidentState): IncidentEvent[] {
  ensureAllowed(state, 'hold');
  const { data } = command;
  const errors: FieldError[] = [];
  if (!HOLD_REASONS.includes(data.reason)) errors.push({ field: 'reason', message: `reason must be one of ${HOLD_REASONS.join(', ')}` });
  // A third party that sits on a ticket must be named, so that its wait is tracked against its contract.
  if (data.reason === 'awaiting-third-party') errors.push(...textErrors('thirdParty', data.thirdParty, MAX_SHORT_TEXT_LENGTH));
  ensureValid(errors);
  const thirdParty = data.reason === 'awaiting-third-party' ? (data.thirdParty ?? null) : null;
  return [{ type: 'IncidentPutOnHold', data: { reason: data.reason, thirdParty, by: data.by, at: data.at } }];
}

export function resumeIncident(command: ResumeIncident, state: IncidentState): IncidentEvent[] {
  ensureAllowed(state, 'resume');
  return [{ type: 'IncidentResumed', data: { by: command.data.by, at: command.data.at } }];
}

/**
 * Functional escalation hands the incident to a group of the next tier (and counts as a reassignment);
 * hierarchical escalation raises a flag that tells the group's manager.
 */
export function escalateIncident(command: EscalateIncident, state: IncidentState): IncidentEvent[] {
  const incident = ensureAllowed(state, 'escalate');
  const { data } = command;
  ensureValid(textErrors('reason', data.reason));
  if (data.kind === 'hierarchical') {
    ensureKnownNames([{ field: 'manager', kind: 'user', value: data.manager }], data.directory);
    return [
      {
        type: 'IncidentEscalatedHierarchically',
        data: { group: incident.group, manager: data.manager ?? null, reason: data.reason, by: data.by, at: data.at },
      },
    ];
  }
  ensureValid(textErrors('group', data.group, MAX_SHORT_TEXT_LENGTH));
  ensureKnownNames([{ field: 'group', kind: 'group', value: data.group }], data.directory);
  if (incident.tier === 3) throw new ValidationFailed([{ field: 'kind', message: 'the incident is already at tier 3: escalate hierarchically' }]);
  return [
    {
      type: 'IncidentEscalatedFunctionally',
      data: {
        fromTier: incident.tier,
        toTier: (incident.tier + 1) as Tier,
        group: data.group,
        reason: data.reason,
        reassignmentCount: incident.reassignmentCount + (incident.group !== null ? 1 : 0),
        by: data.by,
        at: data.at,
      },
    },
  ];
}

/** Work notes stay internal, comments are public; each entry logs its minutes and whether it was a failed attempt. */
export function addNote(command: AddNote, state: IncidentState): IncidentEvent[] {
  const incident = ensureAllowed(state, 'note');
  const { data } = command;
  if (incident.noteIds.includes(data.noteId)) return [];
  const errors = textErrors('text', data.text);
  if (data.visibility !== 'internal' && data.visibility !== 'public') errors.push({ field: 'visibility', message: 'visibility must be internal or public' });
  const minutes = data.minutes ?? 0;
  errors.push(...wholeNumberErrors('minutes', minutes, 0, MAX_MINUTES_PER_ENTRY));
  ensureValid(errors);
  return [
    {
      type: 'IncidentNoteAdded',
      data: {
        noteId: data.noteId,
        visibility: data.visibility,
        text: data.text,
        minutes,
        failedAttempt: data.failedAttempt ?? false,
        knowledgeArticle: data.knowledgeArticle ?? null,
        relatedProblem: data.relatedProblem ?? null,
        by: data.by,
        at: data.at,
      },
    },
  ];
}

export function cancelIncident(command: CancelIncident, state: IncidentState): IncidentEvent[] {
  ensureAllowed(state, 'cancel');
  ensureValid(textErrors('reason', command.data.reason));
  return [{ type: 'IncidentCancelled', data: { reason: command.data.reason, by: command.data.by, at: command.data.at } }];
}
