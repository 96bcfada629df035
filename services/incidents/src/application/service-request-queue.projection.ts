import { projectionOf, type Projection } from '@deskstream/readmodels';
import { SERVICE_REQUEST_CATEGORY, SERVICE_REQUEST_EVENT_TYPES, type ServiceRequestEvent } from '../domain/service-request.events';
import { TICKET_SLA_CATEGORY, TICKET_SLA_EVENT_TYPES, type TicketSlaClockObserved } from '../domain/ticket-sla.decider';
import { requestIdOf } from './service-request-event';
import { applyToSummary, type ServiceRequestSummary } from './service-request-summary';

/** The fulfilment queue of service requests: its own collection, never mixed with incidents. */
export const SERVICE_REQUEST_QUEUE_COLLECTION = 'service-request-queue';

export const serviceRequestQueueProjection: Projection<ServiceRequestSummary> = projectionOf<
  ServiceRequestEvent | TicketSlaClockObserved,
  ServiceRequestSummary
>({
  name: 'incidents.service-request-queue.v3',
  collection: SERVICE_REQUEST_QUEUE_COLLECTION,
  categories: [SERVICE_REQUEST_CATEGORY, TICKET_SLA_CATEGORY],
  handles: [...SERVICE_REQUEST_EVENT_TYPES, ...TICKET_SLA_EVENT_TYPES],
  documentId: requestIdOf,
  apply: (doc, event) => applyToSummary(doc, event, false),
  indexes: [
    ['status', 'submittedAt'],
    ['catalogItem', 'submittedAt'],
    ['requestedFor', 'submittedAt'],
    ['status', 'slaSortKey'],
    ['group', 'submittedAt'],
  ],
});
