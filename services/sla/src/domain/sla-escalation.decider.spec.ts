import { IllegalTransition } from '@deskstream/kernel';
import type { SlaTicketEvent } from './sla-ticket.events';
import { decideAfter, history, observe, opened, spec, workingTimes } from '../application/sla-ticket-test-kit';

// P3 on business hours (Berlin): opened Fri 2026-03-27 16:00 CET, response (4 h) breaches Monday 12:00 CEST (10:00Z).
const OPENED = '2026-03-27T15:00:00.000Z';
const ticket = history([observe(opened('P3'), OPENED), observe({ signal: 'work-started', assignee: 'resolver' }, '2026-03-27T15:05:00.000Z', 'system:intake')]);
const notifications = (events: readonly SlaTicketEvent[]) =>
  events.flatMap((e) => (e.type === 'SlaEscalationNotified' ? [[e.data.recipient, e.data.role, e.data.percent, e.data.reminder, e.data.nextReminderAt]] : []));

describe('escalation that repeats until someone acts', () => {
  const breach = decideAfter(ticket, { type: 'CheckClocks', data: { at: '2026-03-30T10:00:00.000Z', workingTimes } });
  const escalated = [...ticket, ...breach];

  it('at the breach tells the assignee; the next reminder is due in working time (Monday 13:00, not at night)', () => {
    const response = notifications(breach).filter(([, , percent]) => percent === 100);
    expect(response).toEqual([['resolver', 'assignee', 100, 0, '2026-03-30T11:00:00.000Z']]);
  });

  it('then reminds the group manager at each interval while nobody acts; a superseded timer does nothing', () => {
    const first = breach.find((e) => e.type === 'SlaEscalationNotified' && e.data.percent === 100)!;
    if (first.type !== 'SlaEscalationNotified') throw new Error('no notification');
    const reminder = decideAfter(escalated, {
      type: 'RemindEscalation',
      data: { clockId: first.data.clockId, notificationId: first.data.notificationId, at: '2026-03-30T11:00:00.000Z', workingTimes },
    });
    expect(notifications(reminder)).toEqual([['service-owner', 'group-manager', 100, 1, '2026-03-30T12:00:00.000Z']]);
    const stale = decideAfter([...escalated, ...reminder], {
      type: 'RemindEscalation',
      data: { clockId: first.data.clockId, notificationId: first.data.notificationId, at: '2026-03-30T11:00:00.000Z', workingTimes },
    });
    expect(stale).toEqual([]);
  });

  it('ends when someone acts on the ticket, but not on an automatic step', () => {
    const automatic = decideAfter(escalated, observe({ signal: 'internal-note' }, '2026-03-30T10:30:00.000Z', 'system:monitoring'));
    expect(automatic.map((e) => e.type)).not.toContain('SlaEscalationEnded');
    const acted = decideAfter(escalated, observe({ signal: 'internal-note' }, '2026-03-30T10:30:00.000Z', 'resolver'));
    expect(acted.filter((e) => e.type === 'SlaEscalationEnded').map((e) => e.type === 'SlaEscalationEnded' && e.data.reason)).toContain('acted-on');
  });

  it('ends when acknowledged; acknowledging what is not escalated is refused with 409', () => {
    const clockId = 'inc-1:p3-response';
    spec
      .given(escalated)
      .when({ type: 'AcknowledgeEscalation', data: { clockId, by: 'resolver', at: '2026-03-30T10:10:00.000Z' } })
      .then([{ type: 'SlaEscalationEnded', data: { clockId, reason: 'acknowledged', by: 'resolver', at: '2026-03-30T10:10:00.000Z' } }]);
    spec
      .given(ticket)
      .when({ type: 'AcknowledgeEscalation', data: { clockId, by: 'resolver', at: '2026-03-30T10:10:00.000Z' } })
      .thenThrows(IllegalTransition);
  });
});
