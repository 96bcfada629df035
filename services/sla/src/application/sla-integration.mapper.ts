import { SLA_EVENTS, SOURCES, TOPICS, type SlaClockV1, type SlaIntegrationEvents } from '@deskstream/contracts';
import { toCloudEvent, type IntegrationEventMapper, type OutgoingMessage } from '@deskstream/messaging';
import type { RecordedEvent } from '@deskstream/kernel';
import type { ClockSnapshot } from '../domain/clock-snapshot';
import type { SlaTicketEvent } from '../domain/sla-ticket.events';
import { TICKET_CATEGORY, ticketOfClock } from './sla-tickets';

type Published = { [T in keyof SlaIntegrationEvents]: { type: T; data: SlaIntegrationEvents[T] } }[keyof SlaIntegrationEvents];

/** The public shape of a clock, field by field: definitions and ticket history stay inside the service. */
function clockOf(clock: ClockSnapshot): SlaClockV1 {
  return {
    clockId: clock.id,
    ticketId: clock.ticketId,
    reference: clock.reference,
    definition: clock.definition,
    definitionVersion: clock.definitionVersion,
    type: clock.type,
    target: clock.target,
    stage: clock.stage,
    breached: clock.breached,
    startedAt: clock.startedAt,
    dueAt: clock.dueAt,
    originalDueAt: clock.originalDueAt,
    nextMilestoneAt: clock.nextMilestoneAt,
    cycle: clock.cycle,
    group: clock.group,
    assignee: clock.assignee,
  };
}

const changed = (clock: ClockSnapshot, reason: string | null = null, retroactive = false) => ({ clock: clockOf(clock), reason, retroactive, at: clock.asOf });

function contractFor(event: SlaTicketEvent): Published | null {
  switch (event.type) {
    case 'SlaTicketObserved':
      return null;
    case 'SlaClockAttached':
      return { type: SLA_EVENTS.clockStarted, data: changed(event.data.clock, null, event.data.retroactive) };
    case 'SlaClockPaused':
      return { type: SLA_EVENTS.clockPaused, data: changed(event.data.clock) };
    case 'SlaClockResumed':
      return { type: SLA_EVENTS.clockResumed, data: changed(event.data.clock) };
    case 'SlaClockCompleted':
      return { type: SLA_EVENTS.clockCompleted, data: changed(event.data.clock) };
    case 'SlaClockCancelled':
      return { type: SLA_EVENTS.clockCancelled, data: changed(event.data.clock, event.data.reason) };
    case 'SlaClockCycleStarted':
      return { type: SLA_EVENTS.clockCycleStarted, data: changed(event.data.clock) };
    case 'SlaClockRecomputed':
      return { type: SLA_EVENTS.clockRecomputed, data: changed(event.data.clock, event.data.reason) };
    case 'SlaMilestoneReached': {
      const { clock, percent, reachedAt, notify } = event.data;
      const data = { clock: clockOf(clock), percent, reachedAt, retroactive: !notify };
      return percent >= 100 ? { type: SLA_EVENTS.clockBreached, data } : { type: SLA_EVENTS.warningReached, data };
    }
    case 'SlaEscalationNotified': {
      const { clockId, notificationId, recipient, role, percent, reminder, nextReminderAt, at } = event.data;
      return {
        type: SLA_EVENTS.escalationNotified,
        data: { notificationId, clockId, ticketId: ticketOfClock(clockId), recipient, role, channel: 'mail', percent, reminder, nextReminderAt, at },
      };
    }
    case 'SlaEscalationEnded': {
      const { clockId, reason, by, at } = event.data;
      return { type: SLA_EVENTS.escalationEnded, data: { clockId, ticketId: ticketOfClock(clockId), reason, by, at } };
    }
  }
}

/** Clock changes, milestones and escalation notifications on the SLA topic, keyed by ticket. */
export const slaIntegrationMapper: IntegrationEventMapper = {
  categories: [TICKET_CATEGORY],
  map(event: RecordedEvent): OutgoingMessage[] {
    const contract = contractFor(event as unknown as SlaTicketEvent);
    if (!contract) return [];
    const ticketId = (contract.data as { clock?: SlaClockV1; ticketId?: string }).clock?.ticketId ?? (contract.data as { ticketId: string }).ticketId;
    return [
      { topic: TOPICS.sla, key: ticketId, event: toCloudEvent(event, { source: SOURCES.sla, type: contract.type, subject: ticketId, data: contract.data }) },
    ];
  },
};
