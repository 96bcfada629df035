import { fold, NotFound, type Clock } from '@deskstream/kernel';
import type { DocumentStore, Filter } from '@deskstream/readmodels';
import type { ClockSnapshot } from '../domain/clock-snapshot';
import { clocksAsOf } from '../domain/clock-view';
import { slaTicketDecider } from '../domain/sla-ticket.decider';
import type { SlaNotificationDocument } from './sla-notification.projection';
import { SLA_TICKETS, type SlaTicketDocument } from './sla-ticket.projection';
import type { SlaTickets } from './sla-tickets';

export interface ClockQueueFilters {
  readonly breached?: boolean;
  readonly group?: string;
  readonly limit?: number;
  readonly cursor?: string;
}

/** Reads of the clocks: one ticket's (now or as of a moment), and queues of clocks (breached ones of a group...). */
export class SlaClockQueries {
  constructor(
    private readonly documents: DocumentStore,
    private readonly tickets: SlaTickets,
    private readonly clock: Clock,
  ) {}

  async ofTicket(tenantId: string, idOrReference: string, asOf?: string) {
    const doc = await this.ticket(tenantId, idOrReference);
    if (!asOf) return await this.now(tenantId, doc);
    const at = Date.parse(asOf);
    const { events } = await this.tickets.load(tenantId, doc.id);
    const then = events.filter((event) => Date.parse(event.metadata.occurredAt) <= at);
    const state = fold(slaTicketDecider, then);
    return clocksAsOf(state, await this.tickets.workingTimes(tenantId, state, []), at);
  }

  /** Clocks of the tickets that match, with figures as of now; `breached=true` keeps only breached clocks. */
  async queue(tenantId: string, filters: ClockQueueFilters) {
    const filter: Record<string, Filter[string]> = {};
    if (filters.breached !== undefined) filter.breached = filters.breached;
    if (filters.group !== undefined) filter.group = filters.group;
    const page = await this.documents.collection<SlaTicketDocument>(SLA_TICKETS).find(tenantId, {
      filter,
      sort: [{ field: 'openedAt', direction: 'asc' }],
      limit: filters.limit ?? 50,
      ...(filters.cursor ? { cursor: filters.cursor } : {}),
    });
    const clocks = (await Promise.all(page.items.map((doc) => this.now(tenantId, doc)))).flat();
    const items = clocks.filter((clock) => filters.breached === undefined || (clock.breached === filters.breached && clock.stage !== 'cancelled'));
    return { items, nextCursor: page.nextCursor };
  }

  async notifications(tenantId: string, ticket?: string) {
    const filter: Filter = ticket ? { ticketId: (await this.ticket(tenantId, ticket)).id } : {};
    const page = await this.documents
      .collection<SlaNotificationDocument>('sla-notifications')
      .find(tenantId, { filter, sort: [{ field: 'at', direction: 'asc' }], limit: 500 });
    return { items: page.items.map(({ position: _p, tenantId: _t, ...notification }) => notification) };
  }

  private async now(tenantId: string, doc: SlaTicketDocument): Promise<ClockSnapshot[]> {
    return clocksAsOf(doc.state, await this.tickets.workingTimes(tenantId, doc.state, []), this.clock.now().getTime());
  }

  private async ticket(tenantId: string, idOrReference: string): Promise<SlaTicketDocument> {
    const collection = this.documents.collection<SlaTicketDocument>(SLA_TICKETS);
    const doc =
      (await collection.get(tenantId, idOrReference)) ?? (await collection.find(tenantId, { filter: { reference: idOrReference }, limit: 1 })).items[0];
    if (!doc) throw new NotFound('Ticket with SLA clocks', idOrReference);
    return doc;
  }
}
