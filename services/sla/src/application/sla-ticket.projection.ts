import { parseStreamName } from '@deskstream/kernel';
import { projectionOf, type RecordedOf, type StoredDocument } from '@deskstream/readmodels';
import type { SlaTicketEvent } from '../domain/sla-ticket.events';
import { SLA_TICKET_EVENT_TYPES } from '../domain/sla-ticket.events';
import { evolveSlaTicket, initialSlaTicketState, type SlaTicketState } from '../domain/sla-ticket.state';
import { TICKET_CATEGORY } from './sla-tickets';

/** One ticket's service levels: its folded state (history and clocks) and the fields queues filter and sort on. */
export interface SlaTicketDocument extends StoredDocument {
  readonly reference: string;
  readonly state: SlaTicketState;
  readonly group: string | null;
  readonly status: string;
  /** Some clock of the ticket has breached (and was not cancelled). */
  readonly breached: boolean;
  /** The soonest due instant of the running clocks, or null. */
  readonly nextDueAt: string | null;
  readonly openedAt: string;
  readonly updatedAt: string;
}

/** The reducer shared by the projection, the consistent read and the as-of read. */
export function applyToSlaTicket(doc: SlaTicketDocument | null, event: RecordedOf<SlaTicketEvent>): SlaTicketDocument | null {
  const state = evolveSlaTicket(doc?.state ?? initialSlaTicketState(), event);
  if (state.status === 'untracked') return doc;
  const clocks = Object.values(state.clocks).map((clock) => clock.snapshot);
  const facts = state.observations[state.observations.length - 1]!.facts;
  const due = clocks
    .filter((clock) => clock.stage === 'in-progress')
    .map((clock) => clock.dueAt)
    .sort();
  return {
    id: state.ticketId,
    tenantId: event.metadata.tenantId,
    position: event.position,
    reference: state.reference,
    state,
    group: facts.group,
    status: facts.status,
    breached: clocks.some((clock) => clock.breached && clock.stage !== 'cancelled'),
    nextDueAt: due[0] ?? null,
    openedAt: new Date(state.observations[0]!.at).toISOString(),
    updatedAt: event.metadata.occurredAt,
  };
}

export const SLA_TICKETS = 'sla-tickets';

export const slaTicketProjection = projectionOf<SlaTicketEvent, SlaTicketDocument>({
  name: 'sla.tickets.v1',
  collection: SLA_TICKETS,
  categories: [TICKET_CATEGORY],
  handles: SLA_TICKET_EVENT_TYPES,
  documentId: (event) => parseStreamName(event.streamId).id,
  apply: applyToSlaTicket,
  indexes: [['reference'], ['breached', 'group'], ['nextDueAt'], ['openedAt']],
});
