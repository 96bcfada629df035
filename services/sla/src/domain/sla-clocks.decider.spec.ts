import { timelineOf } from '../application/calendar-timeline';
import { berlinOffice } from './calendar-fixtures';
import { clockIdOf } from './clock-snapshot';
import { clocksAsOf } from './clock-view';
import { clocksOf, decideAfter, stateOf, workingTimes, history, observe, opened, spec, TICKET, typesOf } from '../application/sla-ticket-test-kit';

// Mon 2026-03-23 09:00 in Berlin (CET) is 08:00Z; the Friday of that week is 2026-03-27.
const MON_0900 = '2026-03-23T08:00:00.000Z';

describe('SLA clocks on a ticket', () => {
  it('every new incident gets a response and a resolution clock under the defaults, recording the definition version', () => {
    spec
      .given([])
      .when(observe(opened('P2'), MON_0900))
      .thenState((state) => {
        expect(state.status === 'tracked' && Object.keys(state.clocks).sort()).toEqual(['p2-resolution', 'p2-response']);
      });
    const clocks = clocksOf(history([observe(opened('P2'), MON_0900)]));
    expect(clocks['p2-response']).toMatchObject({
      id: clockIdOf(TICKET, 'p2-response'),
      stage: 'in-progress',
      breached: false,
      startedAt: MON_0900,
      dueAt: '2026-03-23T09:00:00.000Z',
      originalDueAt: '2026-03-23T09:00:00.000Z',
      definitionVersion: 0,
      type: 'sla',
      target: 'response',
    });
    expect(clocks['p2-resolution']!.dueAt).toBe('2026-03-23T16:00:00.000Z');
  });

  it('on hold awaiting the caller pauses the resolution clock and not the response clock; Fri 17:00 to Mon 10:00 credits 2 working hours', () => {
    const events = history([
      observe(opened('P4'), '2026-03-27T15:00:00.000Z'),
      observe({ signal: 'put-on-hold', holdReason: 'awaiting-caller', thirdParty: null }, '2026-03-27T16:00:00.000Z'),
      observe({ signal: 'resumed', status: 'in-progress' }, '2026-03-30T08:00:00.000Z'),
    ]);
    expect(typesOf(events).filter((t) => t === 'SlaClockPaused' || t === 'SlaClockResumed')).toEqual(['SlaClockPaused', 'SlaClockResumed']);
    const { 'p4-resolution': resolution } = clocksOf(events);
    const response = clocksAsOf(stateOf(events), workingTimes, Date.parse('2026-03-30T08:00:00.000Z')).find((c) => c.definition === 'p4-response');
    // 17:00 to 10:00 on the wall is 65 h, but the clocks went forward on Sunday: 64 h passed, 2 of them working hours.
    expect(resolution).toMatchObject({ stage: 'in-progress', pausedMinutes: 120, pausedCalendarMinutes: 64 * 60, elapsedMinutes: 60 });
    // The pause moved the due instant by exactly the 2 working hours it lasted.
    expect(timelineOf(berlinOffice, []).elapsedMs(Date.parse(resolution!.originalDueAt), Date.parse(resolution!.dueAt))).toBe(2 * 3600_000);
    expect(response).toMatchObject({ stage: 'in-progress', pausedMinutes: 0, elapsedMinutes: 180 });
  });

  it('counts a public comment as the response, never an internal note or an automatic assignment', () => {
    const start = [observe(opened('P3'), MON_0900)];
    const note = history([...start, observe({ signal: 'internal-note' }, '2026-03-23T08:30:00.000Z')]);
    expect(clocksOf(note)['p3-response']!.stage).toBe('in-progress');
    const automatic = history([...start, observe({ signal: 'assigned', group: 'service-desk', assignee: null }, '2026-03-23T08:30:00.000Z', 'system:intake')]);
    expect(clocksOf(automatic)['p3-response']!.stage).toBe('in-progress');
    const comment = history([...start, observe({ signal: 'public-comment' }, '2026-03-23T08:30:00.000Z')]);
    expect(clocksOf(comment)['p3-response']).toMatchObject({ stage: 'completed', elapsedMinutes: 30, breached: false });
  });

  it('resolving completes the clocks; reopening starts a new cycle of the resolution clock that adds to the first', () => {
    const events = history([
      observe(opened('P2'), MON_0900),
      observe({ signal: 'public-comment' }, '2026-03-23T08:10:00.000Z'),
      observe({ signal: 'resolved', status: 'resolved' }, '2026-03-23T10:00:00.000Z'),
      observe({ signal: 'reopened', status: 'in-progress' }, '2026-03-23T12:00:00.000Z'),
    ]);
    const { 'p2-resolution': resolution, 'p2-response': response } = clocksOf(events);
    expect(response).toMatchObject({ stage: 'completed', cycle: 1 });
    expect(resolution).toMatchObject({
      stage: 'in-progress',
      cycle: 2,
      elapsedMinutes: 120,
      startedAt: '2026-03-23T12:00:00.000Z',
      dueAt: '2026-03-24T09:00:00.000Z',
    });
    expect(typesOf(events)).toEqual(expect.arrayContaining(['SlaClockCompleted', 'SlaClockCycleStarted']));
  });

  it('a P3 worked 3 h (1 h on hold) then raised to P1 starts P1 from the opening, shows 2 h elapsed and sends no storm', () => {
    const worked = history([
      observe(opened('P3'), MON_0900),
      observe({ signal: 'put-on-hold', holdReason: 'awaiting-caller', thirdParty: null }, '2026-03-23T09:00:00.000Z'),
      observe({ signal: 'resumed', status: 'in-progress' }, '2026-03-23T10:00:00.000Z'),
    ]);
    const raised = decideAfter(worked, observe({ signal: 'classified', priority: 'P1', category: null }, '2026-03-23T11:00:00.000Z'));
    const clocks = clocksOf([...worked, ...raised]);
    expect(clocks['p1-resolution']).toMatchObject({ elapsedMinutes: 120, pausedMinutes: 60, startedAt: MON_0900, stage: 'in-progress', breached: false });
    expect(clocks['p1-resolution']!.dueAt).toBe('2026-03-23T13:00:00.000Z');
    // P1 response (15 min) was breached long ago: recorded, flagged, but nobody is notified of history.
    expect(clocks['p1-response']).toMatchObject({ breached: true, breachedAt: '2026-03-23T08:15:00.000Z' });
    const milestones = raised.filter((e) => e.type === 'SlaMilestoneReached');
    expect(milestones.length).toBeGreaterThan(0);
    expect(milestones.every((e) => e.type === 'SlaMilestoneReached' && !e.data.notify)).toBe(true);
    expect(typesOf(raised)).not.toContain('SlaEscalationNotified');
    expect(raised.filter((e) => e.type === 'SlaClockCancelled').map((e) => e.type === 'SlaClockCancelled' && [e.data.clock.definition, e.data.reason])).toEqual(
      [
        ['p3-response', 'reselected'],
        ['p3-resolution', 'reselected'],
      ],
    );
  });
});
