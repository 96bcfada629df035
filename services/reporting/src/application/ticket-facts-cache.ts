import type { DocumentCollection } from '@deskstream/readmodels';
import type { TicketFactsDocument } from './ticket-facts.projection';

/** Facts read per page when the cache catches up. */
const PAGE = 5_000;

interface TenantFacts {
  readonly byId: Map<string, TicketFactsDocument>;
  position: number;
  list: readonly TicketFactsDocument[];
}

/**
 * Each tenant's ticket facts in memory for the analyst query, caught up before every query with
 * the documents written since (position order), so that a KPI query over a long history reads only
 * what changed instead of every document. The projection never deletes a fact, and a changed
 * reducer is new code and so a new process: the cache is never stale by more than the catch-up.
 */
export class TicketFactsCache {
  private readonly tenants = new Map<string, TenantFacts>();
  private readonly catchingUp = new Map<string, Promise<readonly TicketFactsDocument[]>>();

  constructor(private readonly facts: DocumentCollection<TicketFactsDocument>) {}

  /** The tenant's facts as of now; concurrent callers share one catch-up. */
  current(tenantId: string): Promise<readonly TicketFactsDocument[]> {
    const running = this.catchingUp.get(tenantId);
    if (running) return running;
    const next = this.catchUp(tenantId).finally(() => this.catchingUp.delete(tenantId));
    this.catchingUp.set(tenantId, next);
    return next;
  }

  private async catchUp(tenantId: string): Promise<readonly TicketFactsDocument[]> {
    let tenant = this.tenants.get(tenantId);
    if (!tenant) this.tenants.set(tenantId, (tenant = { byId: new Map(), position: -1, list: [] }));
    let changed = false;
    let cursor: string | undefined;
    do {
      const page = await this.facts.find(tenantId, {
        filter: { position: { $gt: tenant.position } },
        sort: [{ field: 'position', direction: 'asc' }],
        limit: PAGE,
        ...(cursor ? { cursor } : {}),
      });
      for (const doc of page.items) tenant.byId.set(doc.id, doc);
      changed ||= page.items.length > 0;
      cursor = page.nextCursor ?? undefined;
      if (!cursor && page.items.length > 0) tenant.position = page.items.at(-1)!.position;
    } while (cursor);
    if (changed) tenant.list = [...tenant.byId.values()];
    return tenant.list;
  }
}
