import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attachmentStoreContract } from './attachment-store.contract';
import { FilesystemAttachmentStore } from './filesystem-attachment-store';

describe('FilesystemAttachmentStore (embedded data dir)', () => {
  const root = mkdtempSync(join(tmpdir(), 'deskstream-attachments-'));

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  attachmentStoreContract('filesystem', async () => new FilesystemAttachmentStore(join(root, String(Math.random()).slice(2))));

  it('refuses a tenant or ticket that could leave its directory', async () => {
    const store = new FilesystemAttachmentStore(root);
    const file = { filename: 'a', contentType: 'text/plain', content: Buffer.from('a') };
    await expect(store.save({ tenantId: '../x', ticketId: 't', ...file })).rejects.toThrow();
    await expect(store.save({ tenantId: 'acme', ticketId: '../../x', ...file })).rejects.toThrow();
  });
});
