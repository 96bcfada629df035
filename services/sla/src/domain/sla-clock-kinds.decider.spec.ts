import { DEFAULT_DEFINITIONS } from './default-definitions';
import type { SlaDefinition } from './sla-definition.model';
import { clocksOf, decideAfter, history, observe, opened, typesOf, workingTimes } from '../application/sla-ticket-test-kit';

const base = DEFAULT_DEFINITIONS.find((d) => d.id === 'p3-resolution')!;

/** An OLA: the group's own handling time, from its assignment, restarting when another group takes over. */
const ola: SlaDefinition = {
  ...base,
  id: 'ola-handling',
  name: 'Group handling',
  type: 'ola',
  appliesTo: { kind: 'incident' },
  durationMinutes: 120,
  calendar: '24x7',
  conditions: { start: { groupAssigned: true }, stop: { status: ['resolved', 'closed'] }, cancel: { status: ['cancelled'] }, reset: { on: ['group-changed'] } },
  cycles: 'last',
  escalation: null,
};

/** A UC: runs only while the ticket waits on the supplier. */
const uc: SlaDefinition = {
  ...base,
  id: 'uc-telecom',
  name: 'Contoso Telecom response',
  type: 'uc',
  appliesTo: { kind: 'incident' },
  durationMinutes: 60,
  calendar: '24x7',
  conditions: {
    start: { status: ['on-hold'], holdReason: ['awaiting-third-party'], thirdParty: ['Contoso Telecom'] },
    stop: { status: ['in-progress', 'resolved', 'closed'] },
  },
  cycles: 'sum',
  escalation: { notify: ['third-party'], repeatEveryMinutes: 30, managers: {} },
};

const T0 = '2026-03-23T08:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

describe('OLA and UC clocks', () => {
  it('an OLA starts when a group is assigned (not at creation) and restarts on a change of group', () => {
    const events = history([
      observe(opened('P3'), T0, 'agent', [ola]),
      observe({ signal: 'assigned', group: 'service-desk', assignee: null }, at(30), 'agent', [ola]),
      observe({ signal: 'assigned', group: 'network', assignee: null }, at(90), 'agent', [ola]),
    ]);
    expect(clocksOf(events.slice(0, 1))['ola-handling']).toBeUndefined();
    const clock = clocksOf(events)['ola-handling']!;
    expect(clock).toMatchObject({ type: 'ola', cycle: 2, startedAt: at(90), dueAt: at(210), elapsedMinutes: 0 });
    expect(clock.cycles.map((c) => [c.startedAt, c.elapsedMinutes, c.endedBy])).toEqual([
      [at(30), 60, 'reset'],
      [at(90), 0, null],
    ]);
  });

  it('a UC runs only while on hold awaiting that third party, and reminds the third party at its milestones', () => {
    const events = history([
      observe(opened('P3'), T0, 'agent', [uc]),
      observe({ signal: 'put-on-hold', holdReason: 'awaiting-caller', thirdParty: null }, at(10), 'agent', [uc]),
      observe({ signal: 'resumed', status: 'in-progress' }, at(20), 'agent', [uc]),
      observe({ signal: 'put-on-hold', holdReason: 'awaiting-third-party', thirdParty: 'Contoso Telecom' }, at(30), 'agent', [uc]),
    ]);
    expect(clocksOf(events)['uc-telecom']).toMatchObject({ type: 'uc', stage: 'in-progress', startedAt: at(30), thirdParty: 'Contoso Telecom' });
    const fired = decideAfter(events, { type: 'CheckClocks', data: { at: at(60), workingTimes } });
    const notified = fired.filter((e) => e.type === 'SlaEscalationNotified');
    expect(notified.map((e) => e.type === 'SlaEscalationNotified' && [e.data.recipient, e.data.role, e.data.percent])).toEqual([
      ['Contoso Telecom', 'third-party', 50],
    ]);
    const after = [...events, ...fired, ...decideAfter([...events, ...fired], observe({ signal: 'resumed', status: 'in-progress' }, at(70), 'agent', [uc]))];
    expect(clocksOf(after)['uc-telecom']).toMatchObject({ stage: 'completed', elapsedMinutes: 40, breached: false });
  });

  it('warnings at 50 % and 75 % and the breach at 100 % are each reached once, at their working-time instants', () => {
    const started = history([observe(opened('P2'), T0)]);
    const early = decideAfter(started, { type: 'CheckClocks', data: { at: at(29), workingTimes } });
    expect(early).toEqual([]);
    const half = decideAfter(started, { type: 'CheckClocks', data: { at: at(30), workingTimes } });
    expect(
      half
        .filter((e) => e.type === 'SlaMilestoneReached')
        .map((e) => e.type === 'SlaMilestoneReached' && [e.data.clock.definition, e.data.percent, e.data.reachedAt]),
    ).toEqual([['p2-response', 50, at(30)]]);
    const again = decideAfter([...started, ...half], { type: 'CheckClocks', data: { at: at(30), workingTimes } });
    expect(again).toEqual([]);
  });

  it('decides a breach from the time left, to the millisecond, never from a rounded percentage', () => {
    const started = history([observe(opened('P2'), T0)]);
    const justBefore = decideAfter(started, { type: 'CheckClocks', data: { at: new Date(Date.parse(at(60)) - 1).toISOString(), workingTimes } });
    const before = clocksOf([...started, ...justBefore])['p2-response']!;
    expect(before.breached).toBe(false);
    expect(before.remainingMinutes).toBeGreaterThan(0);
    const onTime = decideAfter(started, { type: 'CheckClocks', data: { at: at(60), workingTimes } });
    expect(typesOf(onTime)).toContain('SlaMilestoneReached');
    expect(clocksOf([...started, ...onTime])['p2-response']).toMatchObject({ breached: true, breachedAt: at(60), remainingMinutes: 0 });
  });
});
