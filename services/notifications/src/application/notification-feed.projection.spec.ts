import { projectionSpecification, recordedEvents } from '@deskstream/readmodels';
import type { NotificationEvent } from '../domain/notification.events';
import { rendered } from '../domain/notification.fixtures';
import { notificationFeedProjection } from './notification-feed.projection';

const at = (minute: number) => `2026-03-02T09:${String(minute).padStart(2, '0')}:00.000Z`;
const mail = rendered({
  key: 'evt-1:assigned:agent',
  ruleId: 'assigned-to-me',
  recipient: { userId: 'agent', name: 'Avery Agent', address: 'agent@acme.example', locale: 'en-GB' },
  trigger: 'incident.assigned',
  subject: 'INC0001001 assigned to you',
  text: 'Printer jam',
});
const [queued, failed, deadLettered, replayed, delivered, read] = recordedEvents<NotificationEvent>(
  'notification-acme.n-1',
  [
    { type: 'NotificationQueued', data: { notification: mail, at: at(0) } },
    { type: 'NotificationAttemptFailed', data: { attempt: 1, error: 'connection refused', nextAttemptAt: at(5), at: at(1) } },
    { type: 'NotificationDeadLettered', data: { attempt: 5, error: 'mailbox full', at: at(30) } },
    { type: 'NotificationReplayed', data: { by: 'admin', at: at(40) } },
    { type: 'NotificationDelivered', data: { attempt: 1, at: at(41) } },
    { type: 'NotificationRead', data: { at: at(50) } },
  ],
  { tenantId: 'acme' },
);
const spec = projectionSpecification(notificationFeedProjection);

describe('the notification feed', () => {
  it('shows a queued notification as pending for its recipient, unread', () => {
    spec
      .given()
      .when(queued!)
      .then((doc) =>
        expect(doc).toEqual({
          id: 'n-1',
          tenantId: 'acme',
          position: 1,
          recipient: 'agent',
          address: 'agent@acme.example',
          channel: 'email',
          status: 'pending',
          read: false,
          rule: 'assigned-to-me',
          trigger: 'incident.assigned',
          ticketId: 'inc-1',
          reference: 'INC0001001',
          subject: 'INC0001001 assigned to you',
          text: 'Printer jam',
          attempts: 0,
          lastError: null,
          queuedAt: at(0),
          updatedAt: at(0),
        }),
      );
  });

  it('addresses a webhook by its url', () => {
    const [hook] = recordedEvents<NotificationEvent>(
      'notification-acme.n-2',
      [
        {
          type: 'NotificationQueued',
          data: {
            notification: { ...mail, channel: 'webhook', recipient: { ...mail.recipient, userId: null, address: null }, url: 'https://hooks.example/x' },
            at: at(0),
          },
        },
      ],
      { tenantId: 'acme' },
    );
    spec
      .given()
      .when(hook!)
      .then((doc) => expect(doc).toMatchObject({ recipient: null, address: 'https://hooks.example/x', channel: 'webhook' }));
  });

  it('counts failed attempts with their error, and dead-letters the last', () => {
    spec
      .given(queued!)
      .when(failed!)
      .then((doc) => expect(doc).toMatchObject({ status: 'pending', attempts: 1, lastError: 'connection refused', updatedAt: at(1) }));
    spec
      .given(queued!, failed!)
      .when(deadLettered!)
      .then((doc) => expect(doc).toMatchObject({ status: 'dead-lettered', attempts: 5, lastError: 'mailbox full' }));
  });

  it('sends a replayed notification again from its first attempt, and marks it delivered and read', () => {
    spec
      .given(queued!, failed!, deadLettered!)
      .when(replayed!)
      .then((doc) => expect(doc).toMatchObject({ status: 'pending', attempts: 0 }));
    spec
      .given(queued!, failed!, deadLettered!, replayed!)
      .when(delivered!)
      .then((doc) => expect(doc).toMatchObject({ status: 'delivered', attempts: 1 }));
    spec
      .given(queued!, delivered!)
      .when(read!)
      .then((doc) => expect(doc).toMatchObject({ status: 'delivered', read: true, updatedAt: at(50) }));
  });

  it('ignores events of a notification it never saw queued', () => {
    spec
      .given()
      .when(delivered!)
      .then((doc) => expect(doc).toBeNull());
  });
});
