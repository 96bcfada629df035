import { specification } from '@deskstream/kernel';
import { ticketSlaDecider, type ObservedClock, type ObserveSlaClock, type TicketSlaClockObserved } from './ticket-sla.decider';

const spec = specification(ticketSlaDecider);
const at = '2026-01-05T09:00:00.000Z';
const resolution: ObservedClock = { clockId: 'c-res', type: 'sla', stage: 'in-progress', dueAt: '2026-01-05T17:00:00.000Z' };
const response: ObservedClock = { clockId: 'c-resp', type: 'sla', stage: 'in-progress', dueAt: '2026-01-05T10:00:00.000Z' };
const ola: ObservedClock = { clockId: 'c-ola', type: 'ola', stage: 'in-progress', dueAt: '2026-01-05T09:30:00.000Z' };
const observe = (clock: ObservedClock): ObserveSlaClock => ({ type: 'ObserveSlaClock', data: { clock, at } });
const observed = (clock: ObservedClock, slaDueAt: string | null): TicketSlaClockObserved => ({ type: 'TicketSlaClockObserved', data: { clock, slaDueAt, at } });

describe("a ticket's SLA due time, from the SLA service's clocks", () => {
  it('given no clocks, when an SLA clock starts, then the ticket is due when it is', () => {
    spec
      .given([])
      .when(observe(resolution))
      .then([observed(resolution, resolution.dueAt)]);
  });

  it('given a running clock, when an earlier one starts, then the ticket is due at the earlier', () => {
    spec
      .given([observed(resolution, resolution.dueAt)])
      .when(observe(response))
      .then([observed(response, response.dueAt)]);
  });

  it('given a running clock, when it breaches (same stage, same due time), then the breach is observed', () => {
    const breached = { ...resolution, breached: true };
    spec
      .given([observed(resolution, resolution.dueAt)])
      .when(observe(breached))
      .then([observed(breached, resolution.dueAt)]);
  });

  it('given SLA clocks, then an OLA does not set the customer due time', () => {
    spec
      .given([observed(resolution, resolution.dueAt)])
      .when(observe(ola))
      .then([observed(ola, resolution.dueAt)]);
  });

  it('given the earliest clock completes, then the next one sets the due time; when the last pauses, there is none', () => {
    const done = { ...response, stage: 'completed' as const };
    const paused = { ...resolution, stage: 'paused' as const };
    spec
      .given([observed(resolution, resolution.dueAt), observed(response, response.dueAt)])
      .when(observe(done))
      .then([observed(done, resolution.dueAt)]);
    spec
      .given([observed(resolution, resolution.dueAt), observed(done, resolution.dueAt)])
      .when(observe(paused))
      .then([observed(paused, null)]);
  });

  it('given a clock as it already stands (a warning, a redelivery), then nothing happens', () => {
    spec
      .given([observed(resolution, resolution.dueAt)])
      .when(observe(resolution))
      .thenNothingHappened();
  });
});
