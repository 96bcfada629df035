import type { RecordedEvent } from '@deskstream/kernel';
import type { Projection } from '@deskstream/readmodels';
import { SERVICE_REQUEST_CATEGORY, SERVICE_REQUEST_EVENT_TYPES, type ServiceRequestNote } from '../domain/service-request.events';
import { asServiceRequestEvent, requestIdOf } from './service-request-event';
import { headerOf, stampOf, type ServiceRequestHeader } from './service-request-header';

export interface ApprovalView {
  readonly approver: string;
  readonly decision: 'pending' | 'approved' | 'rejected';
  readonly comment: string | null;
  readonly at: string | null;
}

export interface FulfilmentTaskView {
  readonly taskId: string;
  readonly title: string;
  readonly assignee: string;
  readonly assignmentGroup: string | null;
  readonly status: 'open' | 'completed';
  readonly addedBy: string;
  readonly addedAt: string;
  readonly completedBy: string | null;
  readonly completedAt: string | null;
  readonly notes: string | null;
}

/** Everything a person looking at one request needs, as of its last event. */
export interface ServiceRequestDetailDocument extends ServiceRequestHeader {
  readonly description: string;
  readonly approvals: readonly ApprovalView[];
  readonly tasks: readonly FulfilmentTaskView[];
  readonly approvedAt: string | null;
  readonly rejectedAt: string | null;
  readonly rejectionReason: string | null;
  readonly fulfilledAt: string | null;
  readonly fulfilledBy: string | null;
  readonly fulfilmentNotes: string | null;
  readonly closedAt: string | null;
  readonly cancelledAt: string | null;
  readonly cancellationReason: string | null;
  readonly impact: 1 | 2 | 3 | null;
  readonly urgency: 1 | 2 | 3 | null;
  /** Public comments and internal work notes, oldest first; requesters are shown the public ones only. */
  readonly notes: readonly ServiceRequestNote[];
}

export const SERVICE_REQUEST_DETAIL_COLLECTION = 'service-request-details';

function decide(approvals: readonly ApprovalView[], approver: string, change: Omit<ApprovalView, 'approver'>): ApprovalView[] {
  return approvals.map((a) => (a.approver === approver ? { approver, ...change } : a));
}

/** Pure reducer shared by the stored read model and the as-of view folded from the stream. */
export function applyToServiceRequestDetail(doc: ServiceRequestDetailDocument | null, recorded: RecordedEvent): ServiceRequestDetailDocument | null {
  const event = asServiceRequestEvent(recorded);
  if (!event) return doc;
  const stamp = stampOf(recorded, event);
  if (event.type === 'ServiceRequestDrafted' || event.type === 'ServiceRequestSubmitted') {
    const { description, approvers, at } = event.data;
    const submitted = event.type === 'ServiceRequestSubmitted';
    return {
      ...headerOf(doc, recorded, event),
      description,
      approvals: approvers.map((approver) => ({ approver, decision: 'pending', comment: null, at: null })),
      tasks: [],
      approvedAt: submitted && approvers.length === 0 ? at : null,
      rejectedAt: null,
      rejectionReason: null,
      fulfilledAt: null,
      fulfilledBy: null,
      fulfilmentNotes: null,
      closedAt: null,
      cancelledAt: null,
      cancellationReason: null,
      impact: doc?.impact ?? null,
      urgency: doc?.urgency ?? null,
      notes: doc?.notes ?? [],
    };
  }
  if (!doc) return null;
  switch (event.type) {
    case 'ServiceRequestApprovalGranted': {
      const { approver, comment } = event.data;
      return { ...doc, ...stamp, approvals: decide(doc.approvals, approver, { decision: 'approved', comment, at: event.data.at }) };
    }
    case 'ServiceRequestApproved':
      return { ...doc, ...stamp, status: 'approved', approvedAt: event.data.at };
    case 'ServiceRequestRejected': {
      const { approver, reason } = event.data;
      const approvals = decide(doc.approvals, approver, { decision: 'rejected', comment: reason, at: event.data.at });
      return { ...doc, ...stamp, status: 'rejected', approvals, rejectedAt: event.data.at, rejectionReason: reason };
    }
    case 'FulfilmentTaskAdded': {
      const { taskId, title, assignee, assignmentGroup, by } = event.data;
      const task: FulfilmentTaskView = {
        taskId,
        title,
        assignee,
        assignmentGroup,
        status: 'open',
        addedBy: by,
        addedAt: event.data.at,
        completedBy: null,
        completedAt: null,
        notes: null,
      };
      return { ...doc, ...stamp, tasks: [...doc.tasks, task] };
    }
    case 'FulfilmentTaskCompleted': {
      const { taskId, notes, by } = event.data;
      const tasks = doc.tasks.map((t) =>
        t.taskId === taskId ? { ...t, status: 'completed' as const, completedBy: by, completedAt: event.data.at, notes } : t,
      );
      return { ...doc, ...stamp, tasks };
    }
    case 'ServiceRequestFulfilled':
      return { ...doc, ...stamp, status: 'fulfilled', fulfilledAt: event.data.at, fulfilledBy: event.data.by, fulfilmentNotes: event.data.notes };
    case 'ServiceRequestClosed':
      return { ...doc, ...stamp, status: 'closed', closedAt: event.data.at };
    case 'ServiceRequestCancelled':
      return { ...doc, ...stamp, status: 'cancelled', cancelledAt: event.data.at, cancellationReason: event.data.reason };
    case 'ServiceRequestAssigned':
      return { ...doc, ...stamp, group: event.data.group, assignee: event.data.assignee };
    case 'ServiceRequestClassified': {
      const { impact, urgency, priority } = event.data;
      return { ...doc, ...stamp, impact, urgency, priority };
    }
    case 'ServiceRequestNoteAdded': {
      const { noteId, visibility, text, by, at } = event.data;
      return { ...doc, ...stamp, notes: [...(doc.notes ?? []), { noteId, visibility, text, by, at }] };
    }
  }
}

export const serviceRequestDetailProjection: Projection<ServiceRequestDetailDocument> = {
  name: 'incidents.service-request-detail.v3',
  collection: SERVICE_REQUEST_DETAIL_COLLECTION,
  categories: [SERVICE_REQUEST_CATEGORY],
  handles: SERVICE_REQUEST_EVENT_TYPES,
  documentId: requestIdOf,
  apply: applyToServiceRequestDetail,
  indexes: [['reference']],
};
