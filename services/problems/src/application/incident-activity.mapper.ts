import { INCIDENT_EVENTS, type IncidentIntegrationEvents } from '@deskstream/contracts';
import type { CloudEvent } from '@deskstream/messaging';
import type { ObserveIncidentActivity } from '../domain/incident-activity.decider';

type Activity = Omit<ObserveIncidentActivity['data'], 'messageId' | 'incidentId' | 'by' | 'at'>;
type Published = { [T in keyof IncidentIntegrationEvents]: { type: T; data: IncidentIntegrationEvents[T] } }[keyof IncidentIntegrationEvents];
/** An import's bookkeeping (how far a ticket reflects its source) is no step of the incident's timeline. */
type Observed = Exclude<Published, { type: typeof INCIDENT_EVENTS.sourceSynced }>;

const none = {};

/** What one published incident event says, as a line of the incident's timeline; internal note text is never published. */
function activityOf(event: Observed): Activity {
  switch (event.type) {
    case INCIDENT_EVENTS.opened: {
      const d = event.data;
      return {
        kind: 'opened',
        summary: `Opened ${d.reference} via ${d.channel}: ${d.shortDescription} (${d.priority})`,
        status: 'new',
        facts: {
          reference: d.reference,
          shortDescription: d.shortDescription,
          service: d.service,
          configurationItem: d.configurationItem,
          category: d.category,
          priority: d.priority,
        },
      };
    }
    case INCIDENT_EVENTS.classified:
      return {
        kind: 'classified',
        summary: `Classified ${event.data.priority}${event.data.category ? `, ${event.data.category}` : ''}`,
        status: null,
        facts: { category: event.data.category, priority: event.data.priority },
      };
    case INCIDENT_EVENTS.assigned:
      return {
        kind: 'assigned',
        summary: `Assigned to ${event.data.group}${event.data.assignee ? ` / ${event.data.assignee}` : ''}`,
        status: 'assigned',
        facts: none,
      };
    case INCIDENT_EVENTS.workStarted:
      return { kind: 'work-started', summary: `Work started by ${event.data.assignee}`, status: 'in-progress', facts: none };
    case INCIDENT_EVENTS.putOnHold:
      return {
        kind: 'on-hold',
        summary: `On hold: ${event.data.reason}${event.data.thirdParty ? ` (${event.data.thirdParty})` : ''}`,
        status: 'on-hold',
        facts: none,
      };
    case INCIDENT_EVENTS.resumed:
      return { kind: 'resumed', summary: 'Resumed', status: 'in-progress', facts: none };
    case INCIDENT_EVENTS.escalated:
      return {
        kind: 'escalated',
        summary:
          event.data.kind === 'functional'
            ? `Escalated to ${event.data.group} (tier ${event.data.toTier}): ${event.data.reason}`
            : `Escalated to management: ${event.data.reason}`,
        status: event.data.kind === 'functional' ? 'assigned' : null,
        facts: none,
      };
    case INCIDENT_EVENTS.workLogged: {
      const { comment, minutes, failedAttempt } = event.data;
      const what = comment === null ? 'Work note' : `Public comment: ${comment}`;
      return { kind: 'note', summary: `${what}${minutes ? ` (${minutes} min)` : ''}${failedAttempt ? ', failed attempt' : ''}`, status: null, facts: none };
    }
    case INCIDENT_EVENTS.resolved:
      return { kind: 'resolved', summary: `Resolved (${event.data.closingCategory}): ${event.data.notes}`, status: 'resolved', facts: none };
    case INCIDENT_EVENTS.resolutionAccepted:
      return { kind: 'resolution-accepted', summary: 'Resolution accepted by the caller', status: null, facts: none };
    case INCIDENT_EVENTS.resolutionRejected:
      return { kind: 'resolution-rejected', summary: `Resolution rejected: ${event.data.reason}`, status: 'in-progress', facts: none };
    case INCIDENT_EVENTS.reopened:
      return { kind: 'reopened', summary: `Reopened: ${event.data.reason}`, status: 'in-progress', facts: none };
    case INCIDENT_EVENTS.closed:
      return { kind: 'closed', summary: event.data.automatic ? 'Closed after the quiet period' : 'Closed', status: 'closed', facts: none };
    case INCIDENT_EVENTS.cancelled:
      return { kind: 'cancelled', summary: `Cancelled: ${event.data.reason}`, status: 'cancelled', facts: none };
    case INCIDENT_EVENTS.majorIncidentDeclared:
      return { kind: 'major-incident', summary: `Declared a major incident: ${event.data.reason}`, status: null, facts: none };
    case INCIDENT_EVENTS.stakeholderUpdatePublished:
      return { kind: 'stakeholder-update', summary: `Stakeholder update to ${event.data.audience}: ${event.data.message}`, status: null, facts: none };
    case INCIDENT_EVENTS.childIncidentLinked:
      return {
        kind: 'linked-to-major',
        summary: `Child ${event.data.childIncidentId} of major incident ${event.data.masterIncidentId}`,
        status: null,
        facts: none,
      };
    case INCIDENT_EVENTS.postIncidentReviewRecorded:
      return { kind: 'post-incident-review', summary: `Post-incident review: ${event.data.whatWentWrong}`, status: null, facts: none };
    case INCIDENT_EVENTS.satisfactionRated:
      return { kind: 'satisfaction', summary: `Rated ${event.data.rating}/5`, status: null, facts: none };
  }
}

/** Kinds of activity whose summary quotes what the acting person wrote (a comment, a reason, notes). */
const QUOTING_THE_ACTOR: readonly ObserveIncidentActivity['data']['kind'][] = [
  'note',
  'resolved',
  'resolution-rejected',
  'reopened',
  'cancelled',
  'escalated',
  'major-incident',
  'stakeholder-update',
  'post-incident-review',
];

/** Whose words an activity's summary quotes: the caller's for an opening, else the actor's where it quotes them. */
function authorOf(activity: Activity, data: { readonly by: string; readonly caller?: string }): string | null {
  if (activity.kind === 'opened') return data.caller ?? null;
  return QUOTING_THE_ACTOR.includes(activity.kind) ? data.by : null;
}

/** The command that records a published incident event in the problems service's own stream for that incident. */
export function observeCommand(event: CloudEvent): ObserveIncidentActivity | null {
  const published = { type: event.type, data: event.data } as Observed;
  if (!Object.values(INCIDENT_EVENTS).includes(published.type) || event.type === INCIDENT_EVENTS.sourceSynced) return null;
  const data = published.data as { incidentId: string; by: string; at: string; caller?: string };
  const activity = activityOf(published);
  return {
    type: 'ObserveIncidentActivity',
    data: { messageId: event.id, incidentId: data.incidentId, by: data.by, at: data.at, ...activity, author: authorOf(activity, data) },
  };
}
