import { projectionSpecification, recordedEvents } from '@deskstream/readmodels';
import type { SlaTicketEvent } from '../domain/sla-ticket.events';
import { slaTicketProjection } from './sla-ticket.projection';
import { history, observe, opened, TICKET } from './sla-ticket-test-kit';

// Mon 2026-03-23 09:00 in Berlin (CET) is 08:00Z.
const MON_0900 = '2026-03-23T08:00:00.000Z';
const recorded = (events: readonly SlaTicketEvent[]) => recordedEvents<SlaTicketEvent>(`slaticket-acme.${TICKET}`, events, { tenantId: 'acme' });
const spec = projectionSpecification(slaTicketProjection);
const opening = history([observe(opened('P2'), MON_0900)]);
const assignment = observe({ signal: 'assigned', group: 'messaging', assignee: 'avery', status: 'assigned' }, '2026-03-23T08:10:00.000Z');

describe("the SLA service's tickets", () => {
  it('holds an opened ticket with its soonest due instant, nothing breached', () => {
    const events = recorded(opening);
    spec
      .given(...events.slice(0, -1))
      .when(events.at(-1)!)
      .then((doc) =>
        expect(doc).toMatchObject({
          id: TICKET,
          tenantId: 'acme',
          reference: 'INC0001001',
          group: null,
          status: 'new',
          breached: false,
          // The P2 response is due an hour later, before the resolution (16:00Z).
          nextDueAt: '2026-03-23T09:00:00.000Z',
          openedAt: MON_0900,
        }),
      );
  });

  it('takes the group and status of the latest change', () => {
    const events = recorded(history([observe(opened('P2'), MON_0900), assignment]));
    spec
      .given(...events.slice(0, -1))
      .when(events.at(-1)!)
      .then((doc) => expect(doc).toMatchObject({ group: 'messaging', status: 'assigned', openedAt: MON_0900 }));
  });

  it('has no due instant once every clock stopped, and keeps a breach', () => {
    const late = '2026-03-23T10:00:00.000Z';
    const events = recorded(
      history([observe(opened('P2'), MON_0900), observe({ signal: 'public-comment' }, late), observe({ signal: 'resolved', status: 'resolved' }, late)]),
    );
    spec
      .given(...events.slice(0, -1))
      .when(events.at(-1)!)
      .then((doc) => expect(doc).toMatchObject({ status: 'resolved', nextDueAt: null, breached: true }));
  });

  it('ignores what comes before a ticket is observed', () => {
    const [, attached] = recorded(opening);
    spec
      .given()
      .when(attached!)
      .then((doc) => expect(doc).toBeNull());
  });
});
