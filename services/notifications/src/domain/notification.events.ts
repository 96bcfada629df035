import type { Message } from '@deskstream/kernel';
import type { Channel } from './notification-rules';
import type { Recipient } from './notification-planner';
import type { TriggerType } from './notification-trigger';

/** A notification as rendered when it was queued: what was sent is what the feed and the audit show. */
export interface RenderedNotification {
  readonly key: string;
  readonly ruleId: string;
  readonly channel: Channel;
  readonly recipient: Recipient;
  readonly trigger: TriggerType;
  readonly ticketId: string;
  readonly reference: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string | null;
  /** Webhooks: where it goes (the secret stays in the tenant's settings). */
  readonly url: string | null;
}

export type QueueNotification = Message<'QueueNotification', { readonly notification: RenderedNotification; readonly at: string }>;
export type RecordDelivery = Message<'RecordDelivery', { readonly at: string }>;
export type RecordFailure = Message<'RecordFailure', { readonly error: string; readonly at: string }>;
export type MarkRead = Message<'MarkRead', { readonly userId: string; readonly at: string }>;
export type ReplayNotification = Message<'ReplayNotification', { readonly by: string; readonly at: string }>;

export type NotificationCommand = QueueNotification | RecordDelivery | RecordFailure | MarkRead | ReplayNotification;

export type NotificationQueued = Message<'NotificationQueued', { readonly notification: RenderedNotification; readonly at: string }>;
export type NotificationDelivered = Message<'NotificationDelivered', { readonly attempt: number; readonly at: string }>;
export type NotificationAttemptFailed = Message<
  'NotificationAttemptFailed',
  { readonly attempt: number; readonly error: string; readonly nextAttemptAt: string; readonly at: string }
>;
export type NotificationDeadLettered = Message<'NotificationDeadLettered', { readonly attempt: number; readonly error: string; readonly at: string }>;
export type NotificationRead = Message<'NotificationRead', { readonly at: string }>;
export type NotificationReplayed = Message<'NotificationReplayed', { readonly by: string; readonly at: string }>;

export type NotificationEvent =
  NotificationQueued | NotificationDelivered | NotificationAttemptFailed | NotificationDeadLettered | NotificationRead | NotificationReplayed;

export const NOTIFICATION_EVENT_TYPES: readonly NotificationEvent['type'][] = [
  'NotificationQueued',
  'NotificationDelivered',
  'NotificationAttemptFailed',
  'NotificationDeadLettered',
  'NotificationRead',
  'NotificationReplayed',
];
