import { DEFAULT_DEFINITIONS } from './default-definitions';
import type { SlaDefinition } from './sla-definition.model';
import { clocksOf, decideAfter, history, observe, opened, typesOf, workingTimes } from '../application/sla-ticket-test-kit';

const T0 = '2026-03-23T08:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
const ms = (minutes: number) => Date.parse(at(minutes));

/** A major incident's stakeholder updates: due when the incident says the next one is, restarting with each update. */
const updates: SlaDefinition = {
  ...DEFAULT_DEFINITIONS.find((d) => d.id === 'p1-resolution')!,
  id: 'stakeholder-updates',
  type: 'ola',
  appliesTo: { kind: 'incident' },
  durationMinutes: null,
  deadlineField: 'nextUpdateDueAt',
  calendar: '24x7',
  conditions: { start: {}, stop: { status: ['resolved', 'closed'] }, reset: { on: ['stakeholder-update-published'] } },
  cycles: 'last',
  escalation: null,
};

describe('clocks due at a fixed deadline field', () => {
  it('given no deadline on the ticket, the clock does not attach; given one, it is due exactly then', () => {
    const events = history([
      observe(opened('P1'), T0, 'agent', [updates]),
      observe({ signal: 'major-incident-declared', nextUpdateDueAt: ms(40) }, at(10), 'manager', [updates]),
    ]);
    expect(clocksOf(events.slice(0, 1))['stakeholder-updates']).toBeUndefined();
    expect(clocksOf(events)['stakeholder-updates']).toMatchObject({
      stage: 'in-progress',
      startedAt: at(10),
      dueAt: at(40),
      originalDueAt: at(40),
      targetMinutes: 30,
    });
  });

  it('given an update published in time, a new cycle is due at the next deadline, and it breaches at that deadline when none follows', () => {
    const events = history([
      observe(opened('P1'), T0, 'agent', [updates]),
      observe({ signal: 'major-incident-declared', nextUpdateDueAt: ms(40) }, at(10), 'manager', [updates]),
      observe({ signal: 'stakeholder-update-published', nextUpdateDueAt: ms(90) }, at(30), 'manager', [updates]),
    ]);
    const clock = clocksOf(events)['stakeholder-updates']!;
    expect(clock).toMatchObject({ cycle: 2, startedAt: at(30), dueAt: at(90), targetMinutes: 60, breached: false });
    const fired = decideAfter(events, { type: 'CheckClocks', data: { at: at(95), workingTimes } });
    expect(typesOf(fired)).toContain('SlaMilestoneReached');
    expect(clocksOf([...events, ...fired])['stakeholder-updates']).toMatchObject({ breached: true, breachedAt: at(90) });
  });

  it('given a deadline already past when the clock attaches, it is breached at once', () => {
    const events = history([
      observe(opened('P1'), T0, 'agent', [updates]),
      observe({ signal: 'major-incident-declared', nextUpdateDueAt: ms(5) }, at(10), 'manager', [updates]),
    ]);
    expect(clocksOf(events)['stakeholder-updates']).toMatchObject({ breached: true, breachedAt: at(10), dueAt: at(10) });
  });
});
