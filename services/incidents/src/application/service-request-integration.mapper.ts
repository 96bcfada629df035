import {
  SERVICE_REQUEST_EVENTS,
  SOURCES,
  TOPICS,
  type ServiceRequestIntegrationEventData,
  type ServiceRequestIntegrationEventType,
} from '@deskstream/contracts';
import type { RecordedEvent } from '@deskstream/kernel';
import { toCloudEvent, type IntegrationEventMapper, type OutgoingMessage } from '@deskstream/messaging';
import { SERVICE_REQUEST_CATEGORY, type ServiceRequestEvent } from '../domain/service-request.events';
import { asServiceRequestEvent } from './service-request-event';

type Published = {
  [T in ServiceRequestIntegrationEventType]: { type: T; data: ServiceRequestIntegrationEventData[T] };
}[ServiceRequestIntegrationEventType];

/** The contract payload of a domain event: fields are copied one by one so the domain can change freely. */
function toContract(event: ServiceRequestEvent): Published | null {
  switch (event.type) {
    case 'ServiceRequestDrafted':
      return null;
    case 'ServiceRequestSubmitted': {
      const { requestId, reference, catalogItem, description, requestedFor, requestedBy, approvers, by, at } = event.data;
      return {
        type: SERVICE_REQUEST_EVENTS.submitted,
        data: { requestId, reference, catalogItem, description, requestedFor, requestedBy, approvers: [...approvers], by, at },
      };
    }
    case 'ServiceRequestApprovalGranted': {
      const { requestId, approver, comment, at } = event.data;
      return { type: SERVICE_REQUEST_EVENTS.approvalGranted, data: { requestId, approver, comment, at } };
    }
    case 'ServiceRequestApproved': {
      const { requestId, approvedBy, at } = event.data;
      return { type: SERVICE_REQUEST_EVENTS.approved, data: { requestId, approvedBy: [...approvedBy], at } };
    }
    case 'ServiceRequestRejected': {
      const { requestId, approver, reason, at } = event.data;
      return { type: SERVICE_REQUEST_EVENTS.rejected, data: { requestId, approver, reason, at } };
    }
    case 'FulfilmentTaskAdded': {
      const { requestId, taskId, title, assignee, assignmentGroup, by, at } = event.data;
      return { type: SERVICE_REQUEST_EVENTS.taskAdded, data: { requestId, taskId, title, assignee, assignmentGroup, by, at } };
    }
    case 'FulfilmentTaskCompleted': {
      const { requestId, taskId, notes, by, at } = event.data;
      return { type: SERVICE_REQUEST_EVENTS.taskCompleted, data: { requestId, taskId, notes, by, at } };
    }
    case 'ServiceRequestFulfilled': {
      const { requestId, notes, by, at } = event.data;
      return { type: SERVICE_REQUEST_EVENTS.fulfilled, data: { requestId, notes, by, at } };
    }
    case 'ServiceRequestClosed': {
      const { requestId, by, at } = event.data;
      return { type: SERVICE_REQUEST_EVENTS.closed, data: { requestId, by, at } };
    }
    case 'ServiceRequestCancelled': {
      const { requestId, reason, by, at } = event.data;
      return { type: SERVICE_REQUEST_EVENTS.cancelled, data: { requestId, reason, by, at } };
    }
    case 'ServiceRequestNoteAdded': {
      const { requestId, noteId, visibility, text, by, at } = event.data;
      // Internal work notes stay with the desk: only a public comment's text is published.
      const comment = visibility === 'public' ? text : null;
      return { type: SERVICE_REQUEST_EVENTS.noteAdded, data: { requestId, noteId, visibility, comment, by, at } };
    }
    case 'ServiceRequestAssigned': {
      const { requestId, group, assignee, by, at } = event.data;
      return { type: SERVICE_REQUEST_EVENTS.assigned, data: { requestId, group, assignee, by, at } };
    }
    case 'ServiceRequestClassified': {
      const { requestId, impact, urgency, priority, by, at } = event.data;
      return { type: SERVICE_REQUEST_EVENTS.classified, data: { requestId, impact, urgency, priority, by, at } };
    }
  }
}

/**
 * Publishes every state change of a service request (drafts stay private) on the service-request
 * topic, keyed by request id so that one request's messages stay in order.
 */
export const serviceRequestIntegrationMapper: IntegrationEventMapper = {
  categories: [SERVICE_REQUEST_CATEGORY],
  map(recorded: RecordedEvent): OutgoingMessage[] {
    const event = asServiceRequestEvent(recorded);
    const published = event && toContract(event);
    if (!published) return [];
    const subject = published.data.requestId;
    return [
      {
        topic: TOPICS.serviceRequests,
        key: subject,
        event: toCloudEvent(recorded, { source: SOURCES.incidents, type: published.type, subject, data: published.data }),
      },
    ];
  },
};
