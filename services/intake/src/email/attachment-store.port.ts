/** A file that came with a mail, kept with the ticket it went to. */
export interface AttachmentToStore {
  readonly tenantId: string;
  readonly ticketId: string;
  readonly filename: string;
  readonly contentType: string;
  readonly content: Buffer;
}

export interface StoredAttachment {
  readonly id: string;
  readonly tenantId: string;
  readonly ticketId: string;
  readonly filename: string;
  readonly contentType: string;
  readonly size: number;
}

/**
 * Where attachments live: the data dir in the embedded mode, MongoDB GridFS in production. Tenancy is
 * structural: every call names the tenant, and an attachment is only ever found under its own.
 */
export interface AttachmentStore {
  save(attachment: AttachmentToStore): Promise<StoredAttachment>;
  list(tenantId: string, ticketId: string): Promise<StoredAttachment[]>;
  read(tenantId: string, ticketId: string, id: string): Promise<Buffer | null>;
  close(): Promise<void>;
}

export const ATTACHMENT_STORE = Symbol('AttachmentStore');

/** A file name that is safe as a single path segment and still recognisable. */
export function safeFilename(name: string): string {
  const base = name
    .replace(/[/\\]/g, '_')
    .replace(/[^\w.\- ]/g, '_')
    .replace(/^\.+/, '_')
    .trim();
  return (base || 'attachment').slice(0, 120);
}
