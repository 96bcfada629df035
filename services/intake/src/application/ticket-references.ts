import type { CommandContext } from '@deskstream/kernel';
import type { TicketKind } from '../domain/intake-levels';

/**
 * The incidents service's reference sequences, which intake draws from before the ticket exists, so
 * the 202 carries INC.../REQ... at once. The incidents service provides the implementation.
 */
export interface TicketReferences {
  allocate(kind: TicketKind, context: CommandContext, ticketId: string, occurredAt: string): Promise<string>;
}

export const TICKET_REFERENCES = Symbol('TicketReferences');
