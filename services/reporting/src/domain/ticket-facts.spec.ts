import { factsAsOf, isOpenAt } from './as-of';
import type { TicketChange } from './ticket-activity.events';
import { isPingPong, slaOutcomes } from './ticket-outcomes';
import {
  assigned,
  breached,
  closed,
  escalated,
  onHold,
  opened,
  reopened,
  resolutionClock,
  resolved,
  responseClock,
  resumed,
  ticket,
} from './ticket-histories.fixtures';

const at = (hhmm: string) => `2026-03-02T${hhmm}:00.000Z`;

describe('ticket facts, folded from observed activity', () => {
  it('given an opening and assignments across tiers, the group path and tiers list every step in order', () => {
    const facts = ticket(
      't',
      ['09:00', opened()],
      ['09:05', assigned('service-desk', 1, 'alice')],
      ['10:00', escalated('network', 2)],
      ['11:00', assigned('datacenter', 3, 'carol')],
    );
    expect(facts).toMatchObject({
      groupPath: ['service-desk', 'network', 'datacenter'],
      tiers: [1, 2, 3],
      group: 'datacenter',
      tier: 3,
      reassignmentCount: 2,
      escalationCount: 1,
    });
    expect(facts.firstAssignedAt).toBe(at('09:05'));
  });

  it('given a return to an earlier group, the path shows it again: a ping-pong', () => {
    const facts = ticket(
      't',
      ['09:00', opened()],
      ['09:05', assigned('service-desk', 1)],
      ['10:00', assigned('network', 2)],
      ['11:00', assigned('service-desk', 1)],
    );
    expect(facts.groupPath).toEqual(['service-desk', 'network', 'service-desk']);
    expect(isPingPong(facts)).toBe(true);
  });

  it('given an assignment to the same group again, nothing is counted twice', () => {
    const facts = ticket(
      't',
      ['09:00', opened()],
      ['09:05', assigned('service-desk', 1)],
      ['10:00', escalated('network', 2)],
      ['10:00', assigned('network', 2)],
    );
    expect(facts).toMatchObject({ groupPath: ['service-desk', 'network'], reassignmentCount: 1 });
  });

  it('given a resolution, a reopen and a second resolution, resolvedAt is the latest and the reopen is counted', () => {
    const facts = ticket('t', ['09:00', opened()], ['10:00', resolved()], ['11:00', reopened], ['15:00', resolved()], ['16:00', closed]);
    expect(facts).toMatchObject({
      status: 'closed',
      resolvedAt: at('15:00'),
      closedAt: at('16:00'),
      resolutions: [at('10:00'), at('15:00')],
      reopens: [at('11:00')],
    });
  });

  it('given an article linked to the ticket in knowledge, the article used is that article; the latest one used wins', () => {
    expect(ticket('t', ['09:00', opened()]).articleUsed).toBeNull();
    expect(ticket('t', ['09:00', opened()], ['09:10', { kind: 'article-linked', article: 'KB0001007' }]).articleUsed).toBe('KB0001007');
    const twice = ticket(
      't',
      ['09:00', opened()],
      ['09:10', { kind: 'article-linked', article: 'KB0001007' }],
      ['09:20', { kind: 'article-linked', article: 'KB0001009' }],
    );
    expect(twice.articleUsed).toBe('KB0001009');
  });

  it('given a hold, the ticket stays in the backlog while it waits', () => {
    const facts = ticket('t', ['09:00', opened()], ['09:05', assigned('service-desk', 1)], ['10:00', onHold], ['14:00', resumed]);
    expect(facts.holdCount).toBe(1);
    expect(isOpenAt(facts, at('12:00'))).toBe(true);
    expect(isOpenAt(facts, at('08:59'))).toBe(false);
  });
});

describe('as of an instant', () => {
  const facts = ticket(
    't',
    ['09:00', opened({ priority: 'P3' })],
    ['09:05', assigned('service-desk', 1)],
    ['10:00', escalated('network', 2)],
    ['12:00', resolved('bob')],
  );

  it('takes the group, tier and status the ticket had then, not the current ones', () => {
    expect(factsAsOf(facts, at('09:30'))).toMatchObject({
      group: 'service-desk',
      tier: 1,
      status: 'assigned',
      resolvedAt: null,
      groupPath: ['service-desk'],
      tiers: [1],
    });
    expect(factsAsOf(facts, at('13:00'))).toMatchObject({ group: 'network', tier: 2, status: 'resolved', resolvedAt: at('12:00') });
  });

  it('does not know a ticket before it was opened', () => {
    expect(factsAsOf(facts, at('08:00'))).toBeNull();
  });
});

describe('SLA outcomes per target', () => {
  const paused: TicketChange = { kind: 'clock', clockId: 'resolution', target: 'resolution', stage: 'paused', breached: false };

  it('given clocks still running or paused, their targets are running and paused, never met', () => {
    const facts = ticket('t', ['09:00', opened()], ['09:00', responseClock('in-progress')], ['09:00', resolutionClock('in-progress')], ['10:00', paused]);
    expect(slaOutcomes(facts)).toEqual([
      { target: 'response', breached: false, state: 'running' },
      { target: 'resolution', breached: false, state: 'paused' },
    ]);
  });

  it('given a completed clock it is met, a breached one breached (even while it still runs), and a cancelled one is left out', () => {
    const facts = ticket(
      't',
      ['09:00', opened()],
      ['09:00', responseClock('in-progress')],
      ['09:30', breached('response')],
      ['09:40', resolutionClock('cancelled')],
    );
    expect(slaOutcomes(facts)).toEqual([{ target: 'response', breached: true, state: 'breached' }]);
    const done = ticket('u', ['09:00', opened()], ['09:10', responseClock('completed')], ['11:00', resolutionClock('completed')]);
    expect(slaOutcomes(done).map((o) => o.state)).toEqual(['met', 'met']);
  });
});
