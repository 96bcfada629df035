import { projectionSpecification, recordedEvents } from '@deskstream/readmodels';
import type { SlaEscalationNotified } from '../domain/sla-ticket.events';
import { slaNotificationProjection } from './sla-notification.projection';

const notified = (reminder: number, at: string): SlaEscalationNotified => ({
  type: 'SlaEscalationNotified',
  data: {
    clockId: 'inc-9/p1-resolution',
    notificationId: `inc-9/p1-resolution/75/${reminder}`,
    percent: 75,
    recipient: 'avery',
    role: 'assignee',
    reminder,
    nextReminderAt: reminder === 0 ? '2026-03-23T09:30:00.000Z' : null,
    at,
  },
});
const [first, reminder] = recordedEvents<SlaEscalationNotified>(
  'slaticket-acme.inc-9',
  [notified(0, '2026-03-23T09:00:00.000Z'), notified(1, '2026-03-23T09:30:00.000Z')],
  { tenantId: 'acme' },
);
const spec = projectionSpecification(slaNotificationProjection);

describe('the notifications the SLA escalations decided', () => {
  it('records each notification once, by mail, for its ticket and clock', () => {
    spec
      .given()
      .when(first!)
      .then((doc) =>
        expect(doc).toEqual({
          id: 'inc-9/p1-resolution/75/0',
          tenantId: 'acme',
          position: 1,
          ticketId: 'inc-9',
          clockId: 'inc-9/p1-resolution',
          recipient: 'avery',
          role: 'assignee',
          channel: 'mail',
          percent: 75,
          reminder: 0,
          nextReminderAt: '2026-03-23T09:30:00.000Z',
          at: '2026-03-23T09:00:00.000Z',
        }),
      );
    spec.given(first!).when(first!).thenNothingChanged();
  });

  it('keeps a reminder as a notification of its own', () => {
    expect(slaNotificationProjection.documentId(first!)).toBe('inc-9/p1-resolution/75/0');
    expect(slaNotificationProjection.documentId(reminder!)).toBe('inc-9/p1-resolution/75/1');
  });
});
