import { IllegalTransition, NotFound, type Refusal } from '@deskstream/kernel';
import type { Incident, IncidentState } from './incident.state';
import { isOpen } from './incident.state';
import { canClose } from './major-incident.rules';

/** The actions a client can ask for, named as in the HTTP API (`POST /incidents/{id}/{action}`). */
export const INCIDENT_ACTIONS = [
  'assign',
  'start',
  'hold',
  'resume',
  'classify',
  'escalate',
  'note',
  'resolve',
  'accept-resolution',
  'reject-resolution',
  'close',
  'reopen',
  'cancel',
  'declare-major',
  'stakeholder-update',
  'link-child',
  'post-incident-review',
  'feedback',
] as const;
export type IncidentAction = (typeof INCIDENT_ACTIONS)[number];

const BY_STATUS: Record<Incident['status'], readonly IncidentAction[]> = {
  new: ['assign', 'classify', 'escalate', 'note', 'cancel', 'declare-major'],
  assigned: ['assign', 'start', 'classify', 'escalate', 'note', 'cancel', 'declare-major'],
  'in-progress': ['assign', 'hold', 'resolve', 'classify', 'escalate', 'note', 'cancel', 'declare-major'],
  'on-hold': ['resume', 'classify', 'escalate', 'note', 'cancel', 'declare-major'],
  resolved: ['accept-resolution', 'reject-resolution', 'reopen', 'close', 'note', 'feedback'],
  // Reopening a closed incident is further bounded by the tenant's reopen window (see closure.rules).
  closed: ['reopen', 'feedback'],
  cancelled: [],
};

/** What may be done to the incident as it stands: its status first, then the major-incident process. */
export function allowedActions(state: IncidentState): IncidentAction[] {
  if (state.status === 'none') return [];
  const allowed = new Set<IncidentAction>(BY_STATUS[state.status]);
  const live = isOpen(state.status) || state.status === 'resolved';
  if (state.major) {
    allowed.delete('declare-major');
    if (live) allowed.add('stakeholder-update');
    if (live && !state.major.review) allowed.add('post-incident-review');
    if (isOpen(state.status)) allowed.add('link-child');
  }
  if (state.masterIncidentId) allowed.delete('declare-major');
  if (!canClose(state)) {
    allowed.delete('close');
    allowed.delete('accept-resolution');
  }
  if (state.satisfaction) allowed.delete('feedback');
  return INCIDENT_ACTIONS.filter((action) => allowed.has(action));
}

export function existing(state: IncidentState): Incident {
  if (state.status === 'none') throw new NotFound('Incident', 'requested');
  return state;
}

/** Why an action its status would allow is refused anyway: the major-incident process, or a rating given. */
function refusalOf(incident: Incident, action: IncidentAction): Refusal | undefined {
  if (!BY_STATUS[incident.status].includes(action) && !['stakeholder-update', 'post-incident-review', 'link-child'].includes(action)) return undefined;
  if (action === 'declare-major' && incident.major) return { reason: 'already-major', message: 'The incident is already a major incident' };
  if (action === 'declare-major' && incident.masterIncidentId) {
    return { reason: 'linked-to-major', message: 'The incident is a child of a major incident; declare the master major instead' };
  }
  if ((action === 'close' || action === 'accept-resolution') && !canClose(incident)) {
    return { reason: 'review-required', message: 'A major incident closes only after its post-incident review is recorded' };
  }
  if (action === 'feedback' && incident.satisfaction) return { reason: 'already-rated', message: 'The caller has already rated this incident' };
  if (!incident.major) return { reason: 'not-major', message: `Only a major incident takes ${action}` };
  if (action === 'post-incident-review' && incident.major.review) return { reason: 'review-recorded', message: 'The post-incident review is already recorded' };
  return undefined;
}

/** The incident, when `action` is allowed now; otherwise 409 with why, and what is allowed. */
export function ensureAllowed(state: IncidentState, action: IncidentAction): Incident {
  const incident = existing(state);
  const allowed = allowedActions(incident);
  if (!allowed.includes(action)) throw new IllegalTransition(action, incident.status, allowed, refusalOf(incident, action));
  return incident;
}
