import {
  INCIDENT_EVENTS,
  SERVICE_REQUEST_EVENTS,
  SLA_EVENTS,
  type IncidentAssignedV1,
  type IncidentEscalatedV1,
  type IncidentOpenedV1,
  type IncidentResolvedV1,
  type IncidentWorkLoggedV1,
  type MajorIncidentDeclaredV1,
  type ServiceRequestAssignedV1,
  type ServiceRequestNoteAddedV1,
  type ServiceRequestSubmittedV1,
  type SlaMilestoneReachedV1,
  type StakeholderUpdatePublishedV1,
} from '@deskstream/contracts';
import type { TicketFacts, Trigger, TriggerType } from '../domain/notification-trigger';

export interface InboundEvent {
  readonly id: string;
  readonly type: string;
  readonly subject: string;
  readonly data: unknown;
}

export interface Translated {
  /** The ticket as it now stands, to keep, or null when the event changes nothing of it. */
  readonly ticket: TicketFacts | null;
  readonly trigger: Trigger | null;
}

const STATUS_AFTER: Readonly<Record<string, string>> = {
  [INCIDENT_EVENTS.workStarted]: 'in-progress',
  [INCIDENT_EVENTS.putOnHold]: 'on-hold',
  [INCIDENT_EVENTS.resumed]: 'in-progress',
  [INCIDENT_EVENTS.resolved]: 'resolved',
  [INCIDENT_EVENTS.resolutionRejected]: 'in-progress',
  [INCIDENT_EVENTS.reopened]: 'in-progress',
  [INCIDENT_EVENTS.closed]: 'closed',
  [INCIDENT_EVENTS.cancelled]: 'cancelled',
  [SERVICE_REQUEST_EVENTS.approved]: 'approved',
  [SERVICE_REQUEST_EVENTS.rejected]: 'rejected',
  [SERVICE_REQUEST_EVENTS.fulfilled]: 'fulfilled',
  [SERVICE_REQUEST_EVENTS.closed]: 'closed',
  [SERVICE_REQUEST_EVENTS.cancelled]: 'cancelled',
};

const blank = (kind: TicketFacts['kind'], id: string): TicketFacts => ({
  kind,
  id,
  reference: '',
  title: '',
  status: 'new',
  caller: null,
  group: null,
  assignee: null,
  approvers: [],
  majorIncidentManager: null,
  nextUpdateDueAt: null,
});

const trigger = (event: InboundEvent, ticket: TicketFacts, type: TriggerType, by: string, at: string, fields: Trigger['fields']): Trigger => ({
  type,
  ticket,
  sourceId: event.id,
  by,
  at,
  fields,
});

/**
 * The incidents, service-request and SLA contracts in the notification service's own terms (the
 * anti-corruption step): how the event changes what is known of the ticket, and what it triggers.
 */
export function translate(event: InboundEvent, known: TicketFacts | null): Translated {
  const incident = known ?? blank('incident', event.subject);
  const d = event.data as Record<string, unknown> & { by: string; at: string };
  const moved = (changes: Partial<TicketFacts>): TicketFacts => ({
    ...incident,
    ...changes,
    ...(STATUS_AFTER[event.type] ? { status: STATUS_AFTER[event.type]! } : {}),
  });
  switch (event.type) {
    case INCIDENT_EVENTS.opened: {
      const o = event.data as IncidentOpenedV1;
      return { ticket: { ...incident, reference: o.reference, title: o.shortDescription, caller: o.caller, status: 'new' }, trigger: null };
    }
    case INCIDENT_EVENTS.assigned: {
      const a = event.data as IncidentAssignedV1;
      const ticket = moved({ group: a.group, assignee: a.assignee, status: 'assigned' });
      return {
        ticket,
        trigger: trigger(event, ticket, 'incident.assigned', a.by, a.at, { group: a.group, assignee: a.assignee, reassignment: a.reassignment }),
      };
    }
    case INCIDENT_EVENTS.escalated: {
      const e = event.data as IncidentEscalatedV1;
      if (e.kind === 'functional') return { ticket: moved({ group: e.group, assignee: null, status: 'assigned' }), trigger: null };
      return {
        ticket: null,
        trigger: trigger(event, incident, 'incident.escalated-hierarchically', e.by, e.at, { manager: e.manager, reason: e.reason, by: e.by }),
      };
    }
    case INCIDENT_EVENTS.workLogged: {
      const w = event.data as IncidentWorkLoggedV1;
      if (w.visibility !== 'public') return { ticket: null, trigger: null };
      return { ticket: null, trigger: trigger(event, incident, 'incident.public-comment', w.by, w.at, { comment: w.comment, by: w.by }) };
    }
    case INCIDENT_EVENTS.resolved: {
      const r = event.data as IncidentResolvedV1;
      const ticket = moved({});
      return {
        ticket,
        trigger: trigger(event, ticket, 'incident.resolved', r.by, r.at, {
          closingCategory: r.closingCategory,
          notes: r.notes,
          autoCloseDueAt: r.autoCloseDueAt,
        }),
      };
    }
    case INCIDENT_EVENTS.closed: {
      const ticket = moved({});
      return { ticket, trigger: trigger(event, ticket, 'incident.closed', d.by, d.at, { automatic: Boolean(d.automatic) }) };
    }
    case INCIDENT_EVENTS.majorIncidentDeclared: {
      const m = event.data as MajorIncidentDeclaredV1;
      return { ticket: { ...incident, majorIncidentManager: m.manager, nextUpdateDueAt: m.nextUpdateDueAt }, trigger: null };
    }
    case INCIDENT_EVENTS.stakeholderUpdatePublished: {
      const u = event.data as StakeholderUpdatePublishedV1;
      const ticket = { ...incident, nextUpdateDueAt: u.nextUpdateDueAt };
      return {
        ticket,
        trigger: trigger(event, ticket, 'major-incident.update-published', u.by, u.at, {
          audience: u.audience,
          message: u.message,
          nextUpdateDueAt: u.nextUpdateDueAt,
        }),
      };
    }
    case SERVICE_REQUEST_EVENTS.submitted: {
      const s = event.data as ServiceRequestSubmittedV1;
      const ticket: TicketFacts = {
        ...blank('service-request', s.requestId),
        reference: s.reference,
        title: s.catalogItem,
        status: s.approvers.length > 0 ? 'awaiting-approval' : 'approved',
        caller: s.requestedFor,
        approvers: s.approvers,
      };
      if (s.approvers.length === 0) return { ticket, trigger: null };
      return { ticket, trigger: trigger(event, ticket, 'request.awaiting-approval', s.by, s.at, { requestedBy: s.requestedBy, description: s.description }) };
    }
    case SERVICE_REQUEST_EVENTS.noteAdded: {
      const n = event.data as ServiceRequestNoteAddedV1;
      if (n.visibility !== 'public' || !known) return { ticket: null, trigger: null };
      return { ticket: null, trigger: trigger(event, known, 'request.public-comment', n.by, n.at, { comment: n.comment, by: n.by }) };
    }
    case SERVICE_REQUEST_EVENTS.assigned: {
      const a = event.data as ServiceRequestAssignedV1;
      if (!known) return { ticket: null, trigger: null };
      const ticket = { ...known, group: a.group, assignee: a.assignee };
      return { ticket, trigger: trigger(event, ticket, 'request.assigned', a.by, a.at, { group: a.group, assignee: a.assignee }) };
    }
    case SLA_EVENTS.warningReached:
    case SLA_EVENTS.clockBreached: {
      const { clock, percent, reachedAt, retroactive } = event.data as SlaMilestoneReachedV1;
      // A milestone recomputed into the past was never a warning anyone could act on.
      if (retroactive) return { ticket: null, trigger: null };
      const ticket = known ?? { ...blank('incident', clock.ticketId), reference: clock.reference, group: clock.group, assignee: clock.assignee };
      const type = event.type === SLA_EVENTS.clockBreached ? 'sla.breached' : 'sla.warning';
      // The SLA topic only reads the ticket copy: the ticket's own events keep it.
      return {
        ticket: null,
        trigger: trigger(event, ticket, type, 'system', reachedAt, { percent, target: clock.target, dueAt: clock.dueAt, definition: clock.definition }),
      };
    }
    default:
      return STATUS_AFTER[event.type] && known ? { ticket: moved({}), trigger: null } : { ticket: null, trigger: null };
  }
}
