import { parseStreamName } from '@deskstream/kernel';
import { projectionOf, type StoredDocument } from '@deskstream/readmodels';
import type { SlaEscalationNotified } from '../domain/sla-ticket.events';
import { TICKET_CATEGORY } from './sla-tickets';

/**
 * Every notification an escalation decided, as the SLA service records it: to whom, by which channel,
 * for which clock and milestone. A notification service sends the mail from the published event.
 */
export interface SlaNotificationDocument extends StoredDocument {
  readonly ticketId: string;
  readonly clockId: string;
  readonly recipient: string;
  readonly role: string;
  readonly channel: 'mail';
  readonly percent: number;
  readonly reminder: number;
  readonly nextReminderAt: string | null;
  readonly at: string;
}

export const slaNotificationProjection = projectionOf<SlaEscalationNotified, SlaNotificationDocument>({
  name: 'sla.notifications.v1',
  collection: 'sla-notifications',
  categories: [TICKET_CATEGORY],
  handles: ['SlaEscalationNotified'],
  documentId: (event) => event.data.notificationId,
  apply: (doc, event) => {
    const { notificationId, clockId, recipient, role, percent, reminder, nextReminderAt, at } = event.data;
    return (
      doc ?? {
        id: notificationId,
        tenantId: event.metadata.tenantId,
        position: event.position,
        ticketId: parseStreamName(event.streamId).id,
        clockId,
        recipient,
        role,
        channel: 'mail',
        percent,
        reminder,
        nextReminderAt,
        at,
      }
    );
  },
  indexes: [['ticketId'], ['recipient']],
});
