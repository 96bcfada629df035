import type { Message } from '@deskstream/kernel';
import type { NoteVisibility } from './incident.events';
import type { Priority } from './priority-matrix';

/** Domain events of one service request. Type strings are stable: stored events are read back by them. */

/** What the requester asked for; fixed once submitted. */
export interface ServiceRequestDetails {
  readonly requestId: string;
  readonly reference: string;
  readonly catalogItem: string;
  readonly description: string;
  readonly requestedFor: string;
  readonly requestedBy: string;
  /** User ids whose approval is needed; empty for a pre-approved catalog item. */
  readonly approvers: readonly string[];
}

export type ServiceRequestDrafted = Message<'ServiceRequestDrafted', ServiceRequestDetails & { readonly at: string }>;

export type ServiceRequestSubmitted = Message<'ServiceRequestSubmitted', ServiceRequestDetails & { readonly by: string; readonly at: string }>;

/** One approver said yes; the request is approved only when every approver has. */
export type ServiceRequestApprovalGranted = Message<
  'ServiceRequestApprovalGranted',
  { readonly requestId: string; readonly approver: string; readonly comment: string | null; readonly at: string }
>;

export type ServiceRequestApproved = Message<
  'ServiceRequestApproved',
  { readonly requestId: string; readonly approvedBy: readonly string[]; readonly at: string }
>;

export type ServiceRequestRejected = Message<
  'ServiceRequestRejected',
  { readonly requestId: string; readonly approver: string; readonly reason: string; readonly at: string }
>;

export type FulfilmentTaskAdded = Message<
  'FulfilmentTaskAdded',
  {
    readonly requestId: string;
    readonly taskId: string;
    readonly title: string;
    readonly assignee: string;
    readonly assignmentGroup: string | null;
    readonly by: string;
    readonly at: string;
  }
>;

export type FulfilmentTaskCompleted = Message<
  'FulfilmentTaskCompleted',
  { readonly requestId: string; readonly taskId: string; readonly notes: string | null; readonly by: string; readonly at: string }
>;

export type ServiceRequestFulfilled = Message<
  'ServiceRequestFulfilled',
  { readonly requestId: string; readonly notes: string | null; readonly by: string; readonly at: string }
>;

export type ServiceRequestClosed = Message<'ServiceRequestClosed', { readonly requestId: string; readonly by: string; readonly at: string }>;

export type ServiceRequestCancelled = Message<
  'ServiceRequestCancelled',
  { readonly requestId: string; readonly reason: string; readonly by: string; readonly at: string }
>;

export interface ServiceRequestNote {
  readonly noteId: string;
  /** Internal work notes stay with the desk; public comments are visible to the requester. */
  readonly visibility: NoteVisibility;
  readonly text: string;
  readonly by: string;
  readonly at: string;
}

export type ServiceRequestNoteAdded = Message<'ServiceRequestNoteAdded', ServiceRequestNote & { readonly requestId: string }>;

export type ServiceRequestAssigned = Message<
  'ServiceRequestAssigned',
  { readonly requestId: string; readonly group: string; readonly assignee: string | null; readonly by: string; readonly at: string }
>;

export type ServiceRequestClassified = Message<
  'ServiceRequestClassified',
  {
    readonly requestId: string;
    readonly impact: 1 | 2 | 3;
    readonly urgency: 1 | 2 | 3;
    readonly priority: Priority;
    readonly by: string;
    readonly at: string;
  }
>;

export type ServiceRequestEvent =
  | ServiceRequestDrafted
  | ServiceRequestSubmitted
  | ServiceRequestApprovalGranted
  | ServiceRequestApproved
  | ServiceRequestRejected
  | FulfilmentTaskAdded
  | FulfilmentTaskCompleted
  | ServiceRequestFulfilled
  | ServiceRequestClosed
  | ServiceRequestCancelled
  | ServiceRequestNoteAdded
  | ServiceRequestAssigned
  | ServiceRequestClassified;

export type ServiceRequestEventType = ServiceRequestEvent['type'];

export const SERVICE_REQUEST_EVENT_TYPES: readonly ServiceRequestEventType[] = [
  'ServiceRequestDrafted',
  'ServiceRequestSubmitted',
  'ServiceRequestApprovalGranted',
  'ServiceRequestApproved',
  'ServiceRequestRejected',
  'FulfilmentTaskAdded',
  'FulfilmentTaskCompleted',
  'ServiceRequestFulfilled',
  'ServiceRequestClosed',
  'ServiceRequestCancelled',
  'ServiceRequestNoteAdded',
  'ServiceRequestAssigned',
  'ServiceRequestClassified',
];

/** Stream category of service requests: `servicerequest-<tenant>.<requestId>`. */
export const SERVICE_REQUEST_CATEGORY = 'servicerequest';
