import { Forbidden, IllegalTransition, ValidationFailed, type FieldError } from '@deskstream/kernel';
import type { AcceptResolution, CloseIncident, RateSatisfaction, RejectResolution, ReopenIncident, ResolveIncident } from './incident.commands';
import type { IncidentEvent, IncidentReopened } from './incident.events';
import { isOpen, type Incident, type IncidentState } from './incident.state';
import { allowedActions, ensureAllowed, existing } from './lifecycle.rules';
import { canClose } from './major-incident.rules';
import { ensureValid, MAX_SHORT_TEXT_LENGTH, textErrors, wholeNumberErrors } from './text.rules';
import { autoCloseDue, isNotBefore, withinReopenWindow } from './time.rules';

/** Resolved with its master: a linked child is resolved from whatever open status it is in. */
function resolvable(state: IncidentState, masterIncidentId: string | null): Incident {
  const incident = existing(state);
  if (masterIncidentId !== null && incident.masterIncidentId === masterIncidentId && isOpen(incident.status)) return incident;
  return ensureAllowed(state, 'resolve');
}

export function resolveIncident(command: ResolveIncident, state: IncidentState): IncidentEvent[] {
  const { data } = command;
  const masterIncidentId = data.masterIncidentId ?? null;
  resolvable(state, masterIncidentId);
  const errors: FieldError[] = [...textErrors('notes', data.notes), ...textErrors('closingCategory', data.closingCategory, MAX_SHORT_TEXT_LENGTH)];
  if (errors.length === 0 && !data.closingCategories.includes(data.closingCategory)) {
    errors.push({ field: 'closingCategory', message: `closingCategory must be one of ${data.closingCategories.join(', ')}` });
  }
  ensureValid(errors);
  return [
    {
      type: 'IncidentResolved',
      data: {
        closingCategory: data.closingCategory,
        resolutionCode: data.resolutionCode ?? null,
        notes: data.notes,
        resolvedBy: data.by,
        masterIncidentId,
        autoCloseDueAt: autoCloseDue(data.at, data.quietPeriodDays),
        at: data.at,
      },
    },
  ];
}

/** The caller confirms the fix: the incident closes at once (unless a major incident still owes its review). */
export function acceptResolution(command: AcceptResolution, state: IncidentState): IncidentEvent[] {
  ensureAllowed(state, 'accept-resolution');
  const { by, at } = command.data;
  return [
    { type: 'IncidentResolutionAccepted', data: { by, at } },
    { type: 'IncidentClosed', data: { automatic: false, by, at } },
  ];
}

function reopened(incident: Incident, reason: string, by: string, at: string): IncidentReopened {
  const from = incident.status === 'closed' ? 'closed' : 'resolved';
  return { type: 'IncidentReopened', data: { reason, from, reopenCount: incident.reopenCount + 1, by, at } };
}

/** Rejecting a resolution reopens the incident, and counts as a reopen. */
export function rejectResolution(command: RejectResolution, state: IncidentState): IncidentEvent[] {
  const incident = ensureAllowed(state, 'reject-resolution');
  const { reason, by, at } = command.data;
  ensureValid(textErrors('reason', reason));
  return [{ type: 'IncidentResolutionRejected', data: { reason, by, at } }, reopened(incident, reason, by, at)];
}

export function reopenIncident(command: ReopenIncident, state: IncidentState): IncidentEvent[] {
  const incident = ensureAllowed(state, 'reopen');
  const { reason, by, at, reopenWindowDays } = command.data;
  if (incident.status === 'closed' && !withinReopenWindow(incident.closedAt ?? at, at, reopenWindowDays)) {
    throw new IllegalTransition(
      'reopen',
      incident.status,
      allowedActions(incident).filter((action) => action !== 'reopen'),
      { reason: 'reopen-window-passed', message: `The incident closed more than ${reopenWindowDays} days ago: open a new incident instead` },
    );
  }
  ensureValid(textErrors('reason', reason));
  return [reopened(incident, reason, by, at)];
}

/**
 * Closing by hand needs a resolved incident. The quiet-period timer closes only what is still resolved and
 * due; anything else makes it a no-op, so a late or repeated timer changes nothing.
 */
export function closeIncident(command: CloseIncident, state: IncidentState): IncidentEvent[] {
  const { automatic, by, at } = command.data;
  if (automatic) {
    const incident = existing(state);
    const due = incident.status === 'resolved' && incident.resolution !== null && isNotBefore(at, incident.resolution.autoCloseDueAt);
    return due && canClose(incident) ? [{ type: 'IncidentClosed', data: { automatic, by, at } }] : [];
  }
  ensureAllowed(state, 'close');
  return [{ type: 'IncidentClosed', data: { automatic, by, at } }];
}

/** Satisfaction is the caller's to give, once, after resolution. */
export function rateSatisfaction(command: RateSatisfaction, state: IncidentState): IncidentEvent[] {
  const incident = ensureAllowed(state, 'feedback');
  const { rating, comment, by, at } = command.data;
  if (by !== incident.caller) throw new Forbidden('Only the caller rates the service they received');
  const errors = textErrors('comment', comment, undefined, false);
  errors.unshift(...wholeNumberErrors('rating', rating, 1, 5));
  if (errors.length > 0) throw new ValidationFailed(errors);
  return [{ type: 'SatisfactionRated', data: { rating, comment: comment ?? null, by, at } }];
}
