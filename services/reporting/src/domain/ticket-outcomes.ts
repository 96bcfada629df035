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

/** Breached or not, per target (response, resolution, fulfilment) of the clocks that were not cancelled. */
export function slaOutcomes(facts: TicketFacts): Record<string, boolean> {
  const outcomes: Record<string, boolean> = {};
  for (const clock of Object.values(facts.clocks)) {
    if (clock.stage === 'cancelled') continue;
    outcomes[clock.target] = (outcomes[clock.target] ?? false) || clock.breached;
  }
  return outcomes;
}

/** Minutes logged in each group times that group's hourly rate. */
export function costOf(facts: Pick<TicketFacts, 'minutesByGroup'>, hourlyRate: (group: string) => number): number {
  // In the groups' order, so that the same minutes always add up to the same cost.
  return Object.keys(facts.minutesByGroup)
    .sort()
    .reduce((sum, group) => sum + (facts.minutesByGroup[group]! / 60) * hourlyRate(group), 0);
}
