import type { Clock, CommandContext, EventStore, IdGenerator } from '@deskstream/kernel';
import { REQUEST_REFERENCES, ticketReferenceSequence, type TicketReferenceSequence } from '@deskstream/eventstore';

export interface AllocatedReference {
  readonly number: number;
  readonly reference: string;
}

/** REQ numbers per tenant, from the shared counter `requestref-<tenant>.counter` (see ticketReferenceSequence). */
export class RequestReferences {
  private readonly sequence: TicketReferenceSequence;

  constructor(
    store: EventStore,
    private readonly clock: Clock,
    ids: IdGenerator,
  ) {
    this.sequence = ticketReferenceSequence(store, ids, REQUEST_REFERENCES, 20);
  }

  async allocate(requestId: string, context: CommandContext): Promise<AllocatedReference> {
    const { number, reference } = await this.sequence.allocate(context, requestId, () => this.clock.now().toISOString());
    return { number, reference };
  }

  /** The request id a reference names in this tenant, or null for a reference never handed out here. */
  resolve(tenantId: string, reference: string): Promise<string | null> {
    return this.sequence.resolve(tenantId, reference);
  }
}
