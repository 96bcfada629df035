import { DEFAULT_DEFINITIONS } from './default-definitions';
import type { SlaDefinition } from './sla-definition.model';
import { clocksAsOf } from './clock-view';
import { clocksOf, decideAfter, history, observe, opened, stateOf, typesOf, workingTimes } from '../application/sla-ticket-test-kit';
import type { TicketChange } from './ticket-facts';

const T0 = '2026-03-23T08:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
const p1Resolution = DEFAULT_DEFINITIONS.find((d) => d.id === 'p1-resolution')!;
const withCycles = (cycles: SlaDefinition['cycles']): SlaDefinition => ({ ...p1Resolution, id: `resolution-${cycles}`, cycles });

/** Opened, resolved after 60 min, reopened at 120, and looked at 30 min later. */
function reopenedUnder(definition: SlaDefinition) {
  const events = history([
    observe(opened('P1'), T0, 'agent', [definition]),
    observe({ signal: 'resolved', status: 'resolved' }, at(60), 'agent', [definition]),
    observe({ signal: 'reopened', status: 'in-progress' }, at(120), 'agent', [definition]),
    observe({ signal: 'public-comment' }, at(150), 'agent', [definition]),
  ]);
  return clocksAsOf(stateOf(events), workingTimes, Date.parse(at(150))).find((clock) => clock.definition === definition.id)!;
}

describe('cycles of a reopened ticket, cancellation, fulfilment, repair', () => {
  it('sum adds the cycles, last counts only the latest, first keeps the first result', () => {
    expect(reopenedUnder(withCycles('sum'))).toMatchObject({ cycle: 2, stage: 'in-progress', elapsedMinutes: 90, dueAt: at(120 + 180) });
    expect(reopenedUnder(withCycles('last'))).toMatchObject({ cycle: 2, stage: 'in-progress', elapsedMinutes: 30, dueAt: at(120 + 240) });
    expect(reopenedUnder(withCycles('first'))).toMatchObject({ cycle: 1, stage: 'completed', elapsedMinutes: 60 });
  });

  it('a cancelled ticket cancels its clocks, and they stay cancelled', () => {
    const events = history([observe(opened('P1'), T0), observe({ signal: 'cancelled', status: 'cancelled' }, at(10))]);
    expect(clocksOf(events)['p1-resolution']).toMatchObject({ stage: 'cancelled', elapsedMinutes: 10 });
    expect(decideAfter(events, observe({ signal: 'internal-note' }, at(20))).map((e) => e.type)).toEqual(['SlaTicketObserved']);
  });

  it('a service request gets a fulfilment clock that waits while approval is pending', () => {
    const submitted: TicketChange = {
      signal: 'opened',
      kind: 'service-request',
      reference: 'REQ0001001',
      priority: null,
      service: null,
      category: 'new-laptop',
      status: 'awaiting-approval',
    };
    const events = history([
      observe(submitted, T0),
      observe({ signal: 'approved', status: 'in-fulfilment' }, at(60)),
      observe({ signal: 'fulfilled', status: 'fulfilled' }, at(90)),
    ]);
    expect(Object.keys(clocksOf(events))).toEqual(['request-fulfilment']);
    expect(clocksOf(events)['request-fulfilment']).toMatchObject({ target: 'fulfilment', stage: 'completed', pausedMinutes: 60, elapsedMinutes: 30 });
  });

  it('repair recomputes under a corrected definition with the reason, and leaves closed tickets alone unless asked', () => {
    const events = history([observe(opened('P1'), T0)]);
    const corrected = { ...p1Resolution, durationMinutes: 480, version: 1 };
    const repair = (includeClosed: boolean) => ({
      type: 'RecomputeClocks' as const,
      data: { definitions: [corrected], workingTimes, reason: 'target corrected', includeClosed, at: at(30) },
    });
    const repaired = decideAfter(events, repair(false)).filter((e) => e.type === 'SlaClockRecomputed' && e.data.clock.definition === 'p1-resolution');
    expect(
      repaired.map((e) => e.type === 'SlaClockRecomputed' && [e.data.clock.definition, e.data.clock.definitionVersion, e.data.clock.dueAt, e.data.reason]),
    ).toEqual([['p1-resolution', 1, at(480), 'target corrected']]);
    const closed = [...events, ...decideAfter(events, observe({ signal: 'closed', status: 'closed' }, at(20)))];
    expect(decideAfter(closed, repair(false))).toEqual([]);
    expect(typesOf(decideAfter(closed, repair(true)))).toEqual(['SlaClockRecomputed']);
  });
});
