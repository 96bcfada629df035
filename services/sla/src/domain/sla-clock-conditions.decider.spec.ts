import { DEFAULT_DEFINITIONS } from './default-definitions';
import type { SlaDefinition } from './sla-definition.model';
import { slaTicketDecider } from './sla-ticket.decider';
import type { SlaTicketEvent } from './sla-ticket.events';
import type { TicketChange } from './ticket-facts';
import { clocksOf, decideAfter, history, observe, opened, TICKET } from '../application/sla-ticket-test-kit';

const resolution = DEFAULT_DEFINITIONS.find((d) => d.id === 'p3-resolution')!;
const response = DEFAULT_DEFINITIONS.find((d) => d.id === 'p1-response')!;
const T0 = '2026-03-23T08:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

/** Paused while on hold; runs again only once someone works on it, not merely when the hold is lifted. */
const resumesOnWork: SlaDefinition = {
  ...resolution,
  id: 'resumes-on-work',
  calendar: '24x7',
  appliesTo: { kind: 'incident' },
  conditions: { start: {}, pause: { status: ['on-hold'] }, resume: { status: ['in-progress'] }, stop: { status: ['resolved', 'closed'] } },
};

/** Restarts whenever the ticket comes back to the service desk group (a fact, not a named change). */
const restartsAtDesk: SlaDefinition = {
  ...resolution,
  id: 'restarts-at-desk',
  calendar: '24x7',
  appliesTo: { kind: 'incident' },
  cycles: 'last',
  conditions: { start: {}, stop: { status: ['resolved', 'closed'] }, reset: { group: ['service-desk'] } },
};

describe('clock conditions: resume and reset', () => {
  it('given a resume condition, a clock put on hold stays paused until it holds, not when the hold is lifted', () => {
    const events = history([
      observe(opened('P3'), T0, 'agent', [resumesOnWork]),
      observe({ signal: 'put-on-hold', holdReason: 'awaiting-caller', thirdParty: null }, at(10), 'agent', [resumesOnWork]),
      observe({ signal: 'assigned', group: 'network', assignee: null, status: 'assigned' }, at(30), 'agent', [resumesOnWork]),
    ]);
    expect(clocksOf(events)['resumes-on-work']).toMatchObject({ stage: 'paused', elapsedMinutes: 10 });
    const resumed = [...events, ...decideAfter(events, observe({ signal: 'work-started', assignee: 'max' }, at(50), 'max', [resumesOnWork]))];
    expect(clocksOf(resumed)['resumes-on-work']).toMatchObject({ stage: 'in-progress', elapsedMinutes: 10, pausedMinutes: 40 });
  });

  it('without a resume condition, the same clock runs again as soon as the hold is lifted', () => {
    const plain = { ...resumesOnWork, conditions: { ...resumesOnWork.conditions, resume: undefined } };
    const events = history([
      observe(opened('P3'), T0, 'agent', [plain]),
      observe({ signal: 'put-on-hold', holdReason: 'awaiting-caller', thirdParty: null }, at(10), 'agent', [plain]),
      observe({ signal: 'assigned', group: 'network', assignee: null, status: 'assigned' }, at(30), 'agent', [plain]),
    ]);
    expect(clocksOf(events)['resumes-on-work']).toMatchObject({ stage: 'in-progress', elapsedMinutes: 10, pausedMinutes: 20 });
  });

  it('given a reset on facts without `on`, the clock restarts when they come to hold, not at every change while they do', () => {
    const events = history([
      observe(opened('P3'), T0, 'agent', [restartsAtDesk]),
      observe({ signal: 'assigned', group: 'network', assignee: null }, at(20), 'agent', [restartsAtDesk]),
      observe({ signal: 'assigned', group: 'service-desk', assignee: null }, at(50), 'agent', [restartsAtDesk]),
      observe({ signal: 'public-comment' }, at(60), 'agent', [restartsAtDesk]),
    ]);
    const clock = clocksOf(events)['restarts-at-desk']!;
    expect(clock.cycles.map((c) => [c.startedAt, c.endedBy])).toEqual([
      [T0, 'reset'],
      [at(50), null],
    ]);
    expect(clock).toMatchObject({ cycle: 2, startedAt: at(50) });
  });

  it('given a reset on named changes, only those changes restart it, and only where its facts hold', () => {
    const onNetwork = { ...restartsAtDesk, conditions: { ...restartsAtDesk.conditions, reset: { on: ['group-changed' as const], group: ['network'] } } };
    const events = history([
      observe(opened('P3'), T0, 'agent', [onNetwork]),
      observe({ signal: 'assigned', group: 'service-desk', assignee: null }, at(10), 'agent', [onNetwork]),
      observe({ signal: 'assigned', group: 'database', assignee: null }, at(20), 'agent', [onNetwork]),
      observe({ signal: 'assigned', group: 'network', assignee: null }, at(40), 'agent', [onNetwork]),
    ]);
    expect(clocksOf(events)['restarts-at-desk']!.cycles.map((c) => [c.startedAt, c.endedBy])).toEqual([
      [T0, 'reset'],
      [at(40), null],
    ]);
  });
});

describe('a phone log as the response', () => {
  const phoneOpened: TicketChange = { ...opened('P1'), channel: 'phone' } as TicketChange;
  const byPhone = { ...response, responseBy: ['phone-log' as const, 'public-comment' as const] };

  it('given an agent opened the ticket on the phone, a response clock counting phone logs completes at the opening', () => {
    const events = history([observe(phoneOpened, T0, 'agent', [byPhone])]);
    expect(clocksOf(events)['p1-response']).toMatchObject({ stage: 'completed', elapsedMinutes: 0, breached: false });
  });

  it('is not a response where the definition does not count it, nor for a ticket opened on another channel, nor for an automatic opening', () => {
    const withoutPhone = { ...response, responseBy: ['public-comment' as const] };
    expect(clocksOf(history([observe(phoneOpened, T0, 'agent', [withoutPhone])]))['p1-response']).toMatchObject({ stage: 'in-progress' });
    expect(clocksOf(history([observe({ ...opened('P1'), channel: 'portal' } as TicketChange, T0, 'agent', [byPhone])]))['p1-response']).toMatchObject({
      stage: 'in-progress',
    });
    for (const automatic of ['system:intake', 'system-email-intake']) {
      expect(clocksOf(history([observe(phoneOpened, T0, automatic, [byPhone])]))['p1-response']).toMatchObject({ stage: 'in-progress' });
    }
  });
});

describe('definitions stored before `reset` replaced `resetOn`', () => {
  it('load as a reset on those changes, in a clock attached under them', () => {
    const { reset: _reset, ...conditions } = restartsAtDesk.conditions;
    const stored = { ...restartsAtDesk, conditions: { ...conditions, resetOn: ['group-changed'] } } as unknown as SlaDefinition;
    const [observed, attached] = history([observe(opened('P3'), T0, 'agent', [restartsAtDesk])]);
    const old = { ...attached!, data: { ...(attached as Extract<SlaTicketEvent, { type: 'SlaClockAttached' }>).data, definition: stored } } as SlaTicketEvent;
    const events = [observed!, old, ...decideAfter([observed!, old], observe({ signal: 'assigned', group: 'network', assignee: null }, at(10), 'agent', []))];
    const moved = [...events, ...decideAfter(events, observe({ signal: 'assigned', group: 'database', assignee: null }, at(30), 'agent', []))];
    const state = moved.reduce(slaTicketDecider.evolve, slaTicketDecider.initialState());
    if (state.status !== 'tracked') throw new Error(`untracked ${TICKET}`);
    expect(state.clocks['restarts-at-desk']!.definition.conditions).toEqual({ ...conditions, reset: { on: ['group-changed'] } });
    expect(clocksOf(moved)['restarts-at-desk']!.cycles.map((c) => [c.startedAt, c.endedBy])).toEqual([
      [T0, 'reset'],
      [at(30), null],
    ]);
  });
});
