import type { SlaDefinition } from './sla-definition.model';
import { holds, isResponse, resets, type Observation, type TicketFacts } from './ticket-facts';
import type { WorkingTime } from './working-time';

export type ClockStage = 'pending' | 'in-progress' | 'paused' | 'completed' | 'cancelled';

export interface CycleRun {
  readonly cycle: number;
  readonly startedAt: number;
  readonly endedAt: number | null;
  readonly endedBy: 'stop' | 'cancel' | 'reset' | null;
  readonly elapsedMs: number;
  readonly pausedMs: number;
  readonly runningCalendarMs: number;
  readonly pausedCalendarMs: number;
}

/** A clock as it stands at `asOf`, replayed from the ticket's whole history under one definition. */
export interface ClockRun {
  readonly stage: ClockStage;
  readonly cycles: readonly CycleRun[];
  readonly targetMs: number;
  /** Working time counted against the target, aggregated over cycles by the definition's rule. */
  readonly elapsedMs: number;
  readonly pausedMs: number;
  readonly elapsedCalendarMs: number;
  readonly pausedCalendarMs: number;
  readonly breached: boolean;
  readonly breachedAt: number | null;
  readonly startedAt: number | null;
  readonly dueAt: number | null;
  readonly originalDueAt: number | null;
  /** Warning percentages (and 100 = breach) reached in the counted cycles, with the instant each was reached. */
  readonly milestones: Readonly<Record<string, number>>;
  /** While running: the instant of the next milestone not yet reached, for the timer. */
  readonly nextMilestoneAt: number | null;
  readonly thirdParty: string | null;
}

interface Cycle {
  cycle: number;
  startedAt: number;
  endedAt: number | null;
  endedBy: CycleRun['endedBy'];
  elapsedMs: number;
  pausedMs: number;
  runningCalendarMs: number;
  pausedCalendarMs: number;
}

const percentOf = (definition: SlaDefinition): number[] => [...new Set([...definition.warnings, 100])].sort((a, b) => a - b);

/**
 * Replays a ticket's observations (sorted by time) through one definition on its calendar's working
 * time, up to `asOf`. Pure and exact: the same history always gives the same clock, which is what makes
 * priority re-selection with retroactive start, what-if and repair possible.
 */
export function runClock(definition: SlaDefinition, workingTime: WorkingTime, observations: readonly Observation[], asOf: number): ClockRun {
  const percents = percentOf(definition);
  const { deadlineField } = definition;
  let targetMs = (definition.durationMinutes ?? 0) * 60_000;
  let thresholds = percents.map((percent) => ({ percent, ms: Math.round((targetMs * percent) / 100) }));
  const cycles: Cycle[] = [];
  let stage: ClockStage = 'pending';
  let reached: Record<string, number> = {};
  let thirdParty: string | null = null;
  let last = 0;

  const current = (): Cycle | undefined => cycles[cycles.length - 1];
  const baseMs = (): number => (definition.cycles === 'sum' ? cycles.slice(0, -1).reduce((sum, c) => sum + c.elapsedMs, 0) : 0);
  const counted = (): number => (definition.cycles === 'first' ? (cycles[0]?.elapsedMs ?? 0) : baseMs() + (current()?.elapsedMs ?? 0));

  function advance(to: number): void {
    const cycle = current();
    if (!cycle || to <= last || (stage !== 'in-progress' && stage !== 'paused')) {
      last = Math.max(last, to);
      return;
    }
    const working = workingTime.elapsedMs(last, to);
    if (stage === 'paused') {
      cycle.pausedMs += working;
      cycle.pausedCalendarMs += to - last;
    } else {
      const before = counted();
      for (const { percent, ms } of thresholds) {
        if (before < ms && ms <= before + working && reached[percent] === undefined) reached[percent] = workingTime.dueMs(last, ms - before);
      }
      cycle.elapsedMs += working;
      cycle.runningCalendarMs += to - last;
    }
    last = to;
  }

  function startCycle(at: number): void {
    cycles.push({
      cycle: cycles.length + 1,
      startedAt: at,
      endedAt: null,
      endedBy: null,
      elapsedMs: 0,
      pausedMs: 0,
      runningCalendarMs: 0,
      pausedCalendarMs: 0,
    });
    if (definition.cycles === 'last') reached = {};
  }

  function end(at: number, endedBy: NonNullable<CycleRun['endedBy']>): void {
    const cycle = current()!;
    cycle.endedAt = at;
    cycle.endedBy = endedBy;
  }

  /**
   * A deadline definition's target is the working time from its counted cycle's start to the deadline the
   * ticket has now; a milestone the counted time already passed (a deadline moved earlier, or set in
   * the past) is reached at once.
   */
  function retarget(facts: TicketFacts, at: number): void {
    const counting = definition.cycles === 'first' ? cycles[0] : current();
    const deadline = facts[deadlineField!];
    if (!counting || deadline === null || deadline === undefined) return;
    targetMs = workingTime.elapsedMs(counting.startedAt, Math.max(counting.startedAt, deadline));
    thresholds = percents.map((percent) => ({ percent, ms: Math.round((targetMs * percent) / 100) }));
    const elapsed = counted();
    for (const { percent, ms } of thresholds) if (ms <= elapsed && reached[percent] === undefined) reached[percent] = Math.max(at, counting.startedAt);
  }

  const { conditions } = definition;
  let before: TicketFacts | null = null;
  for (const observation of observations) {
    if (observation.at > asOf) break;
    advance(observation.at);
    const { facts, at } = observation;
    const factsBefore = before;
    before = facts;
    const responded = definition.target === 'response' && isResponse(definition.responseBy, observation);
    const stops = responded || holds(conditions.stop, facts);
    if (stage === 'pending' || (stage === 'completed' && definition.target !== 'response' && definition.cycles !== 'first')) {
      const noDeadline = deadlineField !== null && (facts[deadlineField] ?? null) === null;
      if (noDeadline || !holds(conditions.start, facts) || holds(conditions.cancel, facts) || (stage === 'completed' && stops)) continue;
      startCycle(at);
      thirdParty = facts.thirdParty;
    } else if (stage === 'cancelled' || stage === 'completed') {
      continue;
    } else if (resets(conditions.reset, factsBefore, observation)) {
      end(at, 'reset');
      startCycle(at);
    }
    if (deadlineField) retarget(facts, at);
    if (holds(conditions.cancel, facts)) {
      end(at, 'cancel');
      stage = 'cancelled';
    } else if (stops) {
      end(at, 'stop');
      stage = 'completed';
    } else if (!(stage === 'paused' && conditions.resume && !holds(conditions.resume, facts))) {
      stage = holds(conditions.pause, facts) ? 'paused' : 'in-progress';
    }
  }
  const live = stage === 'in-progress' || stage === 'paused';
  if (live) advance(asOf);

  const cycle = current();
  const counting = definition.cycles === 'first' ? cycles[0] : cycle;
  const elapsedMs = counted();
  const breachedAt = reached[100] ?? null;
  const at = live ? asOf : (counting?.endedAt ?? asOf);
  const dueAt = !counting ? null : (breachedAt ?? workingTime.dueMs(at, targetMs - elapsedMs));
  const countedCycles = definition.cycles === 'sum' ? cycles : counting ? [counting] : [];
  const nextMilestone = thresholds.find(({ percent }) => reached[percent] === undefined);
  return {
    stage,
    cycles: cycles.map((c) => ({ ...c })),
    targetMs,
    elapsedMs,
    pausedMs: countedCycles.reduce((sum, c) => sum + c.pausedMs, 0),
    elapsedCalendarMs: countedCycles.reduce((sum, c) => sum + c.runningCalendarMs, 0),
    pausedCalendarMs: countedCycles.reduce((sum, c) => sum + c.pausedCalendarMs, 0),
    breached: breachedAt !== null,
    breachedAt,
    startedAt: counting?.startedAt ?? null,
    dueAt,
    originalDueAt: counting ? workingTime.dueMs(counting.startedAt, targetMs - (definition.cycles === 'sum' ? sumBefore(cycles, counting) : 0)) : null,
    milestones: { ...reached },
    nextMilestoneAt: stage === 'in-progress' && nextMilestone ? workingTime.dueMs(asOf, nextMilestone.ms - elapsedMs) : null,
    thirdParty,
  };
}

const sumBefore = (cycles: readonly Cycle[], cycle: Cycle): number => cycles.filter((c) => c.cycle < cycle.cycle).reduce((sum, c) => sum + c.elapsedMs, 0);
