import { projectionOf, type Projection } from '@deskstream/readmodels';
import { SERVICE_REQUEST_CATEGORY, SERVICE_REQUEST_EVENT_TYPES, type ServiceRequestEvent } from '../domain/service-request.events';
import { TICKET_SLA_CATEGORY, TICKET_SLA_EVENT_TYPES, type TicketSlaClockObserved } from '../domain/ticket-sla.decider';
import { requestIdOf } from './service-request-event';
import { applyToSummary, type ServiceRequestSummary } from './service-request-summary';

/** "My requests": what a requester raised or what was raised for them, drafts included. */
export const MY_SERVICE_REQUESTS_COLLECTION = 'my-service-requests';

export const myServiceRequestsProjection: Projection<ServiceRequestSummary> = projectionOf<ServiceRequestEvent | TicketSlaClockObserved, ServiceRequestSummary>(
  {
    name: 'incidents.my-service-requests.v3',
    collection: MY_SERVICE_REQUESTS_COLLECTION,
    categories: [SERVICE_REQUEST_CATEGORY, TICKET_SLA_CATEGORY],
    handles: [...SERVICE_REQUEST_EVENT_TYPES, ...TICKET_SLA_EVENT_TYPES],
    documentId: requestIdOf,
    apply: (doc, event) => applyToSummary(doc, event, true),
    indexes: [
      ['requestedFor', 'createdAt'],
      ['requestedBy', 'createdAt'],
    ],
  },
);
