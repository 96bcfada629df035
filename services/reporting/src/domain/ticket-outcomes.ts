import { isOpenAt } from './as-of';
import type { TicketFacts } from './ticket-facts';

/** Working time between two ISO instants in milliseconds, by the tenant's calendar. */
export type WorkingMs = (from: string, to: string) => number;

export const HOUR_MS = 3_600_000;
/** An email is answered at first contact when it is resolved within this much working time. */
export const EMAIL_FIRST_CONTACT_MS = HOUR_MS;

export const isResolved = (facts: TicketFacts): facts is TicketFacts & { resolvedAt: string; openedAt: string } =>
  facts.resolvedAt !== null && facts.openedAt !== null;

/**
 * First-contact resolution: resolved by the agent of first contact (the first assignee, else whoever
 * recorded it), never reassigned, escalated or reopened; by phone, chat, walk-in or portal without
 * being put on hold, by email within one working hour of opening.
 */
export function isFirstContactResolution(facts: TicketFacts, workingMs: WorkingMs): boolean {
  if (!isResolved(facts)) return false;
  const firstAgent = facts.firstAssignee ?? facts.recordedBy;
  const untouched = facts.reassignmentCount === 0 && facts.escalationCount === 0 && facts.reopens.length === 0 && facts.resolvedBy === firstAgent;
  if (!untouched) return false;
  return facts.channel === 'email' ? workingMs(facts.openedAt, facts.resolvedAt) <= EMAIL_FIRST_CONTACT_MS : facts.holdCount === 0;
}

/** First-level resolution: resolved without ever leaving tier 1 (no escalation, no higher tier). */
export function isFirstLevelResolution(facts: TicketFacts): boolean {
  return isResolved(facts) && facts.escalationCount === 0 && facts.tiers.every((tier) => tier <= 1);
}

/** Ping-pong: the group path goes A -> B -> A somewhere. */
export function isPingPong(facts: TicketFacts): boolean {
  const path = facts.groupPath;
  return path.some((group, i) => i + 2 < path.length && path[i + 2] === group && path[i + 1] !== group);
}

/** Met its SLA: no clock that was not cancelled breached. */
export function metSla(facts: TicketFacts): boolean {
  return Object.values(facts.clocks).every((clock) => clock.stage === 'cancelled' || !clock.breached);
}

/** Overdue at `instant`: open then, with a clock (not cancelled) breached by then. */
export function isOverdueAt(facts: TicketFacts, instant: string): boolean {
  if (!isOpenAt(facts, instant)) return false;
  return Object.values(facts.clocks).some((clock) => clock.stage !== 'cancelled' && clock.breachedAt !== null && clock.breachedAt <= instant);
}

/** Where a target's clocks stand: `breached` once any breached, else `running` or `paused` while one still is, else `met`. */
export type SlaOutcomeState = 'running' | 'paused' | 'met' | 'breached';
export interface SlaOutcome {
  readonly target: string;
  readonly breached: boolean;
  readonly state: SlaOutcomeState;
}

const TARGET_ORDER: readonly string[] = ['response', 'resolution', 'fulfilment'];
const STATE_RANK: readonly SlaOutcomeState[] = ['met', 'paused', 'running', 'breached'];
const stateOf = (clock: TicketFacts['clocks'][string]): SlaOutcomeState =>
  clock.breached ? 'breached' : clock.stage === 'in-progress' ? 'running' : clock.stage === 'paused' ? 'paused' : 'met';

/**
 * Per target (response, resolution, fulfilment) of the clocks that were not cancelled, in target order (response, resolution, fulfilment):
 * breached or not, and the state (a target with a breached clock is breached; one still running is
 * running, before paused; met only once every clock has completed unbreached).
 */
export function slaOutcomes(facts: TicketFacts): SlaOutcome[] {
  const states: Record<string, SlaOutcomeState> = {};
  for (const clock of Object.values(facts.clocks)) {
    if (clock.stage === 'cancelled') continue;
    const state = stateOf(clock);
    const before = states[clock.target];
    if (!before || STATE_RANK.indexOf(state) > STATE_RANK.indexOf(before)) states[clock.target] = state;
  }
  return Object.entries(states)
    .sort(([a], [b]) => TARGET_ORDER.indexOf(a) - TARGET_ORDER.indexOf(b))
    .map(([target, state]) => ({ target, breached: state === 'breached', state }));
}

/** Minutes logged in each group times that group's hourly rate. */
export function costOf(facts: Pick<TicketFacts, 'minutesByGroup'>, hourlyRate: (group: string) => number): number {
  // In the groups' order, so that the same minutes always add up to the same cost.
  return Object.keys(facts.minutesByGroup)
    .sort()
    .reduce((sum, group) => sum + (facts.minutesByGroup[group]! / 60) * hourlyRate(group), 0);
}
