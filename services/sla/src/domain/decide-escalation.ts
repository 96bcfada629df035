import { IllegalTransition, NotFound } from '@deskstream/kernel';
import type { ClockSnapshot } from './clock-snapshot';
import type { SlaDefinition } from './sla-definition.model';
import type { AcknowledgeEscalation, RemindEscalation, SlaEscalationNotified, SlaTicketEvent, WorkingTimes } from './sla-ticket.events';
import type { SlaTicketState, TrackedClock } from './sla-ticket.state';

type Tracked = Extract<SlaTicketState, { status: 'tracked' }>;

const managerOf = (definition: SlaDefinition, group: string | null): string | null =>
  definition.escalation ? ((group !== null ? definition.escalation.managers[group] : undefined) ?? definition.escalation.managers['*'] ?? null) : null;

/**
 * The notifications of one escalation step: first the assignee (or, with nobody assigned, the group's
 * manager), from the first reminder on the group's manager; a third party sitting on an underpinning
 * contract gets its own reminder each time. The next reminder is due after the repeat interval in the
 * clock's working time, so nobody is chased at midnight or at the weekend.
 */
export function escalationStep(
  tracked: TrackedClock,
  clock: ClockSnapshot,
  percent: number,
  reminder: number,
  at: number,
  workingTimes: WorkingTimes,
): SlaEscalationNotified[] {
  const { definition } = tracked;
  const policy = definition.escalation;
  if (!policy) return [];
  const manager = policy.notify.includes('group-manager') ? managerOf(definition, clock.group) : null;
  const assignee = policy.notify.includes('assignee') ? clock.assignee : null;
  const first = reminder === 0 ? (assignee ?? manager) : (manager ?? assignee);
  const recipients: { recipient: string; role: SlaEscalationNotified['data']['role'] }[] = [];
  if (first !== null) recipients.push({ recipient: first, role: first === assignee ? 'assignee' : 'group-manager' });
  if (policy.notify.includes('third-party') && clock.thirdParty !== null) recipients.push({ recipient: clock.thirdParty, role: 'third-party' });
  const workingTime = workingTimes[definition.calendar];
  const nextReminderAt = workingTime ? new Date(workingTime.dueMs(at, policy.repeatEveryMinutes * 60_000)).toISOString() : null;
  return recipients.map(({ recipient, role }, i) => ({
    type: 'SlaEscalationNotified',
    data: {
      clockId: clock.id,
      notificationId: `${clock.id}:${percent}:${reminder}${i > 0 ? `:${role}` : ''}`,
      percent,
      recipient,
      role,
      reminder,
      // Only the step's first notification carries the reminder timer: one timer per escalation.
      nextReminderAt: i === 0 ? nextReminderAt : null,
      at: new Date(at).toISOString(),
    },
  }));
}

function clockOf(state: SlaTicketState, clockId: string): { state: Tracked; tracked: TrackedClock } {
  if (state.status === 'untracked') throw new NotFound('Clock', clockId);
  const tracked = Object.values(state.clocks).find((clock) => clock.snapshot.id === clockId);
  if (!tracked) throw new NotFound('Clock', clockId);
  return { state, tracked };
}

/** The reminder timer fired: remind again, unless someone acted, acknowledged, or a later step superseded this timer. */
export function decideReminder(command: RemindEscalation, state: SlaTicketState): SlaTicketEvent[] {
  const { clockId, notificationId, at, workingTimes } = command.data;
  const { state: tracked, tracked: clock } = clockOf(state, clockId);
  const open = tracked.escalations[clockId];
  if (!open || open.lastNotificationId !== notificationId) return [];
  return escalationStep(clock, clock.snapshot, open.percent, open.reminders + 1, Date.parse(at), workingTimes);
}

export function decideAcknowledgement(command: AcknowledgeEscalation, state: SlaTicketState): SlaTicketEvent[] {
  const { clockId, by, at } = command.data;
  const { state: tracked } = clockOf(state, clockId);
  if (!tracked.escalations[clockId]) throw new IllegalTransition('acknowledge', 'not-escalated', []);
  return [{ type: 'SlaEscalationEnded', data: { clockId, reason: 'acknowledged', by, at } }];
}
