import { assertNever } from '@deskstream/kernel';
import type { ServiceRequestDetails, ServiceRequestEvent } from './service-request.events';

export const SERVICE_REQUEST_STATUSES = ['draft', 'awaiting-approval', 'approved', 'rejected', 'fulfilled', 'closed', 'cancelled'] as const;
export type ServiceRequestStatus = (typeof SERVICE_REQUEST_STATUSES)[number];

export interface FulfilmentTask {
  readonly taskId: string;
  readonly assignee: string;
  readonly completed: boolean;
}

export interface RecordedServiceRequest {
  readonly status: ServiceRequestStatus;
  readonly details: ServiceRequestDetails;
  /** Approvers who have said yes so far. */
  readonly approvedBy: readonly string[];
  readonly tasks: readonly FulfilmentTask[];
  /** Ids of the notes added, so that a retried note is not added twice. */
  readonly noteIds: readonly string[];
}

export type ServiceRequestState = { readonly status: 'none' } | RecordedServiceRequest;

export const initialServiceRequestState = (): ServiceRequestState => ({ status: 'none' });

function recorded(state: ServiceRequestState): RecordedServiceRequest {
  if (state.status === 'none') throw new Error('Service request event applied before the request was recorded');
  return state;
}

/** A request with no approvers is for a pre-approved catalog item: it goes straight to fulfilment. */
export function statusOnSubmission(details: ServiceRequestDetails): ServiceRequestStatus {
  return details.approvers.length === 0 ? 'approved' : 'awaiting-approval';
}

function detailsOf(data: ServiceRequestDetails): ServiceRequestDetails {
  const { requestId, reference, catalogItem, description, requestedFor, requestedBy, approvers } = data;
  return { requestId, reference, catalogItem, description, requestedFor, requestedBy, approvers };
}

export function evolveServiceRequest(state: ServiceRequestState, event: ServiceRequestEvent): ServiceRequestState {
  switch (event.type) {
    case 'ServiceRequestDrafted':
      return { status: 'draft', details: detailsOf(event.data), approvedBy: [], tasks: [], noteIds: [] };
    case 'ServiceRequestSubmitted': {
      const details = detailsOf(event.data);
      const noteIds = state.status === 'none' ? [] : state.noteIds;
      return { status: statusOnSubmission(details), details, approvedBy: [], tasks: [], noteIds };
    }
    case 'ServiceRequestApprovalGranted': {
      const current = recorded(state);
      return { ...current, approvedBy: [...current.approvedBy, event.data.approver] };
    }
    case 'ServiceRequestApproved':
      return { ...recorded(state), status: 'approved' };
    case 'ServiceRequestRejected':
      return { ...recorded(state), status: 'rejected' };
    case 'FulfilmentTaskAdded': {
      const current = recorded(state);
      const task: FulfilmentTask = { taskId: event.data.taskId, assignee: event.data.assignee, completed: false };
      return { ...current, tasks: [...current.tasks, task] };
    }
    case 'FulfilmentTaskCompleted': {
      const current = recorded(state);
      const tasks = current.tasks.map((t) => (t.taskId === event.data.taskId ? { ...t, completed: true } : t));
      return { ...current, tasks };
    }
    case 'ServiceRequestFulfilled':
      return { ...recorded(state), status: 'fulfilled' };
    case 'ServiceRequestClosed':
      return { ...recorded(state), status: 'closed' };
    case 'ServiceRequestCancelled':
      return { ...recorded(state), status: 'cancelled' };
    case 'ServiceRequestAssigned':
    case 'ServiceRequestClassified':
      return recorded(state);
    case 'ServiceRequestNoteAdded': {
      const current = recorded(state);
      return { ...current, noteIds: [...current.noteIds, event.data.noteId] };
    }
    default:
      return assertNever(event, 'service request event');
  }
}
