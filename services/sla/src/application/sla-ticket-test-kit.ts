import { specification } from '@deskstream/kernel';
import { timelineOf } from './calendar-timeline';
import { allDay, berlinOffice } from '../domain/calendar-fixtures';
import { DEFAULT_DEFINITIONS } from '../domain/default-definitions';
import type { SlaDefinition } from '../domain/sla-definition.model';
import { slaTicketDecider } from '../domain/sla-ticket.decider';
import type { ObserveTicket, SlaTicketEvent, WorkingTimes } from '../domain/sla-ticket.events';
import type { TicketChange } from '../domain/ticket-facts';

export const spec = specification(slaTicketDecider);

export const workingTimes: WorkingTimes = {
  '24x7': timelineOf({ ...allDay, version: 0 }, []),
  'business-hours': timelineOf(berlinOffice, []),
};

export const TICKET = 'inc-1';

export function observe(change: TicketChange, at: string, by = 'agent', definitions: readonly SlaDefinition[] = DEFAULT_DEFINITIONS): ObserveTicket {
  return {
    type: 'ObserveTicket',
    data: { ticketId: TICKET, reference: change.signal === 'opened' ? 'INC0001001' : null, change, by, at, definitions, workingTimes },
  };
}

export const opened = (priority: string): TicketChange => ({
  signal: 'opened',
  kind: 'incident',
  reference: 'INC0001001',
  priority,
  service: 'email',
  category: null,
  status: 'new',
});

/** Runs commands one after another, each on the events before it, and returns every event. */
export function history(commands: readonly Parameters<typeof slaTicketDecider.decide>[0][]): SlaTicketEvent[] {
  const events: SlaTicketEvent[] = [];
  for (const command of commands) {
    const state = events.reduce(slaTicketDecider.evolve, slaTicketDecider.initialState());
    events.push(...slaTicketDecider.decide(command, state));
  }
  return events;
}

/** The events one command decides after a history. */
export function decideAfter(events: readonly SlaTicketEvent[], command: Parameters<typeof slaTicketDecider.decide>[0]): SlaTicketEvent[] {
  return slaTicketDecider.decide(command, events.reduce(slaTicketDecider.evolve, slaTicketDecider.initialState()));
}

export const stateOf = (events: readonly SlaTicketEvent[]) => events.reduce(slaTicketDecider.evolve, slaTicketDecider.initialState());

export const clocksOf = (events: readonly SlaTicketEvent[]) => {
  const state = stateOf(events);
  if (state.status !== 'tracked') throw new Error('untracked');
  return Object.fromEntries(Object.entries(state.clocks).map(([id, clock]) => [id, clock.snapshot]));
};

export const typesOf = (events: readonly SlaTicketEvent[]) => events.map((e) => e.type);
