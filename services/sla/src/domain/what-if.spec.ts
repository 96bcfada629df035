import { DEFAULT_DEFINITIONS } from './default-definitions';
import { history, observe, opened, stateOf, workingTimes } from '../application/sla-ticket-test-kit';
import type { SlaTicketState } from './sla-ticket.state';
import { whatIf } from './what-if';

const T0 = Date.parse('2026-03-23T08:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

/** P1 tickets whose first public comment came after `minutes`. */
const answeredAfter = (minutes: number) =>
  stateOf(history([observe(opened('P1'), at(0)), observe({ signal: 'public-comment' }, at(minutes))])) as Extract<SlaTicketState, { status: 'tracked' }>;

describe('what-if: real history through proposed definitions', () => {
  const tickets = [answeredAfter(5), answeredAfter(20), answeredAfter(40)];
  const p1Response = DEFAULT_DEFINITIONS.find((d) => d.id === 'p1-response')!;

  it('counts how many would have breached against how many did, and names the tickets that change', () => {
    const [outcome] = whatIf(tickets, [{ ...p1Response, durationMinutes: 30 }], workingTimes, T0 + 86_400_000);
    expect(outcome).toMatchObject({ definition: 'p1-response', tickets: 3, wouldBreach: 1, breached: 2, changed: 1 });
    expect(outcome!.changes).toEqual([{ ticketId: 'inc-1', reference: 'INC0001001', wouldBreach: false, breached: true }]);
  });

  it('is exact: the definitions in force, proposed again, change nothing', () => {
    const [same] = whatIf(tickets, [p1Response], workingTimes, T0 + 86_400_000);
    expect(same).toMatchObject({ tickets: 3, wouldBreach: 2, breached: 2, changed: 0 });
  });

  it('leaves out tickets a proposal does not apply to', () => {
    const p2Only = { ...p1Response, id: 'p2-fast', appliesTo: { kind: 'incident' as const, priorities: ['P2'] } };
    expect(whatIf(tickets, [p2Only], workingTimes, T0 + 86_400_000)[0]).toMatchObject({ tickets: 0, wouldBreach: 0 });
  });
});
