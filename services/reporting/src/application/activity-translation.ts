import {
  INCIDENT_EVENTS,
  KNOWLEDGE_EVENTS,
  PROBLEM_EVENTS,
  SERVICE_REQUEST_EVENTS,
  SLA_CLOCK_CHANGE_EVENTS,
  SLA_EVENTS,
  type ArticleLinkedToTicketV1,
  type IncidentIntegrationEvents,
  type ProblemIncidentLinkV1,
  type ServiceRequestSubmittedV1,
  type ServiceRequestTaskAddedV1,
  type SlaClockChangedV1,
  type SlaMilestoneReachedV1,
} from '@deskstream/contracts';
import type { CloudEvent } from '@deskstream/messaging';
import type { TicketActivity, TicketChange } from '../domain/ticket-activity.events';

type Incident<T extends keyof IncidentIntegrationEvents> = IncidentIntegrationEvents[T];
const iso = (at: string): string => new Date(at).toISOString();

/** The change an incident event states, or null for one reporting does not count (stakeholder updates...). */
function incidentChange(type: string, data: unknown): TicketChange | null {
  switch (type) {
    case INCIDENT_EVENTS.opened: {
      const d = data as Incident<typeof INCIDENT_EVENTS.opened> & { sourceReference?: string | null };
      return {
        kind: 'opened',
        ticketKind: 'incident',
        reference: d.reference,
        sourceReference: d.sourceReference ?? null,
        channel: d.channel,
        caller: d.caller,
        service: d.service,
        configurationItem: d.configurationItem,
        category: d.category,
        priority: d.priority,
        by: d.by,
      };
    }
    case INCIDENT_EVENTS.classified: {
      const d = data as Incident<typeof INCIDENT_EVENTS.classified>;
      return { kind: 'classified', priority: d.priority, category: d.category };
    }
    case INCIDENT_EVENTS.assigned: {
      const d = data as Incident<typeof INCIDENT_EVENTS.assigned>;
      return { kind: 'assigned', group: d.group, assignee: d.assignee, tier: d.tier };
    }
    case INCIDENT_EVENTS.escalated: {
      const d = data as Incident<typeof INCIDENT_EVENTS.escalated>;
      return d.kind === 'functional' ? { kind: 'escalated', group: d.group, toTier: d.toTier } : null;
    }
    case INCIDENT_EVENTS.putOnHold:
      return { kind: 'on-hold' };
    case INCIDENT_EVENTS.resumed:
      return { kind: 'resumed' };
    case INCIDENT_EVENTS.workLogged: {
      const d = data as Incident<typeof INCIDENT_EVENTS.workLogged>;
      return { kind: 'work-logged', minutes: d.minutes, by: d.by, knowledgeArticle: d.knowledgeArticle, relatedProblem: d.relatedProblem };
    }
    case INCIDENT_EVENTS.resolved: {
      const d = data as Incident<typeof INCIDENT_EVENTS.resolved>;
      return { kind: 'resolved', closingCategory: d.closingCategory, by: d.by };
    }
    case INCIDENT_EVENTS.reopened:
      return { kind: 'reopened' };
    case INCIDENT_EVENTS.closed:
      return { kind: 'closed' };
    case INCIDENT_EVENTS.cancelled:
      return { kind: 'cancelled' };
    case INCIDENT_EVENTS.satisfactionRated:
      return { kind: 'rated', rating: (data as Incident<typeof INCIDENT_EVENTS.satisfactionRated>).rating };
    default:
      return null;
  }
}

function requestChange(type: string, data: unknown): TicketChange | null {
  switch (type) {
    case SERVICE_REQUEST_EVENTS.submitted: {
      const d = data as ServiceRequestSubmittedV1;
      return {
        kind: 'opened',
        ticketKind: 'request',
        reference: d.reference,
        sourceReference: null,
        channel: null,
        caller: d.requestedFor,
        service: null,
        configurationItem: null,
        category: d.catalogItem,
        priority: null,
        by: d.by,
      };
    }
    case SERVICE_REQUEST_EVENTS.taskAdded: {
      const d = data as ServiceRequestTaskAddedV1;
      return d.assignmentGroup ? { kind: 'assigned', group: d.assignmentGroup, assignee: d.assignee, tier: null } : null;
    }
    case SERVICE_REQUEST_EVENTS.fulfilled:
      return { kind: 'resolved', closingCategory: null, by: (data as { by: string }).by };
    case SERVICE_REQUEST_EVENTS.rejected:
    case SERVICE_REQUEST_EVENTS.cancelled:
      return { kind: 'cancelled' };
    case SERVICE_REQUEST_EVENTS.closed:
      return { kind: 'closed' };
    default:
      return null;
  }
}

const CLOCK_CHANGES = SLA_CLOCK_CHANGE_EVENTS;

function slaChange(type: string, data: unknown): { ticketId: string; change: TicketChange; at: string } | null {
  if (CLOCK_CHANGES.includes(type)) {
    const { clock, at } = data as SlaClockChangedV1;
    return {
      ticketId: clock.ticketId,
      at,
      change: { kind: 'clock', clockId: clock.clockId, target: clock.target, stage: clock.stage, breached: clock.breached },
    };
  }
  if (type === SLA_EVENTS.clockBreached) {
    const { clock, reachedAt } = data as SlaMilestoneReachedV1;
    return { ticketId: clock.ticketId, at: reachedAt, change: { kind: 'clock-breached', clockId: clock.clockId, target: clock.target } };
  }
  return null;
}

function problemChange(type: string, data: unknown): { ticketId: string; change: TicketChange; at: string } | null {
  if (type !== PROBLEM_EVENTS.incidentLinked && type !== PROBLEM_EVENTS.incidentUnlinked) return null;
  const d = data as ProblemIncidentLinkV1;
  const kind = type === PROBLEM_EVENTS.incidentLinked ? 'problem-linked' : 'problem-unlinked';
  return { ticketId: d.incidentId, at: d.at, change: { kind, problem: d.problemReference } };
}

function knowledgeChange(type: string, data: unknown): { ticketId: string; change: TicketChange; at: string } | null {
  if (type !== KNOWLEDGE_EVENTS.linkedToTicket) return null;
  const d = data as ArticleLinkedToTicketV1;
  return { ticketId: d.ticketId, at: d.at, change: { kind: 'article-linked', article: d.reference ?? d.articleId } };
}

/**
 * The anti-corruption step: one integration event of incidents, service requests, SLA, problems or knowledge
 * as the ticket activity reporting records, or null when it says nothing reporting counts.
 */
export function ticketActivityOf(event: CloudEvent): TicketActivity | null {
  const data = event.data as { at?: string; incidentId?: string; requestId?: string };
  const direct = incidentChange(event.type, data) ?? requestChange(event.type, data);
  if (direct) {
    const ticketId = data.incidentId ?? data.requestId ?? event.subject;
    return { messageId: event.id, ticketId, at: iso(data.at ?? event.time), change: direct };
  }
  const keyed = slaChange(event.type, data) ?? problemChange(event.type, data) ?? knowledgeChange(event.type, data);
  return keyed ? { messageId: event.id, ticketId: keyed.ticketId, at: iso(keyed.at), change: keyed.change } : null;
}
