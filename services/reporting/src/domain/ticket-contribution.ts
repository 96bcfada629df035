import { dimensionOf, type Dimension } from './report-query';
import { OPEN_STATUSES, type TicketFacts } from './ticket-facts';
import { isFirstContactResolution, isFirstLevelResolution, isPingPong, isResolved, metSla, type WorkingMs } from './ticket-outcomes';

/**
 * The dimensions the aggregates keep: every dimension of a ticket as it stands now, except the
 * agent (one cell per resolver would make as many cells as tickets) and the tenant (aggregates are
 * kept per tenant). A query on the agent, or as of an instant, reads the facts instead.
 */
export const AGGREGATED_DIMENSIONS = [
  'priority',
  'channel',
  'service',
  'category',
  'closingCategory',
  'group',
  'tier',
  'kind',
] as const satisfies readonly Dimension[];

/** What one resolved ticket adds to the month of its latest resolution. */
export interface ResolvedOutcome {
  readonly at: number;
  readonly resolveMs: number;
  readonly workingResolveMs: number;
  readonly firstContact: boolean;
  readonly firstLevel: boolean;
  readonly metSla: boolean;
  readonly reassigned: boolean;
  readonly pingPong: boolean;
  readonly minutes: number;
  readonly minutesByGroup: Readonly<Record<string, number>>;
}

/**
 * One ticket's share of the aggregates, kept so that when its facts change the old share is
 * subtracted before the new one is added. Instants are epoch milliseconds.
 */
export interface TicketContribution {
  /** Values of AGGREGATED_DIMENSIONS, in that order. */
  readonly values: readonly (string | null)[];
  readonly openedAt: number;
  readonly firstResponseAt: number | null;
  readonly rating: { readonly at: number; readonly score: number } | null;
  readonly resolutions: readonly number[];
  readonly reopens: readonly number[];
  readonly resolved: ResolvedOutcome | null;
  /** Flattened [start, end) pairs while open; end is null for an interval still open. */
  readonly open: readonly (number | null)[];
  readonly overdue: readonly (number | null)[];
}

/**
 * The intervals the status history spends open: each status holds from its change to the next one,
 * and the status at an instant is the last change at or before it, as `isOpenAt` reads it.
 */
function openIntervals(facts: TicketFacts): (number | null)[] {
  const status = facts.history.status;
  const intervals: (number | null)[] = [];
  for (let i = 0; i < status.length; i += 1) {
    if (!OPEN_STATUSES.includes(status[i]![1])) continue;
    const start = Date.parse(status[i]![0]);
    let next = i + 1;
    while (next < status.length && OPEN_STATUSES.includes(status[next]![1])) next += 1;
    const end = next < status.length ? Date.parse(status[next]![0]) : null;
    // A status replaced at the same instant never holds.
    if (end === null || end > start) intervals.push(start, end);
    i = next - 1;
  }
  return intervals;
}

/** Overdue while open once a clock that was not cancelled has breached (as `isOverdueAt` reads it). */
function overdueIntervals(facts: TicketFacts, open: readonly (number | null)[]): (number | null)[] {
  const breaches = Object.values(facts.clocks)
    .filter((clock) => clock.stage !== 'cancelled' && clock.breachedAt !== null)
    .map((clock) => Date.parse(clock.breachedAt!));
  if (breaches.length === 0) return [];
  const breached = Math.min(...breaches);
  const intervals: (number | null)[] = [];
  for (let i = 0; i < open.length; i += 2) {
    const [start, end] = [Math.max(open[i]!, breached), open[i + 1]!];
    if (end === null || end > start) intervals.push(start, end);
  }
  return intervals;
}

/** A ticket's share of the aggregates from its current facts, or null for a ticket never opened. */
export function contributionOf(facts: TicketFacts, workingMs: WorkingMs): TicketContribution | null {
  if (facts.openedAt === null) return null;
  const openedAt = Date.parse(facts.openedAt);
  const open = openIntervals(facts);
  let resolved: ResolvedOutcome | null = null;
  if (isResolved(facts)) {
    const at = Date.parse(facts.resolvedAt);
    resolved = {
      at,
      resolveMs: at - openedAt,
      workingResolveMs: workingMs(facts.openedAt, facts.resolvedAt),
      firstContact: isFirstContactResolution(facts, workingMs),
      firstLevel: isFirstLevelResolution(facts),
      metSla: metSla(facts),
      reassigned: facts.reassignmentCount > 0,
      pingPong: isPingPong(facts),
      minutes: facts.minutesLogged,
      minutesByGroup: facts.minutesByGroup,
    };
  }
  return {
    values: AGGREGATED_DIMENSIONS.map((dimension) => dimensionOf(facts, dimension, '')),
    openedAt,
    firstResponseAt: facts.firstResponseAt === null ? null : Date.parse(facts.firstResponseAt),
    rating: facts.csatScore !== null && facts.ratedAt !== null ? { at: Date.parse(facts.ratedAt), score: facts.csatScore } : null,
    resolutions: facts.resolutions.map(Date.parse),
    reopens: facts.reopens.map(Date.parse),
    resolved,
    open,
    overdue: overdueIntervals(facts, open),
  };
}
