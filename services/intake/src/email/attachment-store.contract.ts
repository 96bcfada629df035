import type { AttachmentStore } from './attachment-store.port';

/** What every AttachmentStore does, embedded or production. */
export function attachmentStoreContract(name: string, open: () => Promise<AttachmentStore>): void {
  describe(`AttachmentStore contract: ${name}`, () => {
    let store: AttachmentStore;

    beforeEach(async () => {
      store = await open();
    });

    afterEach(async () => {
      await store.close();
    });

    it('keeps the bytes, name and type of each attachment under its ticket', async () => {
      const saved = await store.save({ tenantId: 'acme', ticketId: 't-1', filename: 'log.txt', contentType: 'text/plain', content: Buffer.from('line 1\n') });
      await store.save({ tenantId: 'acme', ticketId: 't-1', filename: 'shot.png', contentType: 'image/png', content: Buffer.from([137, 80, 78, 71]) });
      expect(saved).toMatchObject({ tenantId: 'acme', ticketId: 't-1', filename: 'log.txt', contentType: 'text/plain', size: 7 });
      const listed = await store.list('acme', 't-1');
      expect(listed.map((a) => [a.filename, a.contentType, a.size]).sort()).toEqual([
        ['log.txt', 'text/plain', 7],
        ['shot.png', 'image/png', 4],
      ]);
      expect((await store.read('acme', 't-1', saved.id))?.toString()).toBe('line 1\n');
    });

    it('never finds an attachment under another tenant or ticket', async () => {
      const saved = await store.save({
        tenantId: 'acme',
        ticketId: 't-2',
        filename: 'secret.pdf',
        contentType: 'application/pdf',
        content: Buffer.from('%PDF'),
      });
      expect(await store.list('globex', 't-2')).toEqual([]);
      expect(await store.read('globex', 't-2', saved.id)).toBeNull();
      expect(await store.read('acme', 't-3', saved.id)).toBeNull();
      expect(await store.read('acme', 't-2', 'no-such-id')).toBeNull();
    });

    it('stores a hostile file name as a harmless one', async () => {
      const saved = await store.save({ tenantId: 'acme', ticketId: 't-4', filename: '../../etc/passwd', contentType: 'text/plain', content: Buffer.from('x') });
      expect(saved.filename).not.toContain('/');
      expect(saved.filename.startsWith('.')).toBe(false);
      expect(await store.read('acme', 't-4', saved.id)).toEqual(Buffer.from('x'));
    });
  });
}
