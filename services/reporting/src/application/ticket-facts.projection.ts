import { parseStreamName } from '@deskstream/kernel';
import { projectionOf, type StoredDocument } from '@deskstream/readmodels';
import type { TicketActivityObserved } from '../domain/ticket-activity.events';
import { evolveTicketFacts, unknownTicket, type TicketFacts } from '../domain/ticket-facts';
import { TICKET_ACTIVITY_CATEGORY } from './reporting-streams';

export type TicketFactsDocument = StoredDocument & TicketFacts;

export const TICKET_FACTS_COLLECTION = 'reporting-ticket-facts';

/** One fact record per ticket, kept current, with the history of its dimensions for as-of queries. */
export const ticketFactsProjection = projectionOf<TicketActivityObserved, TicketFactsDocument>({
  name: 'reporting.ticket-facts.v1',
  collection: TICKET_FACTS_COLLECTION,
  categories: [TICKET_ACTIVITY_CATEGORY],
  handles: ['TicketActivityObserved'],
  documentId: (event) => parseStreamName(event.streamId).id,
  apply: (doc, event) => {
    const ticketId = parseStreamName(event.streamId).id;
    const facts = evolveTicketFacts(doc ?? unknownTicket(ticketId), event.data);
    return { ...facts, id: ticketId, tenantId: event.metadata.tenantId, position: event.position };
  },
  indexes: [['openedAt'], ['resolvedAt'], ['status'], ['reference'], ['position']],
});
