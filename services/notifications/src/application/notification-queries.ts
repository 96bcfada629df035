import type { DocumentCollection, DocumentStore, Page } from '@deskstream/readmodels';
import { NOTIFICATION_FEED_COLLECTION, type NotificationDocument } from './notification-feed.projection';

export interface FeedOptions {
  readonly unread?: boolean;
  readonly limit: number;
  readonly cursor?: string;
}

type Listed = Omit<NotificationDocument, 'tenantId' | 'position'>;

const listed = ({ tenantId: _t, position: _p, ...doc }: NotificationDocument): Listed => doc;

/** Reads of the notifications read model: a user's in-app feed, and the tenant's dead-letter list. */
export class NotificationQueries {
  private readonly notifications: DocumentCollection<NotificationDocument>;

  constructor(documents: DocumentStore) {
    this.notifications = documents.collection<NotificationDocument>(NOTIFICATION_FEED_COLLECTION);
  }

  async feed(tenantId: string, userId: string, options: FeedOptions): Promise<Page<Listed> & { unread: number }> {
    const mine = { recipient: userId, channel: 'in-app' };
    const page = await this.notifications.find(tenantId, {
      filter: { ...mine, ...(options.unread ? { read: false } : {}) },
      sort: [{ field: 'queuedAt', direction: 'desc' }],
      limit: options.limit,
      ...(options.cursor ? { cursor: options.cursor } : {}),
    });
    return { items: page.items.map(listed), nextCursor: page.nextCursor, unread: await this.notifications.count(tenantId, { ...mine, read: false }) };
  }

  async deadLetters(tenantId: string, limit: number, cursor?: string): Promise<Page<Listed>> {
    const page = await this.notifications.find(tenantId, {
      filter: { status: 'dead-lettered' },
      sort: [{ field: 'updatedAt', direction: 'desc' }],
      limit,
      ...(cursor ? { cursor } : {}),
    });
    return { items: page.items.map(listed), nextCursor: page.nextCursor };
  }
}
