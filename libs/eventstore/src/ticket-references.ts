import type { EventStore, IdGenerator } from '@deskstream/kernel';
import { ReferenceSequence } from './reference-sequence';

/**
 * The numbers people quote for tickets (INC0001001, REQ0001001): one counter per tenant and kind,
 * shared by every service that creates such tickets, so that intake can answer a submission with the
 * reference before the incidents service has opened the ticket, and a reference names one ticket only.
 * The counter streams (`incidentref-<tenant>.counter`, `requestref-<tenant>.counter`) are the one
 * piece of the event store that more than one service appends to; nothing else reads them.
 */
export interface TicketReferenceScheme {
  readonly prefix: 'INC' | 'REQ';
  readonly category: string;
  readonly eventType: string;
  /** Name of the allocation event's field that holds the ticket id. */
  readonly ownerField: 'incidentId' | 'requestId';
}

/** The first reference of a tenant is ...0001001, as a user quoting it over the phone expects. */
export const FIRST_TICKET_NUMBER = 1001;

export const INCIDENT_REFERENCES: TicketReferenceScheme = {
  prefix: 'INC',
  category: 'incidentref',
  eventType: 'IncidentReferenceAllocated',
  ownerField: 'incidentId',
};

export const REQUEST_REFERENCES: TicketReferenceScheme = {
  prefix: 'REQ',
  category: 'requestref',
  eventType: 'RequestReferenceAllocated',
  ownerField: 'requestId',
};

export function formatTicketReference(scheme: TicketReferenceScheme, number: number): string {
  return `${scheme.prefix}${String(number).padStart(7, '0')}`;
}

/** The number inside a reference of this kind (any letter case), or null when the text is not one. */
export function parseTicketReference(scheme: TicketReferenceScheme, text: string): number | null {
  const match = new RegExp(`^${scheme.prefix}(\\d{7,})$`).exec(text.toUpperCase());
  const number = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(number) && number >= FIRST_TICKET_NUMBER ? number : null;
}

type Allocation = Readonly<Record<string, string | number>>;

/** The tenant's reference sequence of one kind of ticket. */
export function ticketReferenceSequence(store: EventStore, ids: IdGenerator, scheme: TicketReferenceScheme, maxConflictRetries = 99) {
  return new ReferenceSequence<Allocation>(store, ids, {
    category: scheme.category,
    eventType: scheme.eventType,
    firstNumber: FIRST_TICKET_NUMBER,
    format: (number) => formatTicketReference(scheme, number),
    parse: (reference) => parseTicketReference(scheme, reference),
    data: ({ number, reference, owner }) => ({ number, reference, [scheme.ownerField]: owner }),
    ownerOf: (data) => String(data[scheme.ownerField]),
    maxConflictRetries,
  });
}

export type TicketReferenceSequence = ReturnType<typeof ticketReferenceSequence>;
