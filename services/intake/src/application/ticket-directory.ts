import { INCIDENT_EVENTS, TOPICS, type IncidentOpenedV1 } from '@deskstream/contracts';
import type { DeliveredMessage } from '@deskstream/messaging';
import { KEYS_AT_ONCE } from '@deskstream/platform';
import type { DocumentCollection, DocumentStore, StoredDocument } from '@deskstream/readmodels';

export const TICKET_DIRECTORY_COLLECTION = 'intake-ticket-directory';

/** What intake knows of a ticket to route mail about it: whose it is and whether it still takes comments. Id = ticket id. */
export interface KnownTicket extends StoredDocument {
  readonly ticketId: string;
  readonly reference: string;
  readonly caller: string;
  readonly open: boolean;
}

const OPENS: readonly string[] = [INCIDENT_EVENTS.opened, INCIDENT_EVENTS.reopened];
const ENDS: readonly string[] = [INCIDENT_EVENTS.closed, INCIDENT_EVENTS.cancelled];

/**
 * Intake's own copy of the incidents it may route replies to, kept from the incidents service's
 * integration events (behind the inbox) and from the tickets intake itself asks to be opened, so that
 * a reply sent right after the acknowledgement already finds its ticket. The bus offset orders the
 * writes: the messages of one ticket share its key and so one partition.
 */
export class TicketDirectory {
  readonly name = 'intake.ticket-directory';
  readonly topics = [TOPICS.incidents];
  /** One document per ticket, keyed by it: tickets need not wait for each other. */
  readonly concurrency = KEYS_AT_ONCE;
  private readonly tickets: DocumentCollection<KnownTicket>;

  constructor(private readonly documents: DocumentStore) {
    this.tickets = documents.collection<KnownTicket>(TICKET_DIRECTORY_COLLECTION);
  }

  ensureIndexes(): Promise<void> {
    return this.documents.ensureIndexes(TICKET_DIRECTORY_COLLECTION, [['reference']]);
  }

  async lookup(tenantId: string, reference: string): Promise<KnownTicket | null> {
    const { items } = await this.tickets.find(tenantId, { filter: { reference: reference.toUpperCase() }, limit: 1 });
    return items[0] ?? null;
  }

  /** A ticket intake has just asked for; the incidents service's own events take over from here. */
  async expect(tenantId: string, ticket: Pick<KnownTicket, 'ticketId' | 'reference' | 'caller'>): Promise<void> {
    await this.tickets.put({ ...ticket, id: ticket.ticketId, tenantId, position: 0, open: true });
  }

  async handle(message: DeliveredMessage): Promise<void> {
    const { event, offset } = message;
    const tenantId = event.tenantid;
    const position = offset + 1;
    if (event.type === INCIDENT_EVENTS.opened) {
      const { reference, caller } = event.data as IncidentOpenedV1;
      await this.tickets.put({ id: event.subject, tenantId, position, ticketId: event.subject, reference, caller, open: true });
      return;
    }
    if (!OPENS.includes(event.type) && !ENDS.includes(event.type)) return;
    const known = await this.tickets.get(tenantId, event.subject);
    if (known) await this.tickets.put({ ...known, position, open: OPENS.includes(event.type) });
  }
}
