import type { CommandContext, EventStore, IdGenerator, Clock } from '@deskstream/kernel';
import { IncidentReferences } from './incident-references';
import { RequestReferences } from './request-references';

/**
 * The incidents service's reference sequences, lent to intake so that its 202 carries the INC / REQ
 * reference before the ticket exists. Incident allocations of this process queue per tenant (request
 * references queue by themselves): a burst then takes numbers one after another instead of
 * colliding on the counter stream and retrying.
 */
export class IntakeTicketReferences {
  private readonly incidents: IncidentReferences;
  private readonly requests: RequestReferences;
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(store: EventStore, clock: Clock, ids: IdGenerator) {
    this.incidents = new IncidentReferences(store, ids);
    this.requests = new RequestReferences(store, clock, ids);
  }

  async allocate(kind: 'incident' | 'service-request', context: CommandContext, ticketId: string, occurredAt: string): Promise<string> {
    if (kind === 'service-request') return (await this.requests.allocate(ticketId, context)).reference;
    const tenant = context.tenantId;
    const next = (this.queues.get(tenant) ?? Promise.resolve()).then(() => this.incidents.allocate(context, ticketId, occurredAt));
    const settled = next.catch(() => undefined);
    this.queues.set(tenant, settled);
    void settled.then(() => {
      if (this.queues.get(tenant) === settled) this.queues.delete(tenant);
    });
    return next;
  }
}
