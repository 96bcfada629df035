import type { CommandContext, EventStore, IdGenerator } from '@deskstream/kernel';
import { INCIDENT_REFERENCES, ticketReferenceSequence, type TicketReferenceSequence } from '@deskstream/eventstore';

/** INC numbers per tenant, from the shared counter `incidentref-<tenant>.counter` (see ticketReferenceSequence). */
export class IncidentReferences {
  private readonly sequence: TicketReferenceSequence;

  constructor(store: EventStore, ids: IdGenerator) {
    this.sequence = ticketReferenceSequence(store, ids, INCIDENT_REFERENCES);
  }

  async allocate(context: CommandContext, incidentId: string, occurredAt: string): Promise<string> {
    const { reference } = await this.sequence.allocate(context, incidentId, () => occurredAt);
    return reference;
  }

  /**
   * Keeps imported tickets' own numbers where the counter has not reached them yet, and moves the
   * counter above the highest; returns the references kept, by incident id.
   */
  async claim(context: CommandContext, wanted: readonly { number: number; owner: string }[], occurredAt: string): Promise<Map<string, string>> {
    const claimed = await this.sequence.claim(context, wanted, () => occurredAt, '');
    return new Map(claimed.map(({ owner, reference }) => [owner, reference]));
  }

  /** The incident a reference went to in this tenant, or null for a reference never handed out here. */
  lookup(tenantId: string, reference: string): Promise<string | null> {
    return this.sequence.resolve(tenantId, reference);
  }
}
