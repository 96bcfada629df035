import type { ClockSnapshot } from './clock-snapshot';
import type { SlaDefinition } from './sla-definition.model';
import { upcastDefinition } from './sla-definition.upcast';
import type { SlaTicketEvent, SlaTicketObserved } from './sla-ticket.events';
import type { Observation, TicketKind } from './ticket-facts';

/** One clock on the ticket: the definition version it runs under, its last snapshot and the milestones already decided. */
export interface TrackedClock {
  readonly definition: SlaDefinition;
  readonly snapshot: ClockSnapshot;
  /** Milestone keys (`percent`, or `cycle:percent` where each cycle counts anew) already recorded. */
  readonly milestones: readonly string[];
}

/** An escalation that repeats until someone acts or acknowledges it. */
export interface OpenEscalation {
  readonly clockId: string;
  readonly percent: number;
  readonly since: string;
  readonly reminders: number;
  readonly lastNotificationId: string;
}

export type SlaTicketState =
  | { readonly status: 'untracked' }
  | {
      readonly status: 'tracked';
      readonly ticketId: string;
      readonly reference: string;
      readonly kind: TicketKind;
      readonly observations: readonly Observation[];
      readonly clocks: Readonly<Record<string, TrackedClock>>;
      readonly escalations: Readonly<Record<string, OpenEscalation>>;
    };

/** A ticket once observed: every event after its first observation leaves it tracked. */
export type TrackedSlaTicket = Extract<SlaTicketState, { status: 'tracked' }>;

export const initialSlaTicketState = (): SlaTicketState => ({ status: 'untracked' });

export const milestoneKey = (definition: SlaDefinition, cycle: number, percent: number): string =>
  definition.cycles === 'last' ? `${cycle}:${percent}` : String(percent);

function withClock(state: TrackedSlaTicket, snapshot: ClockSnapshot, definition?: SlaDefinition, milestone?: string) {
  const existing = state.clocks[snapshot.definition];
  const tracked: TrackedClock = {
    definition: definition ?? existing!.definition,
    snapshot,
    milestones: milestone ? [...(existing?.milestones ?? []), milestone] : (existing?.milestones ?? []),
  };
  return { ...state, clocks: { ...state.clocks, [snapshot.definition]: tracked } };
}

/** Folds one event. Events are facts: evolve never refuses one. */
export function evolveSlaTicket(state: SlaTicketState, event: SlaTicketEvent): SlaTicketState {
  if (event.type === 'SlaTicketObserved') return observedSlaTicket(state, event);
  return state.status === 'untracked' ? state : evolveTrackedSlaTicket(state, event);
}

/** An observation starts tracking a ticket, or adds to what is tracked: either way the ticket is tracked after it. */
export function observedSlaTicket(state: SlaTicketState, event: SlaTicketObserved): TrackedSlaTicket {
  const { ticketId, reference, kind, facts, signal, by, at } = event.data;
  const observation: Observation = { at: Date.parse(at), facts, signal, by };
  if (state.status === 'untracked') return { status: 'tracked', ticketId, reference, kind, observations: [observation], clocks: {}, escalations: {} };
  const observations = [...state.observations, observation].sort((a, b) => a.at - b.at);
  return { ...state, observations };
}

/** Folds one event into a tracked ticket, which stays tracked. */
export function evolveTrackedSlaTicket(state: TrackedSlaTicket, event: SlaTicketEvent): TrackedSlaTicket {
  switch (event.type) {
    case 'SlaTicketObserved':
      return observedSlaTicket(state, event);
    case 'SlaClockAttached':
      return withClock(
        {
          ...state,
          clocks: {
            ...state.clocks,
            [event.data.clock.definition]: { definition: upcastDefinition(event.data.definition), snapshot: event.data.clock, milestones: [] },
          },
        },
        event.data.clock,
      );
    case 'SlaClockRecomputed': {
      // A repair records the milestones of the recomputed clock as decided: none of them is notified afterwards.
      const { clock } = event.data;
      const definition = upcastDefinition(event.data.definition);
      const milestones = Object.keys(clock.milestones).map((percent) => milestoneKey(definition, clock.cycle, Number(percent)));
      return { ...state, clocks: { ...state.clocks, [clock.definition]: { definition, snapshot: clock, milestones } } };
    }
    case 'SlaMilestoneReached': {
      const { clock, percent } = event.data;
      const definition = state.clocks[clock.definition]!.definition;
      return withClock(state, clock, undefined, milestoneKey(definition, clock.cycle, percent));
    }
    case 'SlaClockPaused':
    case 'SlaClockResumed':
    case 'SlaClockCompleted':
    case 'SlaClockCycleStarted':
    case 'SlaClockCancelled':
      return withClock(state, event.data.clock);
    case 'SlaEscalationNotified': {
      const { clockId, percent, at, notificationId } = event.data;
      const open = state.escalations[clockId];
      // A third party's reminder rides along with the step it belongs to.
      if (open && event.data.role === 'third-party') return state;
      const escalation: OpenEscalation = open
        ? { ...open, percent: Math.max(open.percent, percent), reminders: open.reminders + 1, lastNotificationId: notificationId }
        : { clockId, percent, since: at, reminders: 0, lastNotificationId: notificationId };
      return { ...state, escalations: { ...state.escalations, [clockId]: escalation } };
    }
    case 'SlaEscalationEnded': {
      const { [event.data.clockId]: _ended, ...rest } = state.escalations;
      return { ...state, escalations: rest };
    }
  }
}
