import { randomUUID } from 'node:crypto';
import { ValidationFailed } from '@deskstream/kernel';
import type { DocumentCollection, DocumentStore } from './document-store.port';
import { isBatchWriter } from './document-writes';
import { A, B, queryContract, ticket, type Ticket } from './document-store-queries.contract';

/**
 * The behaviour every DocumentStore adapter must have (SQLite and MongoDB run the same suite).
 * `open` is called once; each test works in collections of its own.
 */
export function documentStoreContract(name: string, open: () => Promise<DocumentStore>): void {
  describe(`DocumentStore contract: ${name}`, () => {
    let store: DocumentStore;
    let tickets: DocumentCollection<Ticket>;
    let collectionName: string;

    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
    });
    beforeEach(() => {
      collectionName = `c${randomUUID().replace(/-/g, '').slice(0, 12)}`;
      tickets = store.collection<Ticket>(collectionName);
    });

    const seed = async (docs: Ticket[]) => {
      for (const doc of docs) expect(await tickets.put(doc)).toBe(true);
    };

    it('stores a whole document and reads it back by tenant and id', async () => {
      const doc = ticket(A, 't1', { title: 'Printer', assignee: { name: 'Ann', group: 'desk' }, urgent: true }, 3);
      expect(await tickets.put(doc)).toBe(true);
      expect(await tickets.get(A, 't1')).toEqual(doc);
      expect(await tickets.get(A, 'missing')).toBeNull();
      expect(await tickets.put(ticket(A, 't1', { title: 'Scanner' }, 4))).toBe(true);
      expect(await tickets.get(A, 't1')).toEqual(ticket(A, 't1', { title: 'Scanner' }, 4));
    });

    it('ignores a write whose position is not newer than the stored one', async () => {
      await seed([ticket(A, 't1', { title: 'v5' }, 5)]);
      expect(await tickets.put(ticket(A, 't1', { title: 'again' }, 5))).toBe(false);
      expect(await tickets.put(ticket(A, 't1', { title: 'older' }, 3))).toBe(false);
      expect((await tickets.get(A, 't1'))?.title).toBe('v5');
      expect(await tickets.put(ticket(A, 't1', { title: 'v7' }, 7))).toBe(true);
      expect((await tickets.get(A, 't1'))?.title).toBe('v7');
    });

    it('rejects a document without tenant, id or integer position', async () => {
      await expect(tickets.put({ tenantId: '', id: 'x', position: 1 })).rejects.toBeInstanceOf(ValidationFailed);
      await expect(tickets.put({ tenantId: A, id: 'x', position: 1.5 })).rejects.toBeInstanceOf(ValidationFailed);
    });

    it('never shows one tenant the documents of another', async () => {
      await seed([ticket(A, 'same', { status: 'open', title: 'secret of A' }), ticket(B, 'same', { status: 'open', title: 'of B' })]);
      await seed([ticket(A, 'only-a', { status: 'open' })]);
      expect((await tickets.get(B, 'same'))?.title).toBe('of B');
      expect(await tickets.get(B, 'only-a')).toBeNull();
      expect((await tickets.find(B)).items.map((d) => d.id)).toEqual(['same']);
      expect((await tickets.find(B, { filter: { tenantId: A } })).items).toEqual([]);
      expect(await tickets.count(B, { tenantId: A })).toBe(0);
      expect(await tickets.count(B)).toBe(1);
      expect(await tickets.countBy(B, ['status'])).toEqual([{ key: { status: 'open' }, count: 1 }]);
      expect(await tickets.countBy(B, ['tenantId'], { tenantId: { $ne: B } })).toEqual([]);
      expect(await tickets.delete(B, 'only-a', 99)).toBe(false);
      expect(await tickets.get(A, 'only-a')).not.toBeNull();
    });

    queryContract(() => ({ tickets, seed }));

    it('deletes only when the position is newer than the stored one', async () => {
      await seed([ticket(A, 't1', {}, 5)]);
      expect(await tickets.delete(A, 't1', 5)).toBe(false);
      expect(await tickets.delete(A, 't1', 4)).toBe(false);
      expect(await tickets.get(A, 't1')).not.toBeNull();
      expect(await tickets.delete(A, 't1', 6)).toBe(true);
      expect(await tickets.get(A, 't1')).toBeNull();
      expect(await tickets.delete(A, 't1', 7)).toBe(false);
    });

    it('writes a batch with the same guards', async () => {
      await seed([ticket(A, 'kept', { title: 'v9' }, 9), ticket(A, 'gone', {}, 1)]);
      expect(isBatchWriter<Ticket>(tickets)).toBe(true);
      if (!isBatchWriter<Ticket>(tickets)) return;
      const applied = await tickets.writeMany([
        { kind: 'put', doc: ticket(A, 'kept', { title: 'stale' }, 8) },
        { kind: 'put', doc: ticket(A, 'new', { title: 'n' }, 10) },
        { kind: 'delete', tenantId: A, id: 'gone', position: 11 },
        { kind: 'delete', tenantId: B, id: 'kept', position: 12 },
      ]);
      expect(applied).toBe(2);
      expect((await tickets.find(A)).items.map((d) => [d.id, d.title])).toEqual([
        ['kept', 'v9'],
        ['new', 'n'],
      ]);
    });

    it('rebuilds into a shadow that replaces the collection on swap', async () => {
      await store.ensureIndexes(collectionName, [['status'], ['assignee.group', 'priority']]);
      await seed([ticket(A, 'old', { status: 'open' }, 5)]);
      const shadow = await store.createShadow<Ticket>(collectionName);
      expect(await shadow.collection.get(A, 'old')).toBeNull();
      expect(await shadow.collection.put(ticket(A, 'rebuilt', { status: 'open' }, 2))).toBe(true);
      expect((await tickets.find(A)).items.map((d) => d.id)).toEqual(['old']);

      await store.swap(collectionName, shadow.physicalName);
      expect((await tickets.find(A, { filter: { status: 'open' } })).items.map((d) => d.id)).toEqual(['rebuilt']);
      expect((await store.collection<Ticket>(collectionName).get(A, 'rebuilt'))?.position).toBe(2);
      expect(await tickets.get(A, 'old')).toBeNull();

      const again = await store.createShadow<Ticket>(collectionName);
      expect(again.physicalName).not.toBe(shadow.physicalName);
      await again.collection.put(ticket(A, 'third', {}, 1));
      await store.swap(collectionName, again.physicalName);
      expect((await tickets.find(A)).items.map((d) => d.id)).toEqual(['third']);
    });

    it('refuses to swap in something that is not a shadow of the collection', async () => {
      await seed([ticket(A, 'kept')]);
      const other = await store.createShadow(`${collectionName}x`);
      await expect(store.swap(collectionName, other.physicalName)).rejects.toBeInstanceOf(ValidationFailed);
      expect(await tickets.get(A, 'kept')).not.toBeNull();
    });
  });
}
