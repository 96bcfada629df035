import type { DocumentCollection } from '@deskstream/readmodels';
import type { TicketFactsDocument } from './ticket-facts.projection';

/** Facts read per page when a cache catches up: few enough that a page's parsed documents die young (a first build of a long history otherwise fills the old generation with them, and the next queries wait on its collection). */
const PAGE = 1_000;

/**
 * Visits the tenant's facts written after `position`, in position order, page by page; returns the
 * position of the last one (or `position` when none changed). The projection never deletes a fact,
 * so the documents written since are all a cache needs to catch up.
 */
export async function visitChangedFacts(
  facts: DocumentCollection<TicketFactsDocument>,
  tenantId: string,
  position: number,
  visit: (doc: TicketFactsDocument) => void,
): Promise<number> {
  let last = position;
  let cursor: string | undefined;
  do {
    const page = await facts.find(tenantId, {
      filter: { position: { $gt: position } },
      sort: [{ field: 'position', direction: 'asc' }],
      limit: PAGE,
      ...(cursor ? { cursor } : {}),
    });
    for (const doc of page.items) visit(doc);
    cursor = page.nextCursor ?? undefined;
    if (page.items.length > 0) last = page.items.at(-1)!.position;
  } while (cursor);
  return last;
}

/** One catch-up per key at a time: concurrent callers share the one running. */
export class SharedCatchUp<T> {
  private readonly running = new Map<string, Promise<T>>();

  run(key: string, catchUp: () => Promise<T>): Promise<T> {
    const running = this.running.get(key);
    if (running) return running;
    const next = catchUp().finally(() => this.running.delete(key));
    this.running.set(key, next);
    return next;
  }
}
