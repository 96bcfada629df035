import { kpiNamed, type KpiContext, type Period } from './kpis';
import type { TicketFacts } from './ticket-facts';
import {
  assigned,
  breached,
  EIGHT_TO_EIGHT,
  escalated,
  logged,
  MARCH,
  onHold,
  opened,
  rated,
  reopened,
  resolutionClock,
  resolved,
  responseClock,
  resumed,
  ticket,
} from './ticket-histories.fixtures';

/** Given these tickets' histories, when a KPI is computed over a period, then this value. */
function kpi(name: string) {
  const definition = kpiNamed(name);
  if (!definition) throw new Error(`no KPI ${name}`);
  return {
    given: (...tickets: TicketFacts[]) => ({
      when: (period: Period = MARCH, context: KpiContext = EIGHT_TO_EIGHT) => ({
        then: (expected: number | null) => expect(definition.compute(tickets, period, context)).toBe(expected),
      }),
    }),
  };
}

const at = (hhmm: string, day = '02') => `2026-03-${day}T${hhmm}:00.000Z`;
const instantOnly = (instant: string): Period => ({ ...MARCH, instant });

const quick = ticket('quick', ['09:00', opened()], ['09:05', assigned('service-desk', 1, 'alice')], ['12:00', resolved()]);
/** Resolved, reopened, resolved again: its time to resolve runs to the latest resolution. */
const reopenedOnce = ticket('reopen', ['09:00', opened()], ['10:00', resolved()], ['11:00', reopened], ['15:00', resolved()]);
/** Waits on the caller for four hours: the hold counts in calendar time to resolve. */
const held = ticket('hold', ['09:00', opened()], ['10:00', onHold], ['14:00', resumed], ['15:00', resolved()]);
/** service-desk -> network -> service-desk. */
const pingPong = ticket(
  'ping-pong',
  ['09:00', opened()],
  ['09:05', assigned('service-desk', 1)],
  ['10:00', assigned('network', 2)],
  ['11:00', assigned('service-desk', 1)],
  ['13:00', resolved('bob')],
);
/** Reassigned from tier 1 to a tier-2 group without an escalation step. */
const acrossTiers = ticket('tiers', ['09:00', opened()], ['09:05', assigned('service-desk', 1)], ['10:00', assigned('network', 2)], ['11:00', resolved('bob')]);
const stillOpen = ticket('open', ['09:00', opened()], ['09:05', assigned('service-desk', 1)]);

describe('volume, throughput and backlog growth', () => {
  const february = ticket('feb', ['2026-02-27T09:00:00.000Z', opened()], ['2026-03-02T10:00', resolved()]);
  it('volume counts openings in the period', () => kpi('volume').given(quick, stillOpen, february).when().then(2));
  it('throughput counts tickets resolved in the period, whenever opened', () => kpi('throughput').given(quick, stillOpen, february).when().then(2));
  it('backlog growth is opened minus resolved', () => kpi('backlog_growth').given(quick, stillOpen, february).when().then(0));
});

describe('time to resolve', () => {
  it('runs from opening to the latest resolution after a reopen', () => kpi('mttr_hours').given(quick, reopenedOnce).when().then(4.5));
  it('counts a hold in calendar time', () => kpi('mttr_hours').given(held).when().then(6));
  it('median of 3, 6 and 4 hours is 4', () => kpi('median_ttr_hours').given(quick, reopenedOnce, pingPong).when().then(4));
  it('in working hours: 19:00 to 09:00 the next day is 2 working hours (14 calendar hours)', () => {
    const overnight = ticket('night', ['19:00', opened()], ['2026-03-03T09:00:00.000Z', resolved()]);
    kpi('mttr_hours').given(overnight).when().then(14);
    kpi('mttr_business_hours').given(overnight).when().then(2);
  });
  it('has no value without resolutions', () => kpi('mttr_hours').given(stillOpen).when().then(null));
});

describe('time to acknowledge', () => {
  it('runs from opening to the completion of the response clock', () => {
    const answered = ticket('ack', ['09:00', opened()], ['09:00', responseClock('in-progress')], ['09:30', responseClock('completed')]);
    kpi('mtta_hours').given(answered, stillOpen).when().then(0.5);
  });
});

describe('first-contact resolution', () => {
  const email = (id: string, from: string, to: string) => ticket(id, [from, opened({ channel: 'email' })], [to, resolved()]);
  it('a phone ticket resolved by the agent who took the call counts', () => kpi('fcr_rate').given(quick).when().then(100));
  it('a hold, a reassignment or a reopen does not', () => kpi('fcr_rate').given(quick, held, pingPong, reopenedOnce).when().then(25));
  it('an email resolved within one working hour counts, even overnight', () =>
    kpi('fcr_rate')
      .given(email('e1', '19:30', '2026-03-03T08:20:00.000Z'))
      .when()
      .then(100));
  it('an email resolved after 90 working minutes does not', () =>
    kpi('fcr_rate')
      .given(email('e2', '10:00', '11:30'))
      .when()
      .then(0));
});

describe('first-level resolution', () => {
  const escalatedTicket = ticket(
    'esc',
    ['09:00', opened()],
    ['09:05', assigned('service-desk', 1)],
    ['10:00', escalated('network', 2)],
    ['11:00', resolved('bob')],
  );
  it('only tickets that never left tier 1 count', () => kpi('flr_rate').given(quick, escalatedTicket).when().then(50));
  it('a reassignment to a tier-2 group is leaving tier 1 too', () => kpi('flr_rate').given(acrossTiers).when().then(0));
});

describe('reassignment, ping-pong and reopen rates', () => {
  it('reassignment rate counts resolved tickets reassigned at least once', () =>
    kpi('reassignment_rate').given(quick, acrossTiers, pingPong, held).when().then(50));
  it('ping-pong rate counts A -> B -> A paths only', () => kpi('ping_pong_rate').given(acrossTiers, pingPong).when().then(50));
  it('reopen rate is reopenings over resolutions in the period', () => kpi('reopen_rate').given(quick, reopenedOnce).when().then(33.3333));
});

describe('SLA compliance and overdue tickets', () => {
  const breachedTicket = ticket(
    'late',
    ['09:00', opened()],
    ['09:00', resolutionClock('in-progress')],
    ['11:00', breached('resolution')],
    ['12:00', resolved()],
  );
  const cancelledBreach = ticket(
    'cancelled',
    ['09:00', opened()],
    ['09:00', resolutionClock('in-progress')],
    ['11:00', breached('resolution')],
    ['11:30', resolutionClock('cancelled', true)],
    ['12:00', resolved()],
  );
  it('a breached clock fails the ticket, a cancelled one does not', () =>
    kpi('sla_compliance').given(quick, breachedTicket, cancelledBreach).when().then(66.6667));
  it('overdue: open at the instant with a clock breached by then', () => {
    const overdue = ticket('overdue', ['09:00', opened()], ['09:00', resolutionClock('in-progress')], ['11:00', breached('resolution')]);
    kpi('overdue_open')
      .given(overdue, stillOpen, breachedTicket)
      .when(instantOnly(at('11:30')))
      .then(2);
    kpi('overdue_open')
      .given(overdue, stillOpen, breachedTicket)
      .when(instantOnly(at('10:30')))
      .then(0);
  });
});

describe('backlog at an instant', () => {
  it('counts tickets open then, a held and a reopened one included', () => {
    kpi('backlog')
      .given(quick, reopenedOnce, held, stillOpen)
      .when(instantOnly(at('11:30')))
      .then(4);
    kpi('backlog')
      .given(quick, reopenedOnce, held, stillOpen)
      .when(instantOnly(at('10:30')))
      .then(3);
    kpi('backlog')
      .given(quick, reopenedOnce, held, stillOpen)
      .when(instantOnly(at('16:00')))
      .then(1);
  });
  it('ages the backlog from opening to the instant', () =>
    kpi('backlog_age_hours')
      .given(stillOpen, quick)
      .when(instantOnly(at('11:00')))
      .then(2));
});

describe('satisfaction and cost', () => {
  const happy = ticket('happy', ['09:00', opened()], ['10:00', resolved()], ['11:00', rated(5)]);
  const unhappy = ticket('unhappy', ['09:00', opened()], ['10:00', resolved()], ['11:00', rated(2)]);
  it('CSAT mean of 5 and 2 is 3.5', () => kpi('csat_mean').given(happy, unhappy, quick).when().then(3.5));
  it('half of the ratings are 4 or 5', () => kpi('csat_satisfied_pct').given(happy, unhappy).when().then(50));
  it("cost: each group's minutes at its rate", () => {
    const worked = ticket(
      'worked',
      ['09:00', opened()],
      ['09:05', assigned('service-desk', 1)],
      ['09:30', logged(30)],
      ['10:00', escalated('network', 2)],
      ['11:00', logged(60)],
      ['11:30', resolved('bob')],
    );
    kpi('cost_per_ticket').given(worked).when().then(150);
    kpi('minutes_logged').given(worked, quick).when().then(90);
  });
});
