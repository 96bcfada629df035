import type { IncidentPriorityV1 } from './incident-events';

/**
 * Integration events of service requests, published by the incidents service on
 * TOPICS.serviceRequests keyed by request id (CloudEvents `subject` = request id). Versioned: a
 * breaking change to a data shape is a new type (`...v2`), never an edit of these.
 */
export const SERVICE_REQUEST_EVENTS = {
  submitted: 'deskstream.incidents.service-request-submitted.v1',
  approvalGranted: 'deskstream.incidents.service-request-approval-granted.v1',
  approved: 'deskstream.incidents.service-request-approved.v1',
  rejected: 'deskstream.incidents.service-request-rejected.v1',
  taskAdded: 'deskstream.incidents.service-request-task-added.v1',
  taskCompleted: 'deskstream.incidents.service-request-task-completed.v1',
  fulfilled: 'deskstream.incidents.service-request-fulfilled.v1',
  closed: 'deskstream.incidents.service-request-closed.v1',
  cancelled: 'deskstream.incidents.service-request-cancelled.v1',
  noteAdded: 'deskstream.incidents.service-request-note-added.v1',
  assigned: 'deskstream.incidents.service-request-assigned.v1',
  classified: 'deskstream.incidents.service-request-classified.v1',
} as const;

export type ServiceRequestIntegrationEventType = (typeof SERVICE_REQUEST_EVENTS)[keyof typeof SERVICE_REQUEST_EVENTS];

/** Every payload names the request; `at` is when it happened (ISO 8601), `by` the acting user id. */
interface ServiceRequestFact {
  readonly requestId: string;
  readonly at: string;
}

export interface ServiceRequestSubmittedV1 extends ServiceRequestFact {
  readonly reference: string;
  readonly catalogItem: string;
  readonly description: string;
  readonly requestedFor: string;
  readonly requestedBy: string;
  /** Empty for a pre-approved catalog item: fulfilment starts at once. */
  readonly approvers: readonly string[];
  readonly by: string;
}

export interface ServiceRequestApprovalGrantedV1 extends ServiceRequestFact {
  readonly approver: string;
  readonly comment: string | null;
}

export interface ServiceRequestApprovedV1 extends ServiceRequestFact {
  readonly approvedBy: readonly string[];
}

export interface ServiceRequestRejectedV1 extends ServiceRequestFact {
  readonly approver: string;
  readonly reason: string;
}

export interface ServiceRequestTaskAddedV1 extends ServiceRequestFact {
  readonly taskId: string;
  readonly title: string;
  readonly assignee: string;
  readonly assignmentGroup: string | null;
  readonly by: string;
}

export interface ServiceRequestTaskCompletedV1 extends ServiceRequestFact {
  readonly taskId: string;
  readonly notes: string | null;
  readonly by: string;
}

export interface ServiceRequestFulfilledV1 extends ServiceRequestFact {
  readonly notes: string | null;
  readonly by: string;
}

export interface ServiceRequestClosedV1 extends ServiceRequestFact {
  readonly by: string;
}

export interface ServiceRequestCancelledV1 extends ServiceRequestFact {
  readonly reason: string;
  readonly by: string;
}

/** A public comment or an internal work note; the text only for public comments, which the requester sees anyway. */
export interface ServiceRequestNoteAddedV1 extends ServiceRequestFact {
  readonly noteId: string;
  readonly visibility: 'internal' | 'public';
  readonly comment: string | null;
  readonly by: string;
}

/** The group fulfilling the request, and perhaps one of its people (a later assignment replaces it). */
export interface ServiceRequestAssignedV1 extends ServiceRequestFact {
  readonly group: string;
  readonly assignee: string | null;
  readonly by: string;
}

/** Impact and urgency, 1 (high) to 3 (low), and the priority the tenant's matrix gives them. */
export interface ServiceRequestClassifiedV1 extends ServiceRequestFact {
  readonly impact: 1 | 2 | 3;
  readonly urgency: 1 | 2 | 3;
  readonly priority: IncidentPriorityV1;
  readonly by: string;
}

/** The payload of each integration event type, for consumers that switch on `type`. */
export interface ServiceRequestIntegrationEventData {
  [SERVICE_REQUEST_EVENTS.submitted]: ServiceRequestSubmittedV1;
  [SERVICE_REQUEST_EVENTS.approvalGranted]: ServiceRequestApprovalGrantedV1;
  [SERVICE_REQUEST_EVENTS.approved]: ServiceRequestApprovedV1;
  [SERVICE_REQUEST_EVENTS.rejected]: ServiceRequestRejectedV1;
  [SERVICE_REQUEST_EVENTS.taskAdded]: ServiceRequestTaskAddedV1;
  [SERVICE_REQUEST_EVENTS.taskCompleted]: ServiceRequestTaskCompletedV1;
  [SERVICE_REQUEST_EVENTS.fulfilled]: ServiceRequestFulfilledV1;
  [SERVICE_REQUEST_EVENTS.closed]: ServiceRequestClosedV1;
  [SERVICE_REQUEST_EVENTS.cancelled]: ServiceRequestCancelledV1;
  [SERVICE_REQUEST_EVENTS.noteAdded]: ServiceRequestNoteAddedV1;
  [SERVICE_REQUEST_EVENTS.assigned]: ServiceRequestAssignedV1;
  [SERVICE_REQUEST_EVENTS.classified]: ServiceRequestClassifiedV1;
}
