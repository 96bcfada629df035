import type { DocumentStore, StoredDocument } from '@deskstream/readmodels';

export const OUTBOX_COLLECTION = 'email_dev_outbox';

/** A mail the embedded mode captured instead of sending, as nodemailer composed it. */
export interface CapturedMailFields {
  readonly id: string;
  readonly tenantId: string;
  readonly sentAt: string;
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly messageId: string;
  readonly inReplyTo: string | null;
  readonly reference: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
}

export type CapturedMail = StoredDocument & CapturedMailFields;

/** The captured mail of the embedded mode (every service that mails writes here), one document per mail, in the tenant's own partition. */
export class DevOutbox {
  constructor(private readonly documents: DocumentStore) {}

  async capture(mail: CapturedMailFields): Promise<void> {
    // Each mail is written once; position only guards against a second write of the same id.
    await this.documents.collection<CapturedMail>(OUTBOX_COLLECTION).put({ ...mail, position: 1 });
  }

  async list(tenantId: string, limit = 100): Promise<CapturedMail[]> {
    const page = await this.documents.collection<CapturedMail>(OUTBOX_COLLECTION).find(tenantId, {
      sort: [{ field: 'sentAt', direction: 'desc' }],
      limit,
    });
    return page.items;
  }
}
