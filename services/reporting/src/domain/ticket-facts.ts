import type { ClockStage, ClockTarget, TicketActivity, TicketKind } from './ticket-activity.events';

/** A value as it became at an instant; a dimension's history is these, in time order. */
export type Change<T> = readonly [at: string, value: T];

export type TicketStatus = 'new' | 'assigned' | 'on-hold' | 'resolved' | 'closed' | 'cancelled';
export const OPEN_STATUSES: readonly TicketStatus[] = ['new', 'assigned', 'on-hold'];

export interface ClockOutcome {
  readonly target: ClockTarget;
  readonly stage: ClockStage;
  readonly breached: boolean;
  readonly breachedAt: string | null;
}

/** The dimensions whose value at any instant as-of queries need. */
export interface DimensionHistory {
  readonly status: readonly Change<TicketStatus>[];
  readonly group: readonly Change<string | null>[];
  readonly tier: readonly Change<number | null>[];
  readonly priority: readonly Change<string | null>[];
  readonly category: readonly Change<string | null>[];
}

/** One ticket as reporting knows it, kept current from its observed activity. */
export interface TicketFacts {
  readonly ticketId: string;
  readonly kind: TicketKind | null;
  readonly reference: string | null;
  readonly sourceReference: string | null;
  readonly channel: string | null;
  readonly caller: string | null;
  readonly service: string | null;
  readonly configurationItem: string | null;
  readonly openingCategory: string | null;
  readonly category: string | null;
  readonly closingCategory: string | null;
  readonly priority: string | null;
  /** Every group the ticket sat in, in order (a return to an earlier group appears again). */
  readonly groupPath: readonly string[];
  readonly tiers: readonly number[];
  readonly group: string | null;
  readonly tier: number | null;
  readonly assignee: string | null;
  /** Who recorded the contact: the agent of first contact. */
  readonly recordedBy: string | null;
  readonly firstAssignee: string | null;
  readonly status: TicketStatus;
  readonly openedAt: string | null;
  readonly firstAssignedAt: string | null;
  /** The completion of the first response clock: what the SLA definition counts as a response. */
  readonly firstResponseAt: string | null;
  readonly resolvedAt: string | null;
  readonly resolvedBy: string | null;
  readonly closedAt: string | null;
  readonly cancelledAt: string | null;
  readonly resolutions: readonly string[];
  readonly reopens: readonly string[];
  readonly reassignmentCount: number;
  readonly escalationCount: number;
  readonly holdCount: number;
  readonly clocks: Readonly<Record<string, ClockOutcome>>;
  readonly csatScore: number | null;
  readonly ratedAt: string | null;
  readonly minutesLogged: number;
  readonly minutesByGroup: Readonly<Record<string, number>>;
  readonly problemLinked: string | null;
  readonly articleUsed: string | null;
  readonly history: DimensionHistory;
}

export function unknownTicket(ticketId: string): TicketFacts {
  return {
    ticketId,
    kind: null,
    reference: null,
    sourceReference: null,
    channel: null,
    caller: null,
    service: null,
    configurationItem: null,
    openingCategory: null,
    category: null,
    closingCategory: null,
    priority: null,
    groupPath: [],
    tiers: [],
    group: null,
    tier: null,
    assignee: null,
    recordedBy: null,
    firstAssignee: null,
    status: 'new',
    openedAt: null,
    firstAssignedAt: null,
    firstResponseAt: null,
    resolvedAt: null,
    resolvedBy: null,
    closedAt: null,
    cancelledAt: null,
    resolutions: [],
    reopens: [],
    reassignmentCount: 0,
    escalationCount: 0,
    holdCount: 0,
    clocks: {},
    csatScore: null,
    ratedAt: null,
    minutesLogged: 0,
    minutesByGroup: {},
    problemLinked: null,
    articleUsed: null,
    history: { status: [], group: [], tier: [], priority: [], category: [] },
  };
}

/** Inserts in time order: messages of different topics may arrive out of order. */
function record<T>(history: readonly Change<T>[], at: string, value: T): readonly Change<T>[] {
  let i = history.length;
  while (i > 0 && history[i - 1]![0] > at) i -= 1;
  return [...history.slice(0, i), [at, value] as const, ...history.slice(i)];
}

const earliest = (current: string | null, at: string): string => (current === null || at < current ? at : current);

function withStatus(facts: TicketFacts, at: string, status: TicketStatus): TicketFacts {
  return { ...facts, status, history: { ...facts.history, status: record(facts.history.status, at, status) } };
}

function moveTo(facts: TicketFacts, at: string, group: string | null, tier: number | null, assignee: string | null): TicketFacts {
  const groupChanged = group !== null && group !== facts.group;
  const assigneeChanged = assignee !== null && facts.assignee !== null && assignee !== facts.assignee;
  const reassigned = (groupChanged && facts.group !== null) || (!groupChanged && assigneeChanged);
  const nextTier = tier ?? facts.tier;
  const history = facts.history;
  return {
    ...facts,
    group: group ?? facts.group,
    tier: nextTier,
    assignee: assignee ?? facts.assignee,
    firstAssignee: facts.firstAssignee ?? assignee,
    groupPath: groupChanged ? [...facts.groupPath, group] : facts.groupPath,
    tiers: nextTier !== null && facts.tiers.at(-1) !== nextTier ? [...facts.tiers, nextTier] : facts.tiers,
    firstAssignedAt: group !== null || assignee !== null ? earliest(facts.firstAssignedAt, at) : facts.firstAssignedAt,
    reassignmentCount: facts.reassignmentCount + (reassigned ? 1 : 0),
    history: {
      ...history,
      group: groupChanged ? record(history.group, at, group) : history.group,
      tier: nextTier !== facts.tier ? record(history.tier, at, nextTier) : history.tier,
    },
  };
}

/** Folds one observed change into the ticket's facts. Never refuses: the facts are what happened. */
export function evolveTicketFacts(facts: TicketFacts, activity: TicketActivity): TicketFacts {
  const { at, change } = activity;
  switch (change.kind) {
    case 'opened': {
      const { ticketKind, reference, sourceReference, channel, caller, service, configurationItem, category, priority, by } = change;
      const history = {
        ...facts.history,
        status: record(facts.history.status, at, 'new' as const),
        priority: record(facts.history.priority, at, priority),
        category: record(facts.history.category, at, category),
      };
      return {
        ...facts,
        kind: ticketKind,
        reference,
        sourceReference,
        channel,
        caller,
        service,
        configurationItem,
        openingCategory: category,
        recordedBy: by,
        openedAt: at,
        history,
        category: facts.category ?? category,
        priority: facts.priority ?? priority,
      };
    }
    case 'classified':
      return {
        ...facts,
        priority: change.priority,
        category: change.category,
        history: {
          ...facts.history,
          priority: record(facts.history.priority, at, change.priority),
          category: record(facts.history.category, at, change.category),
        },
      };
    case 'assigned': {
      const moved = moveTo(facts, at, change.group, change.tier, change.assignee);
      return facts.status === 'new' ? withStatus(moved, at, 'assigned') : moved;
    }
    case 'escalated': {
      const moved = moveTo(facts, at, change.group, change.toTier, null);
      return { ...moved, escalationCount: facts.escalationCount + 1 };
    }
    case 'on-hold':
      return { ...withStatus(facts, at, 'on-hold'), holdCount: facts.holdCount + 1 };
    case 'resumed':
      return withStatus(facts, at, facts.group || facts.assignee ? 'assigned' : 'new');
    case 'work-logged': {
      const group = facts.group ?? 'unassigned';
      return {
        ...facts,
        minutesLogged: facts.minutesLogged + change.minutes,
        minutesByGroup: { ...facts.minutesByGroup, [group]: (facts.minutesByGroup[group] ?? 0) + change.minutes },
        articleUsed: change.knowledgeArticle ?? facts.articleUsed,
        problemLinked: change.relatedProblem ?? facts.problemLinked,
      };
    }
    case 'resolved':
      return {
        ...withStatus(facts, at, 'resolved'),
        resolvedAt: at,
        resolvedBy: change.by,
        closingCategory: change.closingCategory ?? facts.closingCategory,
        resolutions: [...facts.resolutions, at],
      };
    case 'reopened':
      return { ...withStatus(facts, at, 'assigned'), resolvedAt: null, resolvedBy: null, closedAt: null, reopens: [...facts.reopens, at] };
    case 'closed':
      return { ...withStatus(facts, at, 'closed'), closedAt: at };
    case 'cancelled':
      return { ...withStatus(facts, at, 'cancelled'), cancelledAt: at };
    case 'rated':
      return { ...facts, csatScore: change.rating, ratedAt: at };
    case 'clock': {
      const before = facts.clocks[change.clockId];
      const clock: ClockOutcome = {
        target: change.target,
        stage: change.stage,
        breached: change.breached || (before?.breached ?? false),
        breachedAt: before?.breachedAt ?? null,
      };
      const responded = change.target === 'response' && change.stage === 'completed';
      return {
        ...facts,
        clocks: { ...facts.clocks, [change.clockId]: clock },
        firstResponseAt: responded ? earliest(facts.firstResponseAt, at) : facts.firstResponseAt,
      };
    }
    case 'clock-breached': {
      const before = facts.clocks[change.clockId] ?? { target: change.target, stage: 'in-progress' as const, breached: true, breachedAt: null };
      return { ...facts, clocks: { ...facts.clocks, [change.clockId]: { ...before, breached: true, breachedAt: earliest(before.breachedAt, at) } } };
    }
    case 'problem-linked':
      return { ...facts, problemLinked: change.problem };
    case 'problem-unlinked':
      return facts.problemLinked === change.problem ? { ...facts, problemLinked: null } : facts;
    case 'article-linked':
      return { ...facts, articleUsed: change.article };
  }
}
