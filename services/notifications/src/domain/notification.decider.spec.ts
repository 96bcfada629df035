import { IllegalTransition, NotFound, specification } from '@deskstream/kernel';
import { MAX_ATTEMPTS, notificationDecider } from './notification.decider';
import type { NotificationEvent } from './notification.events';
import { at, rendered } from './notification.fixtures';

const spec = specification(notificationDecider);
const mail = rendered();
const queued: NotificationEvent = { type: 'NotificationQueued', data: { notification: mail, at } };
const failed = (attempt: number): NotificationEvent => ({ type: 'NotificationAttemptFailed', data: { attempt, error: 'relay down', nextAttemptAt: at, at } });

describe('a notification', () => {
  it('is queued once: the same key queued again (a redelivered event) adds nothing', () => {
    spec
      .given([])
      .when({ type: 'QueueNotification', data: { notification: mail, at } })
      .then([queued]);
    spec
      .given([queued])
      .when({ type: 'QueueNotification', data: { notification: mail, at } })
      .thenNothingHappened();
  });

  it('in the app is delivered as it is queued', () => {
    const inApp = { ...mail, channel: 'in-app' as const };
    spec
      .given([])
      .when({ type: 'QueueNotification', data: { notification: inApp, at } })
      .then([
        { type: 'NotificationQueued', data: { notification: inApp, at } },
        { type: 'NotificationDelivered', data: { attempt: 1, at } },
      ]);
  });

  it('retries a failed delivery after twice the previous wait, then dead-letters it', () => {
    spec
      .given([queued])
      .when({ type: 'RecordFailure', data: { error: 'relay down', at } })
      .then([{ type: 'NotificationAttemptFailed', data: { attempt: 1, error: 'relay down', nextAttemptAt: '2026-03-02T09:00:30.000Z', at } }]);
    spec
      .given([queued, failed(1)])
      .when({ type: 'RecordFailure', data: { error: 'relay down', at } })
      .then([{ type: 'NotificationAttemptFailed', data: { attempt: 2, error: 'relay down', nextAttemptAt: '2026-03-02T09:01:00.000Z', at } }]);
    const almost = [queued, ...Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => failed(i + 1))];
    spec
      .given(almost)
      .when({ type: 'RecordFailure', data: { error: 'relay down', at } })
      .then([{ type: 'NotificationDeadLettered', data: { attempt: MAX_ATTEMPTS, error: 'relay down', at } }]);
  });

  it('is delivered once; a late second delivery or failure changes nothing', () => {
    spec
      .given([queued])
      .when({ type: 'RecordDelivery', data: { at } })
      .then([{ type: 'NotificationDelivered', data: { attempt: 1, at } }]);
    const delivered: NotificationEvent = { type: 'NotificationDelivered', data: { attempt: 1, at } };
    spec.given([queued, delivered]).when({ type: 'RecordDelivery', data: { at } }).thenNothingHappened();
    spec
      .given([queued, delivered])
      .when({ type: 'RecordFailure', data: { error: 'x', at } })
      .thenNothingHappened();
  });

  it('is replayed from the dead-letter list only, and then tried afresh', () => {
    const dead: NotificationEvent = { type: 'NotificationDeadLettered', data: { attempt: MAX_ATTEMPTS, error: 'x', at } };
    spec
      .given([queued, dead])
      .when({ type: 'ReplayNotification', data: { by: 'tenant-admin', at } })
      .thenState((s) => expect(s.status === 'pending' && s.attempts).toBe(0));
    spec
      .given([queued])
      .when({ type: 'ReplayNotification', data: { by: 'tenant-admin', at } })
      .thenThrows(IllegalTransition);
  });

  it('is marked read by its recipient only, once', () => {
    spec
      .given([queued])
      .when({ type: 'MarkRead', data: { userId: 'requester', at } })
      .then([{ type: 'NotificationRead', data: { at } }]);
    spec
      .given([queued, { type: 'NotificationRead', data: { at } }])
      .when({ type: 'MarkRead', data: { userId: 'requester', at } })
      .thenNothingHappened();
    spec
      .given([queued])
      .when({ type: 'MarkRead', data: { userId: 'agent', at } })
      .thenThrows(NotFound);
  });
});
