import {
  SLA_CLOCK_CHANGE_EVENTS,
  SLA_EVENTS,
  SLA_MILESTONE_EVENTS,
  TOPICS,
  type SlaClockChangedV1,
  type SlaEscalationEndedV1,
  type SlaEscalationNotifiedV1,
  type SlaMilestoneReachedV1,
} from '@deskstream/contracts';
import type { CommandContext } from '@deskstream/kernel';
import type { DeliveredMessage } from '@deskstream/messaging';
import { KEYS_AT_ONCE, messageCommandContext, traced, withCommandSpan } from '@deskstream/platform';
import type { Scheduler, Timer } from '@deskstream/scheduling';
import type { SlaTickets } from './sla-tickets';
import { observedChangeOf } from './ticket-changes';

export const MILESTONE_TIMER = 'sla.milestone';
export const REMINDER_TIMER = 'sla.escalation-reminder';
const ACTOR = 'system:sla';

/** Learns about tickets only from what the incidents service publishes (behind the inbox) and moves their clocks. */
export class SlaTicketObserver {
  readonly name = 'sla.ticket-events';
  readonly topics = [TOPICS.incidents, TOPICS.serviceRequests];
  /** Each ticket's clocks are one stream appended through the command handler, so tickets need not wait for each other. */
  readonly concurrency = KEYS_AT_ONCE;

  constructor(private readonly tickets: SlaTickets) {}

  async handle(message: DeliveredMessage): Promise<void> {
    const observed = observedChangeOf(message.event);
    if (!observed) return;
    await withCommandSpan('sla observe-ticket', { 'deskstream.tenant': message.event.tenantid, 'messaging.message.type': message.event.type }, () =>
      this.tickets.observe(observed, messageCommandContext(message.event, ACTOR)),
    );
  }
}

const CLOCK_CHANGES = new Set<string>([...SLA_CLOCK_CHANGE_EVENTS, ...SLA_MILESTONE_EVENTS]);

/**
 * Keeps one milestone timer per running clock (at its next warning or breach, in working time) and one
 * reminder timer per open escalation. It follows the SLA service's own published events, so a crash
 * between the append and the scheduling cannot lose a timer: the message is simply delivered again.
 */
export class SlaTimerScheduling {
  readonly name = 'sla.timers';
  readonly topics = [TOPICS.sla];

  constructor(private readonly scheduler: Scheduler) {}

  async handle(message: DeliveredMessage): Promise<void> {
    const { event } = message;
    const tenantId = event.tenantid;
    if (CLOCK_CHANGES.has(event.type)) {
      const { clock } = event.data as SlaClockChangedV1 | SlaMilestoneReachedV1;
      const id = `milestone:${clock.clockId}`;
      if (clock.nextMilestoneAt && clock.stage === 'in-progress') {
        await this.scheduler.schedule({ id, tenantId, kind: MILESTONE_TIMER, dueAt: new Date(clock.nextMilestoneAt), payload: { ticketId: clock.ticketId } });
      } else await this.scheduler.cancel(tenantId, id);
    } else if (event.type === SLA_EVENTS.escalationNotified) {
      const data = event.data as SlaEscalationNotifiedV1;
      if (!data.nextReminderAt) return;
      await this.scheduler.schedule({
        id: `reminder:${data.clockId}`,
        tenantId,
        kind: REMINDER_TIMER,
        dueAt: new Date(data.nextReminderAt),
        payload: { clockId: data.clockId, notificationId: data.notificationId },
      });
    } else if (event.type === SLA_EVENTS.escalationEnded) {
      await this.scheduler.cancel(tenantId, `reminder:${(event.data as SlaEscalationEndedV1).clockId}`);
    }
  }
}

/** A timer's effect is caused by that timer at that instant: run again after a crash, it finds its effect and does nothing. */
const timerContext = (timer: Timer): CommandContext =>
  traced({ tenantId: timer.tenantId, actor: ACTOR, correlationId: timer.id, causationId: `${timer.id}@${timer.dueAt.toISOString()}` });

export function milestoneTimerHandler(tickets: SlaTickets) {
  return (timer: Timer): Promise<void> =>
    withCommandSpan(MILESTONE_TIMER, { 'deskstream.tenant': timer.tenantId }, () =>
      tickets.check(timerContext(timer), (timer.payload as { ticketId: string }).ticketId, timer.dueAt),
    );
}

export function reminderTimerHandler(tickets: SlaTickets) {
  return (timer: Timer): Promise<void> => {
    const { clockId, notificationId } = timer.payload as { clockId: string; notificationId: string };
    return withCommandSpan(REMINDER_TIMER, { 'deskstream.tenant': timer.tenantId }, () =>
      tickets.remind(timerContext(timer), clockId, notificationId, timer.dueAt),
    );
  };
}
