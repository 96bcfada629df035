import type { DocumentCollection } from '@deskstream/readmodels';
import { SharedCatchUp, visitChangedFacts } from './changed-facts';
import type { TicketFactsDocument } from './ticket-facts.projection';

interface TenantFacts {
  readonly byId: Map<string, TicketFactsDocument>;
  position: number;
  list: readonly TicketFactsDocument[];
}

/**
 * Each tenant's ticket facts in memory for the queries the aggregates do not answer (as of an
 * instant, by agent, over part of a month), caught up before every query with the documents written
 * since, so that such a query over a long history reads only what changed instead of every document.
 * A changed reducer is new code and so a new process: the cache is never stale by more than the catch-up.
 */
export class TicketFactsCache {
  private readonly tenants = new Map<string, TenantFacts>();
  private readonly catchUps = new SharedCatchUp<readonly TicketFactsDocument[]>();

  constructor(private readonly facts: DocumentCollection<TicketFactsDocument>) {}

  /** The tenant's facts as of now. */
  current(tenantId: string): Promise<readonly TicketFactsDocument[]> {
    return this.catchUps.run(tenantId, () => this.catchUp(tenantId));
  }

  private async catchUp(tenantId: string): Promise<readonly TicketFactsDocument[]> {
    let tenant = this.tenants.get(tenantId);
    if (!tenant) this.tenants.set(tenantId, (tenant = { byId: new Map(), position: -1, list: [] }));
    const { byId } = tenant;
    const position = await visitChangedFacts(this.facts, tenantId, tenant.position, (doc) => byId.set(doc.id, doc));
    if (position !== tenant.position) tenant.list = [...byId.values()];
    tenant.position = position;
    return tenant.list;
  }
}
