import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { streamName } from '@deskstream/kernel';
import { safeFilename, type AttachmentStore, type AttachmentToStore, type StoredAttachment } from './attachment-store.port';

const ID = /^[0-9a-f-]{36}$/;

/**
 * Attachments as files under `<root>/<tenant>/<ticket>/<id>--<name>`; the content type is kept in a
 * `.type` file beside it. Tenant and ticket are checked as stream-name parts, so no path can escape.
 */
export class FilesystemAttachmentStore implements AttachmentStore {
  constructor(private readonly root: string) {}

  async save(attachment: AttachmentToStore): Promise<StoredAttachment> {
    const dir = this.dir(attachment.tenantId, attachment.ticketId);
    await mkdir(dir, { recursive: true });
    const id = randomUUID();
    const filename = safeFilename(attachment.filename);
    await writeFile(join(dir, `${id}--${filename}`), attachment.content);
    await writeFile(join(dir, `${id}.type`), attachment.contentType);
    return { id, tenantId: attachment.tenantId, ticketId: attachment.ticketId, filename, contentType: attachment.contentType, size: attachment.content.length };
  }

  async list(tenantId: string, ticketId: string): Promise<StoredAttachment[]> {
    const dir = this.dir(tenantId, ticketId);
    const names = await readdir(dir).catch(() => [] as string[]);
    const files = names.filter((name) => name.includes('--')).sort();
    return Promise.all(
      files.map(async (name) => {
        const [id, filename] = [name.slice(0, name.indexOf('--')), name.slice(name.indexOf('--') + 2)];
        const [info, contentType] = await Promise.all([stat(join(dir, name)), readFile(join(dir, `${id}.type`), 'utf8')]);
        return { id, tenantId, ticketId, filename, contentType, size: info.size };
      }),
    );
  }

  async read(tenantId: string, ticketId: string, id: string): Promise<Buffer | null> {
    if (!ID.test(id)) return null;
    const dir = this.dir(tenantId, ticketId);
    const name = (await readdir(dir).catch(() => [] as string[])).find((file) => file.startsWith(`${id}--`));
    return name ? readFile(join(dir, name)) : null;
  }

  async close(): Promise<void> {}

  /** Every attachment of the tenant is under this folder (what the tenant's archive carries). */
  tenantDir(tenantId: string): string {
    streamName('attachment', tenantId, 'all');
    return join(this.root, tenantId);
  }

  private dir(tenantId: string, ticketId: string): string {
    streamName('attachment', tenantId, ticketId);
    if (!/^[A-Za-z0-9_-]{1,100}$/.test(ticketId)) throw new Error(`invalid ticket id ${ticketId}`);
    return join(this.root, tenantId, ticketId);
  }
}
