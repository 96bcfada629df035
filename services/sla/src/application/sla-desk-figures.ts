import type { DeskFigures } from '@deskstream/platform';
import type { DocumentStore } from '@deskstream/readmodels';
import { SLA_TICKETS, type SlaTicketDocument } from './sla-ticket.projection';

/** The SLA side of the desk's metrics: the tickets of each tenant whose service level was breached, from the SLA read model. */
export function slaDeskFigures(documents: DocumentStore) {
  return async (tenants: readonly string[]): Promise<DeskFigures> => {
    const tickets = documents.collection<SlaTicketDocument>(SLA_TICKETS);
    const counts = await Promise.all(tenants.map(async (tenant) => ({ tenant, value: await tickets.count(tenant, { breached: true }) })));
    return { slaBreaches: counts.filter((count) => count.value > 0) };
  };
}
