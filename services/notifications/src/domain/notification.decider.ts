import { assertNever, IllegalTransition, NotFound, type Decider } from '@deskstream/kernel';
import type { NotificationCommand, NotificationEvent, RenderedNotification } from './notification.events';

export type NotificationStatus = 'pending' | 'delivered' | 'dead-lettered';

export type NotificationState =
  | { readonly status: 'none' }
  | { readonly status: NotificationStatus; readonly notification: RenderedNotification; readonly attempts: number; readonly read: boolean };

/** Deliveries that fail are retried this many times in all, each wait twice the one before, then dead-lettered. */
export const MAX_ATTEMPTS = 5;
export const FIRST_RETRY_SECONDS = 30;

export function nextAttemptAt(at: string, attempt: number): string {
  return new Date(new Date(at).getTime() + FIRST_RETRY_SECONDS * 1000 * 2 ** (attempt - 1)).toISOString();
}

function decide(command: NotificationCommand, state: NotificationState): NotificationEvent[] {
  const { at } = command.data;
  if (command.type === 'QueueNotification') {
    // The key is the source event, the rule and the recipient: a redelivered event queues nothing again.
    if (state.status !== 'none') return [];
    const queued: NotificationEvent = { type: 'NotificationQueued', data: { notification: command.data.notification, at } };
    // The feed is the in-app channel: queued there is delivered.
    return command.data.notification.channel === 'in-app' ? [queued, { type: 'NotificationDelivered', data: { attempt: 1, at } }] : [queued];
  }
  if (state.status === 'none') throw new NotFound('Notification', '');
  switch (command.type) {
    case 'RecordDelivery':
      return state.status === 'pending' ? [{ type: 'NotificationDelivered', data: { attempt: state.attempts + 1, at } }] : [];
    case 'RecordFailure': {
      if (state.status !== 'pending') return [];
      const attempt = state.attempts + 1;
      const { error } = command.data;
      if (attempt >= MAX_ATTEMPTS) return [{ type: 'NotificationDeadLettered', data: { attempt, error, at } }];
      return [{ type: 'NotificationAttemptFailed', data: { attempt, error, nextAttemptAt: nextAttemptAt(at, attempt), at } }];
    }
    case 'MarkRead':
      if (state.notification.recipient.userId !== command.data.userId) throw new NotFound('Notification', state.notification.key);
      return state.read ? [] : [{ type: 'NotificationRead', data: { at } }];
    case 'ReplayNotification':
      if (state.status !== 'dead-lettered') throw new IllegalTransition('replay', state.status, []);
      return [{ type: 'NotificationReplayed', data: { by: command.data.by, at } }];
    default:
      return assertNever(command, 'notification command');
  }
}

function evolve(state: NotificationState, event: NotificationEvent): NotificationState {
  if (event.type === 'NotificationQueued') return { status: 'pending', notification: event.data.notification, attempts: 0, read: false };
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'NotificationDelivered':
      return { ...state, status: 'delivered', attempts: event.data.attempt };
    case 'NotificationAttemptFailed':
      return { ...state, attempts: event.data.attempt };
    case 'NotificationDeadLettered':
      return { ...state, status: 'dead-lettered', attempts: event.data.attempt };
    case 'NotificationRead':
      return { ...state, read: true };
    case 'NotificationReplayed':
      return { ...state, status: 'pending', attempts: 0 };
    default:
      return assertNever(event, 'notification event');
  }
}

/** One notification to one recipient on one channel: queued once, delivered or retried with backoff, dead-lettered, replayed, read. */
export const notificationDecider: Decider<NotificationCommand, NotificationEvent, NotificationState> = {
  decide,
  evolve,
  initialState: () => ({ status: 'none' }),
};
