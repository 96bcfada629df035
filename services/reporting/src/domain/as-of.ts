import { OPEN_STATUSES, type Change, type TicketFacts, type TicketStatus } from './ticket-facts';

/** The value a dimension had at `instant`: the last change at or before it (null before the first). */
export function valueAsOf<T>(history: readonly Change<T>[], instant: string): T | null {
  let value: T | null = null;
  for (const [at, next] of history) {
    if (at > instant) break;
    value = next;
  }
  return value;
}

export function statusAsOf(facts: TicketFacts, instant: string): TicketStatus | null {
  return valueAsOf(facts.history.status, instant);
}

/** In the backlog at `instant`: opened by then and in an open status then. */
export function isOpenAt(facts: TicketFacts, instant: string): boolean {
  const status = statusAsOf(facts, instant);
  return status !== null && OPEN_STATUSES.includes(status);
}

const until = (at: string | null, instant: string): string | null => (at !== null && at <= instant ? at : null);

/**
 * The ticket as it stood at `instant`: what happened after it is not known yet. Dimensions take the
 * values they had then; milestones after it have not happened; null for a ticket not yet opened.
 * Counts without a history of their own (reassignments, minutes logged) are as they stand now.
 */
export function factsAsOf(facts: TicketFacts, instant: string): TicketFacts | null {
  if (facts.openedAt === null || facts.openedAt > instant) return null;
  const status = statusAsOf(facts, instant) ?? 'new';
  const resolutions = facts.resolutions.filter((at) => at <= instant);
  const resolvedNow = status === 'resolved' || status === 'closed';
  const ratedAt = until(facts.ratedAt, instant);
  const clocks = Object.fromEntries(
    Object.entries(facts.clocks).map(([id, clock]) => {
      const breachedAt = until(clock.breachedAt, instant);
      return [id, { ...clock, breachedAt, breached: breachedAt !== null || (clock.breached && clock.breachedAt === null && resolvedNow) }];
    }),
  );
  return {
    ...facts,
    status,
    group: valueAsOf(facts.history.group, instant),
    groupPath: facts.history.group.filter(([at, group]) => at <= instant && group !== null).map(([, group]) => group as string),
    tiers: facts.history.tier.filter(([at, tier]) => at <= instant && tier !== null).map(([, tier]) => tier as number),
    tier: valueAsOf(facts.history.tier, instant),
    priority: valueAsOf(facts.history.priority, instant),
    category: valueAsOf(facts.history.category, instant),
    firstAssignedAt: until(facts.firstAssignedAt, instant),
    firstResponseAt: until(facts.firstResponseAt, instant),
    resolutions,
    reopens: facts.reopens.filter((at) => at <= instant),
    resolvedAt: resolvedNow ? (resolutions.at(-1) ?? null) : null,
    resolvedBy: resolvedNow ? facts.resolvedBy : null,
    closedAt: status === 'closed' ? facts.closedAt : null,
    cancelledAt: status === 'cancelled' ? facts.cancelledAt : null,
    csatScore: ratedAt ? facts.csatScore : null,
    ratedAt,
    clocks,
  };
}
