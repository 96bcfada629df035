import type { Decider, Message } from '@deskstream/kernel';

/**
 * What the queues need of a ticket's SLA clocks, learnt from the SLA service's integration events:
 * each clock's stage and due instant, so that a list can sort by the nearest customer deadline.
 */
export interface ObservedClock {
  readonly clockId: string;
  /** Only `sla` clocks (the customer's promise) set the ticket's due time; OLAs and UCs are the desk's and suppliers'. */
  readonly type: 'sla' | 'ola' | 'uc';
  readonly stage: 'in-progress' | 'paused' | 'completed' | 'cancelled';
  readonly dueAt: string;
  /** Whether the clock has passed its target (absent in clocks observed before it was kept). */
  readonly breached?: boolean;
}

export type ObserveSlaClock = Message<'ObserveSlaClock', { readonly clock: ObservedClock; readonly at: string }>;

/** A clock changed; `slaDueAt` is the ticket's SLA due time after it (null: no SLA clock running). */
export type TicketSlaClockObserved = Message<
  'TicketSlaClockObserved',
  { readonly clock: ObservedClock; readonly slaDueAt: string | null; readonly at: string }
>;

export const TICKET_SLA_CATEGORY = 'incidentsla';
export const TICKET_SLA_EVENT_TYPES = ['TicketSlaClockObserved'] as const;

export interface TicketSlaState {
  readonly clocks: Readonly<Record<string, ObservedClock>>;
}

/** The earliest due instant of the ticket's running SLA clocks; a paused or stopped clock has none. */
export function slaDueAtOf(clocks: Readonly<Record<string, ObservedClock>>): string | null {
  const due = Object.values(clocks)
    .filter((clock) => clock.type === 'sla' && clock.stage === 'in-progress')
    .map((clock) => clock.dueAt)
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  return due[0] ?? null;
}

const sameClock = (a: ObservedClock | undefined, b: ObservedClock): boolean =>
  a !== undefined && a.stage === b.stage && a.dueAt === b.dueAt && a.type === b.type && (a.breached ?? false) === (b.breached ?? false);

export const ticketSlaDecider: Decider<ObserveSlaClock, TicketSlaClockObserved, TicketSlaState> = {
  initialState: () => ({ clocks: {} }),
  /** A clock as it already stands changes nothing (a warning, a repeated message). */
  decide({ data: { clock, at } }, state) {
    if (sameClock(state.clocks[clock.clockId], clock)) return [];
    return [{ type: 'TicketSlaClockObserved', data: { clock, slaDueAt: slaDueAtOf({ ...state.clocks, [clock.clockId]: clock }), at } }];
  },
  evolve(state, { data: { clock } }) {
    return { clocks: { ...state.clocks, [clock.clockId]: clock } };
  },
};
