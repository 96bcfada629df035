import type { RecordedOf } from '@deskstream/readmodels';
import type { ServiceRequestEvent } from '../domain/service-request.events';
import { asServiceRequestEvent } from './service-request-event';
import type { TicketSlaClockObserved } from '../domain/ticket-sla.decider';
import { headerOf, stampOf, type ServiceRequestHeader } from './service-request-header';
import { slaFields, type TicketSlaFields } from './ticket-sla-fields';

/** One line of a request list: what the queue and "my requests" both show. */
export interface ServiceRequestSummary extends ServiceRequestHeader, TicketSlaFields {
  /** Approvers who have not decided yet, while the request awaits approval. */
  readonly pendingApprovers: readonly string[];
  readonly openTasks: number;
  readonly taskCount: number;
  /** Lower-cased catalog item and description: what text search (`q`) looks in. */
  readonly searchText: string;
}

/**
 * Pure reducer behind both list projections. `includeDrafts` is false for the fulfilment queue: a
 * draft is the requester's own business until it is submitted.
 */
export function applyToSummary(
  doc: ServiceRequestSummary | null,
  recorded: RecordedOf<ServiceRequestEvent | TicketSlaClockObserved>,
  includeDrafts: boolean,
): ServiceRequestSummary | null {
  if (recorded.type === 'TicketSlaClockObserved') {
    // The fulfilment clock of a request on this list (an incident's clock has no line here).
    return doc ? { ...doc, ...slaFields(recorded.data.slaDueAt), position: recorded.position } : null;
  }
  const event = asServiceRequestEvent(recorded);
  if (!event) return doc;
  const stamp = stampOf(recorded, event);
  if (event.type === 'ServiceRequestDrafted' || event.type === 'ServiceRequestSubmitted') {
    const submitted = event.type === 'ServiceRequestSubmitted';
    if (!submitted && !includeDrafts) return null;
    return {
      ...headerOf(doc, recorded, event),
      pendingApprovers: submitted ? [...event.data.approvers] : [],
      openTasks: 0,
      taskCount: 0,
      searchText: `${event.data.catalogItem}\n${event.data.description}`.toLowerCase(),
      ...slaFields(doc?.slaDueAt ?? null),
    };
  }
  if (!doc) return null;
  switch (event.type) {
    case 'ServiceRequestApprovalGranted':
      return { ...doc, ...stamp, pendingApprovers: doc.pendingApprovers.filter((a) => a !== event.data.approver) };
    case 'ServiceRequestApproved':
      return { ...doc, ...stamp, status: 'approved', pendingApprovers: [] };
    case 'ServiceRequestRejected':
      return { ...doc, ...stamp, status: 'rejected', pendingApprovers: [] };
    case 'FulfilmentTaskAdded':
      return { ...doc, ...stamp, openTasks: doc.openTasks + 1, taskCount: doc.taskCount + 1 };
    case 'FulfilmentTaskCompleted':
      return { ...doc, ...stamp, openTasks: doc.openTasks - 1 };
    case 'ServiceRequestFulfilled':
      return { ...doc, ...stamp, status: 'fulfilled' };
    case 'ServiceRequestClosed':
      return { ...doc, ...stamp, status: 'closed' };
    case 'ServiceRequestCancelled':
      return { ...doc, ...stamp, status: 'cancelled', pendingApprovers: [] };
    case 'ServiceRequestNoteAdded':
      return { ...doc, ...stamp };
    case 'ServiceRequestAssigned':
      return { ...doc, ...stamp, group: event.data.group, assignee: event.data.assignee };
    case 'ServiceRequestClassified':
      return { ...doc, ...stamp, priority: event.data.priority };
  }
}
