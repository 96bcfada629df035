import { IllegalTransition, ValidationFailed, type FieldError } from '@deskstream/kernel';
import type { DeclareMajorIncident, LinkChildIncident, LinkToMajorIncident, PublishStakeholderUpdate, RecordPostIncidentReview } from './incident.commands';
import type { IncidentEvent } from './incident.events';
import { isOpen, type IncidentState } from './incident.state';
import { allowedActions, ensureAllowed, existing } from './lifecycle.rules';
import { DEFAULT_STAKEHOLDER_UPDATE_MINUTES, nextUpdateDue } from './major-incident.rules';
import { ensureValid, MAX_SHORT_TEXT_LENGTH, textErrors, wholeNumberErrors } from './text.rules';

const MAX_UPDATE_INTERVAL_MINUTES = 24 * 60;

export function declareMajorIncident(command: DeclareMajorIncident, state: IncidentState): IncidentEvent[] {
  ensureAllowed(state, 'declare-major');
  const { data } = command;
  const interval = data.updateIntervalMinutes ?? DEFAULT_STAKEHOLDER_UPDATE_MINUTES;
  const errors: FieldError[] = [...textErrors('manager', data.manager, MAX_SHORT_TEXT_LENGTH), ...textErrors('reason', data.reason)];
  errors.push(...wholeNumberErrors('updateIntervalMinutes', interval, 5, MAX_UPDATE_INTERVAL_MINUTES));
  ensureValid(errors);
  return [
    {
      type: 'MajorIncidentDeclared',
      data: {
        manager: data.manager,
        reason: data.reason,
        rule: null,
        updateIntervalMinutes: interval,
        nextUpdateDueAt: nextUpdateDue(data.at, interval),
        by: data.by,
        at: data.at,
      },
    },
  ];
}

/** Each stakeholder update sets when the next one is due, at the rhythm set on declaration. */
export function publishStakeholderUpdate(command: PublishStakeholderUpdate, state: IncidentState): IncidentEvent[] {
  const incident = ensureAllowed(state, 'stakeholder-update');
  const { data } = command;
  ensureValid([...textErrors('audience', data.audience, MAX_SHORT_TEXT_LENGTH), ...textErrors('message', data.message)]);
  const interval = incident.major?.updateIntervalMinutes ?? DEFAULT_STAKEHOLDER_UPDATE_MINUTES;
  return [
    {
      type: 'StakeholderUpdatePublished',
      data: { audience: data.audience, message: data.message, nextUpdateDueAt: nextUpdateDue(data.at, interval), by: data.by, at: data.at },
    },
  ];
}

/** The master records its child; linking the same child twice changes nothing. */
export function linkChildIncident(command: LinkChildIncident, state: IncidentState): IncidentEvent[] {
  const incident = ensureAllowed(state, 'link-child');
  const { data } = command;
  if (data.childIncidentId === incident.incidentId) {
    throw new ValidationFailed([{ field: 'childIncidentId', message: 'a major incident cannot be its own child' }]);
  }
  if (incident.major?.childIncidentIds.includes(data.childIncidentId)) return [];
  return [{ type: 'ChildIncidentLinked', data: { childIncidentId: data.childIncidentId, by: data.by, at: data.at } }];
}

/** The child side of the link: an open incident that is neither major nor already someone's child. */
export function linkToMajorIncident(command: LinkToMajorIncident, state: IncidentState): IncidentEvent[] {
  const incident = existing(state);
  const { data } = command;
  if (incident.masterIncidentId === data.masterIncidentId) return [];
  if (!isOpen(incident.status) || incident.major || incident.masterIncidentId) {
    const refusal = incident.major
      ? { reason: 'already-major', message: 'A major incident cannot be the child of another' }
      : incident.masterIncidentId
        ? { reason: 'linked-to-major', message: 'The incident is already the child of another major incident' }
        : { reason: 'wrong-status', message: `Only an open incident can be linked to a major incident; this one is ${incident.status}` };
    throw new IllegalTransition('link-to-major', incident.major ? 'major' : incident.status, allowedActions(incident), refusal);
  }
  return [{ type: 'IncidentLinkedToMajor', data: { masterIncidentId: data.masterIncidentId, by: data.by, at: data.at } }];
}

/** The review is not optional: what went wrong, the timeline, and actions that each have an owner. */
export function recordPostIncidentReview(command: RecordPostIncidentReview, state: IncidentState): IncidentEvent[] {
  ensureAllowed(state, 'post-incident-review');
  const { data } = command;
  const errors: FieldError[] = textErrors('whatWentWrong', data.whatWentWrong);
  if (!Array.isArray(data.actions) || data.actions.length === 0) errors.push({ field: 'actions', message: 'at least one action is required' });
  data.actions?.forEach((action, i) => {
    errors.push(...textErrors(`actions.${i}.description`, action.description), ...textErrors(`actions.${i}.owner`, action.owner, MAX_SHORT_TEXT_LENGTH));
  });
  data.timeline?.forEach((entry, i) => {
    if (Number.isNaN(Date.parse(entry.at))) errors.push({ field: `timeline.${i}.at`, message: 'must be an ISO time' });
    errors.push(...textErrors(`timeline.${i}.entry`, entry.entry));
  });
  ensureValid(errors);
  const timeline = [...(data.timeline ?? [])].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return [
    {
      type: 'PostIncidentReviewRecorded',
      data: { timeline, whatWentWrong: data.whatWentWrong, actions: data.actions, by: data.by, at: data.at },
    },
  ];
}
