import { parseStreamName } from '@deskstream/kernel';
import { projectionOf, type RecordedOf, type StoredDocument } from '@deskstream/readmodels';
import { NOTIFICATION_EVENT_TYPES, type NotificationEvent } from '../domain/notification.events';
import type { NotificationStatus } from '../domain/notification.decider';
import type { Channel } from '../domain/notification-rules';
import { NOTIFICATION_CATEGORY } from './notifications';

export const NOTIFICATION_FEED_COLLECTION = 'notifications';

/** Every notification of a tenant: the in-app feed of each user, the dead-letter list, the audit of what was sent. */
export interface NotificationDocument extends StoredDocument {
  readonly recipient: string | null;
  readonly address: string | null;
  readonly channel: Channel;
  readonly status: NotificationStatus;
  readonly read: boolean;
  readonly rule: string;
  readonly trigger: string;
  readonly ticketId: string;
  readonly reference: string;
  readonly subject: string;
  readonly text: string;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly queuedAt: string;
  readonly updatedAt: string;
}

export function applyToNotification(doc: NotificationDocument | null, recorded: RecordedOf<NotificationEvent>): NotificationDocument | null {
  const event = recorded;
  const at = event.data.at;
  if (event.type === 'NotificationQueued') {
    const n = event.data.notification;
    return {
      id: parseStreamName(recorded.streamId).id,
      tenantId: recorded.metadata.tenantId,
      position: recorded.position,
      recipient: n.recipient.userId,
      address: n.recipient.address ?? n.url,
      channel: n.channel,
      status: 'pending',
      read: false,
      rule: n.ruleId,
      trigger: n.trigger,
      ticketId: n.ticketId,
      reference: n.reference,
      subject: n.subject,
      text: n.text,
      attempts: 0,
      lastError: null,
      queuedAt: at,
      updatedAt: at,
    };
  }
  if (!doc) return null;
  const next = { ...doc, position: recorded.position, updatedAt: at };
  switch (event.type) {
    case 'NotificationDelivered':
      return { ...next, status: 'delivered', attempts: event.data.attempt };
    case 'NotificationAttemptFailed':
      return { ...next, attempts: event.data.attempt, lastError: event.data.error };
    case 'NotificationDeadLettered':
      return { ...next, status: 'dead-lettered', attempts: event.data.attempt, lastError: event.data.error };
    case 'NotificationRead':
      return { ...next, read: true };
    case 'NotificationReplayed':
      return { ...next, status: 'pending', attempts: 0 };
  }
}

export const notificationFeedProjection = projectionOf<NotificationEvent, NotificationDocument>({
  name: 'notifications.feed.v1',
  collection: NOTIFICATION_FEED_COLLECTION,
  categories: [NOTIFICATION_CATEGORY],
  handles: NOTIFICATION_EVENT_TYPES,
  documentId: (event) => parseStreamName(event.streamId).id,
  apply: applyToNotification,
  indexes: [['recipient', 'channel', 'queuedAt'], ['status']],
});
