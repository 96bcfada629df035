import type { CommandContext, EventStore, IdGenerator } from '@deskstream/kernel';
import { INCIDENT_REFERENCES, REQUEST_REFERENCES, ticketReferenceSequence, type TicketReferenceSequence } from '@deskstream/eventstore';
import type { TicketKind } from '../domain/intake-levels';

/**
 * The tenant's INC / REQ numbers, which intake draws before the ticket exists, so that the 202 (and the
 * mail acknowledgement) carries the reference at once. The sequences are shared with the incidents
 * service, which draws from the same counters for tickets opened on its own API.
 */
export class TicketReferences {
  private readonly sequences: Record<TicketKind, TicketReferenceSequence>;

  constructor(store: EventStore, ids: IdGenerator) {
    this.sequences = {
      incident: ticketReferenceSequence(store, ids, INCIDENT_REFERENCES),
      'service-request': ticketReferenceSequence(store, ids, REQUEST_REFERENCES),
    };
  }

  async allocate(kind: TicketKind, context: CommandContext, ticketId: string, occurredAt: string): Promise<string> {
    const { reference } = await this.sequences[kind].allocate(context, ticketId, () => occurredAt);
    return reference;
  }
}
