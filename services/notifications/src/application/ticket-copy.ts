import type { DocumentCollection, DocumentStore, StoredDocument } from '@deskstream/readmodels';
import type { TicketFacts } from '../domain/notification-trigger';

export const TICKET_COPY_COLLECTION = 'notifications-tickets';

interface TicketDocument extends StoredDocument {
  readonly ticket: TicketFacts;
}

/**
 * The notification service's own copy of what it must know of each ticket (caller, group, assignee,
 * approvers, the major-incident manager and the next update due), kept from the ticket's events. One
 * ticket's events arrive in order on its key, so each write simply follows the one before.
 */
export class TicketCopy {
  private readonly tickets: DocumentCollection<TicketDocument>;

  constructor(documents: DocumentStore) {
    this.tickets = documents.collection<TicketDocument>(TICKET_COPY_COLLECTION);
  }

  async get(tenantId: string, id: string): Promise<TicketFacts | null> {
    return (await this.tickets.get(tenantId, id))?.ticket ?? null;
  }

  async put(tenantId: string, ticket: TicketFacts): Promise<void> {
    const stored = await this.tickets.get(tenantId, ticket.id);
    await this.tickets.put({ id: ticket.id, tenantId, position: (stored?.position ?? 0) + 1, ticket });
  }
}
