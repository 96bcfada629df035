import { TOPICS } from '@deskstream/contracts';
import type { Clock } from '@deskstream/kernel';
import type { DeliveredMessage } from '@deskstream/messaging';
import { messageCommandContext, traced, type IntegrationConsumer } from '@deskstream/platform';
import type { Scheduler, Timer } from '@deskstream/scheduling';
import { isNews, overdueUpdate, type TicketFacts } from '../domain/notification-trigger';
import type { Notifications } from './notifications';
import type { TicketCopy } from './ticket-copy';
import { translate } from './ticket-events';

export const UPDATE_DUE_TIMER = 'notifications.stakeholder-update-due';

interface UpdateDue {
  readonly ticketId: string;
  readonly dueAt: string;
}

/**
 * The incidents, service-request and SLA events, behind the notification service's inbox: each keeps
 * the ticket copy up to date, may trigger notifications, and a major incident's next update due sets
 * a timer that tells its manager when the update is late.
 */
export class TicketNotifications implements IntegrationConsumer {
  readonly name = 'notifications.ticket-events';
  readonly topics = [TOPICS.incidents, TOPICS.serviceRequests, TOPICS.sla];

  constructor(
    private readonly tickets: TicketCopy,
    private readonly notifications: Notifications,
    private readonly scheduler: Scheduler,
    private readonly clock: Clock,
  ) {}

  async handle(message: DeliveredMessage): Promise<void> {
    const { event } = message;
    const tenantId = event.tenantid;
    const known = await this.tickets.get(tenantId, event.subject);
    const { ticket, trigger } = translate({ id: event.id, type: event.type, subject: event.subject, data: event.data }, known);
    if (ticket) {
      await this.tickets.put(tenantId, ticket);
      if (ticket.nextUpdateDueAt && ticket.nextUpdateDueAt !== known?.nextUpdateDueAt) await this.expectUpdate(tenantId, ticket);
    }
    if (!trigger || !isNews(event.time, this.clock.now().toISOString())) return;
    await this.notifications.notify(messageCommandContext(event, 'system:notifications'), trigger);
  }

  /** The timer of a stakeholder update: fires when it is due and tells the manager if it was not published. */
  async updateDue(timer: Timer): Promise<void> {
    const { ticketId, dueAt } = timer.payload as UpdateDue;
    const trigger = overdueUpdate(await this.tickets.get(timer.tenantId, ticketId), dueAt, timer.id, this.clock.now().toISOString());
    if (!trigger) return;
    await this.notifications.notify(
      traced({ tenantId: timer.tenantId, actor: 'system:notifications', correlationId: timer.id, causationId: `timer:${timer.id}` }),
      trigger,
    );
  }

  private expectUpdate(tenantId: string, ticket: TicketFacts): Promise<void> {
    const payload: UpdateDue = { ticketId: ticket.id, dueAt: ticket.nextUpdateDueAt! };
    return this.scheduler.schedule({ id: `${ticket.id}:stakeholder-update`, tenantId, kind: UPDATE_DUE_TIMER, dueAt: new Date(payload.dueAt), payload });
  }
}
