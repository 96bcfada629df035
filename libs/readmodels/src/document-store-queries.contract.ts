import { ValidationFailed } from '@deskstream/kernel';
import type { DocumentCollection, FindOptions, StoredDocument } from './document-store.port';

export interface Ticket extends StoredDocument {
  readonly title?: string;
  readonly status?: string;
  readonly priority?: number | null;
  readonly urgent?: boolean;
  readonly assignee?: { readonly name: string; readonly group: string };
}

export const A = 'tenant_a';
export const B = 'tenant_b';

export const ticket = (tenantId: string, id: string, fields: Partial<Ticket> = {}, position = 1): Ticket => ({
  tenantId,
  id,
  position,
  ...fields,
});

/** Every page of a query, following nextCursor, with the page sizes seen. */
async function allPages<T extends StoredDocument>(collection: DocumentCollection<T>, tenantId: string, options: FindOptions) {
  const ids: string[] = [];
  const sizes: number[] = [];
  let cursor: string | undefined;
  do {
    const page = await collection.find(tenantId, { ...options, cursor });
    ids.push(...page.items.map((item) => item.id));
    sizes.push(page.items.length);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && sizes.length < 50);
  return { ids, sizes };
}

/** Filters, sorting with cursor paging and grouped counts: part of `documentStoreContract`. */
export function queryContract(context: () => { tickets: DocumentCollection<Ticket>; seed: (docs: Ticket[]) => Promise<void> }): void {
  const tickets = () => context().tickets;
  const seed = (docs: Ticket[]) => context().seed(docs);

  describe('filters', () => {
    beforeEach(async () => {
      await seed([
        ticket(A, 'a', { title: 'Printer on FIRE', status: 'open', priority: 1, urgent: true, assignee: { name: 'Ann', group: 'desk' } }),
        ticket(A, 'b', { title: 'VPN drops', status: 'open', priority: 3, urgent: false, assignee: { name: 'Bob', group: 'network' } }),
        ticket(A, 'c', { title: 'Café machine ÉCLAIR', status: 'resolved', priority: 2 }),
        ticket(A, 'd', { title: 'No priority yet', status: 'new', priority: null }),
        ticket(A, 'e', { title: '1', status: 'closed', priority: 5, urgent: false }),
        ticket(B, 'z', { title: 'printer of tenant b', status: 'open', priority: 1 }),
      ]);
    });
    const ids = async (filter: FindOptions['filter']) => (await tickets().find(A, { filter })).items.map((d) => d.id).sort();

    it('matches equality on strings, numbers, booleans, null and nested fields', async () => {
      expect(await ids({ status: 'open' })).toEqual(['a', 'b']);
      expect(await ids({ priority: 3 })).toEqual(['b']);
      expect(await ids({ urgent: true })).toEqual(['a']);
      expect(await ids({ urgent: false })).toEqual(['b', 'e']);
      expect(await ids({ priority: 1, urgent: true })).toEqual(['a']);
      expect(await ids({ priority: null })).toEqual(['d']);
      expect(await ids({ urgent: null })).toEqual(['c', 'd']);
      expect(await ids({ 'assignee.group': 'network' })).toEqual(['b']);
      expect(await ids({ title: 1 })).toEqual([]);
      expect(await ids({ id: 'c' })).toEqual(['c']);
    });

    it('matches $in and $ne (a missing field is not equal)', async () => {
      expect(await ids({ status: { $in: ['new', 'resolved'] } })).toEqual(['c', 'd']);
      expect(await ids({ status: { $in: [] } })).toEqual([]);
      expect(await ids({ status: { $ne: 'open' } })).toEqual(['c', 'd', 'e']);
      expect(await ids({ urgent: { $ne: false } })).toEqual(['a', 'c', 'd']);
      expect(await ids({ priority: { $ne: null } })).toEqual(['a', 'b', 'c', 'e']);
    });

    it('matches ranges on numbers and strings, only against values of the same type', async () => {
      expect(await ids({ priority: { $gt: 1 } })).toEqual(['b', 'c', 'e']);
      expect(await ids({ priority: { $gte: 2, $lt: 5 } })).toEqual(['b', 'c']);
      expect(await ids({ priority: { $lte: 2 } })).toEqual(['a', 'c']);
      expect(await ids({ status: { $gte: 'new', $lte: 'open' } })).toEqual(['a', 'b', 'd']);
      expect(await ids({ title: { $gt: 0 } })).toEqual([]);
      expect(await ids({ id: { $gt: 'c' } })).toEqual(['d', 'e']);
    });

    it('matches $contains as a case-insensitive substring, accents included', async () => {
      expect(await ids({ title: { $contains: 'printer' } })).toEqual(['a']);
      expect(await ids({ title: { $contains: 'fire' } })).toEqual(['a']);
      expect(await ids({ title: { $contains: 'éclair' } })).toEqual(['c']);
      expect(await ids({ title: { $contains: '.*' } })).toEqual([]);
      expect(await ids({ priority: { $contains: '1' } })).toEqual([]);
    });

    it('counts with a filter', async () => {
      expect(await tickets().count(A)).toBe(5);
      expect(await tickets().count(A, { status: { $in: ['open', 'new'] } })).toBe(3);
    });

    it('rejects field names and operators that could be injected', async () => {
      await expect(tickets().find(A, { filter: { "status') OR 1=1 --": 'x' } })).rejects.toBeInstanceOf(ValidationFailed);
      await expect(tickets().find(A, { sort: [{ field: 'priority; DROP TABLE x', direction: 'asc' }] })).rejects.toBeInstanceOf(ValidationFailed);
      await expect(tickets().countBy(A, ['$where'])).rejects.toBeInstanceOf(ValidationFailed);
      await expect(tickets().find(A, { filter: { status: { $regex: '.*' } as never } })).rejects.toBeInstanceOf(ValidationFailed);
      await expect(tickets().find(A, { cursor: 'not-a-cursor' })).rejects.toBeInstanceOf(ValidationFailed);
    });
  });

  describe('sorting and paging', () => {
    const priorities: Record<string, number | null> = { p1: 2, p2: 1, p3: 2, p4: null, p5: 3, p6: 2, p7: 1, p8: null };
    const expected = (direction: 'asc' | 'desc') => {
      const rank = (v: number | null) => (v === null ? -Infinity : v);
      return Object.keys(priorities).sort((x, y) => {
        const diff = rank(priorities[x]) - rank(priorities[y]);
        return (direction === 'asc' ? diff : -diff) || (x < y ? -1 : 1);
      });
    };
    beforeEach(async () => {
      // Inserted out of order so that insertion order cannot pass for sort order.
      for (const id of ['p5', 'p8', 'p1', 'p7', 'p3', 'p2', 'p6', 'p4']) {
        await seed([ticket(A, id, { priority: priorities[id], status: id < 'p5' ? 'open' : 'new' })]);
      }
      await seed([ticket(B, 'p0', { priority: 1 })]);
    });

    it.each(['asc', 'desc'] as const)('pages through ties and missing values in %s order', async (direction) => {
      const { ids, sizes } = await allPages(tickets(), A, { sort: [{ field: 'priority', direction }], limit: 3 });
      expect(ids).toEqual(expected(direction));
      expect(sizes).toEqual([3, 3, 2]);
    });

    it('sorts on several keys, breaks ties by id and pages with a filter', async () => {
      const { ids } = await allPages(tickets(), A, {
        filter: { priority: { $ne: null } },
        sort: [
          { field: 'status', direction: 'desc' },
          { field: 'priority', direction: 'asc' },
        ],
        limit: 2,
      });
      expect(ids).toEqual(['p2', 'p1', 'p3', 'p7', 'p6', 'p5']);
    });

    it('sorts by id without a sort key and says when there is no next page', async () => {
      const page = await tickets().find(A, { limit: 8 });
      expect(page.items.map((d) => d.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8']);
      expect(page.nextCursor).toBeNull();
      expect((await tickets().find(A, { limit: 7 })).nextCursor).not.toBeNull();
    });
  });

  it('counts by one or several fields, keeping value types and missing values as null', async () => {
    await seed([
      ticket(A, '1', { status: 'open', urgent: true, assignee: { name: 'Ann', group: 'desk' } }),
      ticket(A, '2', { status: 'open', urgent: true, assignee: { name: 'Bob', group: 'desk' } }),
      ticket(A, '3', { status: 'open', urgent: false }),
      ticket(A, '4', { status: 'new' }),
      ticket(B, '5', { status: 'new' }),
    ]);
    expect(await tickets().countBy(A, ['status'])).toEqual([
      { key: { status: 'open' }, count: 3 },
      { key: { status: 'new' }, count: 1 },
    ]);
    expect(await tickets().countBy(A, ['status', 'urgent'], { status: { $ne: 'closed' } })).toEqual([
      { key: { status: 'open', urgent: true }, count: 2 },
      { key: { status: 'new', urgent: null }, count: 1 },
      { key: { status: 'open', urgent: false }, count: 1 },
    ]);
    expect(await tickets().countBy(A, ['assignee.group'], { status: 'open' })).toEqual([
      { key: { 'assignee.group': 'desk' }, count: 2 },
      { key: { 'assignee.group': null }, count: 1 },
    ]);
  });
}
