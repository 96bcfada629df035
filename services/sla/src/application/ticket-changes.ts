import {
  INCIDENT_EVENTS,
  SERVICE_REQUEST_EVENTS,
  type IncidentAssignedV1,
  type IncidentClassifiedV1,
  type IncidentEscalatedV1,
  type IncidentOpenedV1,
  type IncidentPutOnHoldV1,
  type IncidentWorkLoggedV1,
  type IncidentWorkStartedV1,
  type MajorIncidentDeclaredV1,
  type StakeholderUpdatePublishedV1,
  type ServiceRequestSubmittedV1,
  type ServiceRequestTaskAddedV1,
} from '@deskstream/contracts';
import type { CloudEvent } from '@deskstream/messaging';
import type { TicketChange } from '../domain/ticket-facts';

export interface ObservedChange {
  readonly ticketId: string;
  readonly reference: string | null;
  readonly change: TicketChange;
  readonly by: string;
  readonly at: string;
}

type Fact = { by?: string; at: string };

/**
 * What a published incident or service-request event means for the clocks, field by field from the
 * contract. Events that change nothing a condition reads (a satisfaction rating...) map to null.
 */
function incidentChange(event: CloudEvent): TicketChange | null {
  const data = event.data as never;
  switch (event.type) {
    case INCIDENT_EVENTS.opened: {
      const d = data as IncidentOpenedV1;
      const { reference, priority, service, category, channel } = d;
      return { signal: 'opened', kind: 'incident', reference, priority, service, category, status: 'new', channel };
    }
    case INCIDENT_EVENTS.classified: {
      const d = data as IncidentClassifiedV1;
      return { signal: 'classified', priority: d.priority, category: d.category };
    }
    case INCIDENT_EVENTS.assigned: {
      const d = data as IncidentAssignedV1;
      return { signal: 'assigned', group: d.group, assignee: d.assignee, status: 'assigned' };
    }
    case INCIDENT_EVENTS.escalated: {
      const d = data as IncidentEscalatedV1;
      return d.kind === 'functional' && d.group ? { signal: 'assigned', group: d.group, assignee: null, status: 'assigned' } : null;
    }
    case INCIDENT_EVENTS.workStarted:
      return { signal: 'work-started', assignee: (data as IncidentWorkStartedV1).assignee };
    case INCIDENT_EVENTS.putOnHold: {
      const d = data as IncidentPutOnHoldV1;
      return { signal: 'put-on-hold', holdReason: d.reason, thirdParty: d.thirdParty };
    }
    case INCIDENT_EVENTS.resumed:
      return { signal: 'resumed', status: 'in-progress' };
    case INCIDENT_EVENTS.workLogged:
      return { signal: (data as IncidentWorkLoggedV1).visibility === 'public' ? 'public-comment' : 'internal-note' };
    case INCIDENT_EVENTS.resolved:
      return { signal: 'resolved', status: 'resolved' };
    case INCIDENT_EVENTS.reopened:
      return { signal: 'reopened', status: 'in-progress' };
    case INCIDENT_EVENTS.closed:
      return { signal: 'closed', status: 'closed' };
    case INCIDENT_EVENTS.cancelled:
      return { signal: 'cancelled', status: 'cancelled' };
    case INCIDENT_EVENTS.majorIncidentDeclared:
      return { signal: 'major-incident-declared', nextUpdateDueAt: Date.parse((data as MajorIncidentDeclaredV1).nextUpdateDueAt) };
    case INCIDENT_EVENTS.stakeholderUpdatePublished:
      return { signal: 'stakeholder-update-published', nextUpdateDueAt: Date.parse((data as StakeholderUpdatePublishedV1).nextUpdateDueAt) };
    default:
      return null;
  }
}

function requestChange(event: CloudEvent): TicketChange | null {
  switch (event.type) {
    case SERVICE_REQUEST_EVENTS.submitted: {
      const d = event.data as ServiceRequestSubmittedV1;
      const status = d.approvers.length > 0 ? 'awaiting-approval' : 'in-fulfilment';
      return { signal: 'opened', kind: 'service-request', reference: d.reference, priority: null, service: null, category: d.catalogItem, status };
    }
    case SERVICE_REQUEST_EVENTS.approved:
      return { signal: 'approved', status: 'in-fulfilment' };
    case SERVICE_REQUEST_EVENTS.taskAdded: {
      const d = event.data as ServiceRequestTaskAddedV1;
      return d.assignmentGroup ? { signal: 'assigned', group: d.assignmentGroup, assignee: d.assignee } : { signal: 'task-added' };
    }
    case SERVICE_REQUEST_EVENTS.rejected:
      return { signal: 'cancelled', status: 'rejected' };
    case SERVICE_REQUEST_EVENTS.fulfilled:
      return { signal: 'fulfilled', status: 'fulfilled' };
    case SERVICE_REQUEST_EVENTS.closed:
      return { signal: 'closed', status: 'closed' };
    case SERVICE_REQUEST_EVENTS.cancelled:
      return { signal: 'cancelled', status: 'cancelled' };
    default:
      return null;
  }
}

export function observedChangeOf(event: CloudEvent): ObservedChange | null {
  const change = event.type.startsWith('deskstream.incidents.service-request-') ? requestChange(event) : incidentChange(event);
  if (!change) return null;
  const data = event.data as Fact & { approver?: string; requestedBy?: string };
  const reference = change.signal === 'opened' ? change.reference : null;
  return { ticketId: event.subject, reference, change, by: data.by ?? data.approver ?? data.requestedBy ?? 'system', at: data.at };
}
