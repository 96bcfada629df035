import { commandHandler, streamName, type Clock, type EventStore, type IdGenerator } from '@deskstream/kernel';
import { SLA_CLOCK_CHANGE_EVENTS, SLA_MILESTONE_EVENTS, TOPICS, type SlaClockV1 } from '@deskstream/contracts';
import type { DeliveredMessage } from '@deskstream/messaging';
import { messageCommandContext, withCommandSpan } from '@deskstream/platform';
import { TICKET_SLA_CATEGORY, ticketSlaDecider } from '../domain/ticket-sla.decider';

/** The SLA events that carry a clock as it now stands (the escalation events carry none). */
const CLOCK_EVENTS = new Set<string>([...SLA_CLOCK_CHANGE_EVENTS, ...SLA_MILESTONE_EVENTS]);

export const ticketSlaStream = (tenantId: string, ticketId: string): string => streamName(TICKET_SLA_CATEGORY, tenantId, ticketId);

/**
 * Follows the SLA service's clocks (behind this consumer's inbox) into a stream per ticket, whose
 * events give the incident and request queues their `slaDueAt`. Keys are ticket ids: one ticket's
 * clock changes stay in order, different tickets' are handled side by side.
 */
export class SlaClockObserver {
  readonly name = 'incidents.sla-clocks';
  readonly topics = [TOPICS.sla];
  readonly concurrency = 16;
  private readonly handler;

  constructor(store: EventStore, clock: Clock, ids: IdGenerator) {
    // Not tied to what a client saw: a concurrent change of the same ticket's stream is retried on the new state.
    this.handler = commandHandler(ticketSlaDecider, { store, clock, ids });
  }

  async handle(message: DeliveredMessage): Promise<void> {
    const { event } = message;
    if (!CLOCK_EVENTS.has(event.type)) return;
    const { clock } = event.data as { clock: SlaClockV1 };
    const context = messageCommandContext(event, 'system:sla');
    await withCommandSpan('incidents sla-clock', { 'deskstream.tenant': event.tenantid, 'messaging.message.type': event.type }, () =>
      this.handler.handle(
        ticketSlaStream(event.tenantid, clock.ticketId),
        {
          type: 'ObserveSlaClock',
          data: { clock: { clockId: clock.clockId, type: clock.type, stage: clock.stage, dueAt: clock.dueAt, breached: clock.breached }, at: event.time },
        },
        context,
      ),
    );
  }
}
