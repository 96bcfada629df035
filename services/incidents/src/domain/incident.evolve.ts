import { assertNever } from '@deskstream/kernel';
import type { IncidentEvent } from './incident.events';
import type { Incident, IncidentState, IncidentStatus, MajorIncident } from './incident.state';

/** The status each event moves an incident to; an event not listed leaves the status as it is. */
const STATUS_AFTER: Partial<Record<IncidentEvent['type'], IncidentStatus>> = {
  IncidentOpened: 'new',
  IncidentAssigned: 'assigned',
  IncidentWorkStarted: 'in-progress',
  IncidentPutOnHold: 'on-hold',
  IncidentResumed: 'in-progress',
  IncidentEscalatedFunctionally: 'assigned',
  IncidentResolved: 'resolved',
  IncidentReopened: 'in-progress',
  IncidentClosed: 'closed',
  IncidentCancelled: 'cancelled',
};

/** The incident's status after `event`: the one table of status transitions, for the state and every read model. */
export function statusAfter(status: IncidentStatus, event: Pick<IncidentEvent, 'type'>): IncidentStatus {
  return STATUS_AFTER[event.type] ?? status;
}

function withMajor(incident: Incident, change: (major: MajorIncident) => Partial<MajorIncident>): Incident {
  return incident.major ? { ...incident, major: { ...incident.major, ...change(incident.major) } } : incident;
}

/** Folds one event into the incident. Events are facts: evolve never refuses one. */
export function evolveIncident(state: IncidentState, event: IncidentEvent): IncidentState {
  if (event.type === 'IncidentOpened') {
    const { by: _by, at, classified, impact, urgency, priority, category, subcategory, symptom, ...opened } = event.data;
    return {
      ...opened,
      status: statusAfter('new', event),
      classification: { impact, urgency, priority, category, subcategory, symptom },
      classified,
      reclassificationCount: 0,
      group: null,
      assignee: null,
      tier: 1,
      reassignmentCount: 0,
      hierarchicalEscalation: false,
      hold: null,
      notes: 0,
      noteIds: [],
      minutesLogged: 0,
      failedAttempts: 0,
      major: null,
      masterIncidentId: null,
      resolution: null,
      reopenCount: 0,
      satisfaction: null,
      relatedProblem: null,
      openedAt: at,
      closedAt: null,
    };
  }
  if (state.status === 'none') return state;
  return { ...evolveRecord(state, event), status: statusAfter(state.status, event) };
}

/** Everything but the status, which `statusAfter` decides. */
function evolveRecord(incident: Incident, event: Exclude<IncidentEvent, { type: 'IncidentOpened' }>): Incident {
  switch (event.type) {
    case 'IncidentClassified': {
      const { impact, urgency, priority, category, subcategory, symptom, reclassificationCount } = event.data;
      return { ...incident, classification: { impact, urgency, priority, category, subcategory, symptom }, classified: true, reclassificationCount };
    }
    case 'IncidentAssigned': {
      const { group, assignee, tier, reassignmentCount } = event.data;
      return { ...incident, group, assignee, tier, reassignmentCount };
    }
    case 'IncidentWorkStarted':
      return { ...incident, assignee: event.data.assignee };
    case 'IncidentPutOnHold':
      return { ...incident, hold: { reason: event.data.reason, thirdParty: event.data.thirdParty } };
    case 'IncidentResumed':
      return { ...incident, hold: null };
    case 'IncidentEscalatedFunctionally': {
      const { toTier, group, reassignmentCount } = event.data;
      return { ...incident, tier: toTier, group, assignee: null, hold: null, reassignmentCount };
    }
    case 'IncidentEscalatedHierarchically':
      return { ...incident, hierarchicalEscalation: true };
    case 'IncidentNoteAdded':
      return {
        ...incident,
        notes: incident.notes + 1,
        noteIds: [...incident.noteIds, event.data.noteId],
        minutesLogged: incident.minutesLogged + event.data.minutes,
        failedAttempts: incident.failedAttempts + (event.data.failedAttempt ? 1 : 0),
      };
    case 'IncidentResolved': {
      const { closingCategory, resolutionCode, notes, resolvedBy, at, autoCloseDueAt } = event.data;
      return {
        ...incident,

        hold: null,
        resolution: { closingCategory, resolutionCode, notes, resolvedBy, at, autoCloseDueAt, accepted: null },
      };
    }
    case 'IncidentResolutionAccepted':
      return incident.resolution ? { ...incident, resolution: { ...incident.resolution, accepted: true } } : incident;
    case 'IncidentResolutionRejected':
      return incident.resolution ? { ...incident, resolution: { ...incident.resolution, accepted: false } } : incident;
    case 'IncidentReopened':
      return { ...incident, resolution: null, closedAt: null, reopenCount: event.data.reopenCount };
    case 'IncidentClosed':
      return { ...incident, closedAt: event.data.at };
    case 'IncidentCancelled':
      return { ...incident, hold: null, closedAt: event.data.at };
    case 'MajorIncidentDeclared': {
      const { manager, updateIntervalMinutes, nextUpdateDueAt } = event.data;
      return {
        ...incident,
        major: { manager, updateIntervalMinutes, nextUpdateDueAt, stakeholderUpdates: 0, childIncidentIds: [], review: null },
      };
    }
    case 'StakeholderUpdatePublished':
      return withMajor(incident, (major) => ({ nextUpdateDueAt: event.data.nextUpdateDueAt, stakeholderUpdates: major.stakeholderUpdates + 1 }));
    case 'ChildIncidentLinked':
      return withMajor(incident, (major) => ({ childIncidentIds: [...major.childIncidentIds, event.data.childIncidentId] }));
    case 'IncidentLinkedToMajor':
      return { ...incident, masterIncidentId: event.data.masterIncidentId };
    case 'PostIncidentReviewRecorded': {
      const { whatWentWrong, actions, at } = event.data;
      return withMajor(incident, () => ({ review: { whatWentWrong, actions, at } }));
    }
    case 'SatisfactionRated':
      return { ...incident, satisfaction: { rating: event.data.rating, comment: event.data.comment } };
    case 'IncidentSyncedFromSource':
      return { ...incident, sourceUpdate: event.data.sourceUpdate };
    case 'IncidentProblemLinked':
      return { ...incident, relatedProblem: event.data.problem };
    case 'IncidentProblemUnlinked':
      return { ...incident, relatedProblem: null };
    default:
      return assertNever(event, 'incident event');
  }
}
