import type { ClockRun, ClockStage } from './clock-run';
import type { SlaDefinition, SlaTarget, SlaType } from './sla-definition.model';
import type { TicketFacts } from './ticket-facts';

/** A clock as recorded on the ticket's SLA stream: what the API lists and the integration events carry. */
export interface ClockSnapshot {
  readonly id: string;
  readonly ticketId: string;
  readonly reference: string;
  readonly definition: string;
  readonly definitionVersion: number;
  readonly name: string;
  readonly type: SlaType;
  readonly target: SlaTarget;
  readonly calendar: string;
  readonly stage: Exclude<ClockStage, 'pending'>;
  readonly breached: boolean;
  readonly breachedAt: string | null;
  readonly startedAt: string;
  readonly dueAt: string;
  readonly originalDueAt: string;
  readonly targetMinutes: number;
  readonly elapsedMinutes: number;
  readonly remainingMinutes: number;
  readonly pausedMinutes: number;
  readonly elapsedCalendarMinutes: number;
  readonly remainingCalendarMinutes: number;
  readonly pausedCalendarMinutes: number;
  readonly cycle: number;
  readonly cycles: readonly {
    readonly cycle: number;
    readonly startedAt: string;
    readonly endedAt: string | null;
    readonly elapsedMinutes: number;
    readonly endedBy: string | null;
  }[];
  /** Percent -> instant reached, for the cycles that count. */
  readonly milestones: Readonly<Record<string, string>>;
  readonly nextMilestoneAt: string | null;
  readonly group: string | null;
  readonly assignee: string | null;
  readonly thirdParty: string | null;
  /** The instant these figures are computed for. */
  readonly asOf: string;
}

const iso = (ms: number): string => new Date(ms).toISOString();
/** Not rounded: a clock 1 ms from its breach shows a little time left, and a breach is decided from the milliseconds anyway. */
const minutes = (ms: number): number => ms / 60_000;

export const clockIdOf = (ticketId: string, definitionId: string): string => `${ticketId}:${definitionId}`;

/** The snapshot of a started clock. Remaining time is from the unrounded figures; breach is a flag, never a rounded percentage. */
export function snapshotOf(
  ticket: { ticketId: string; reference: string },
  definition: SlaDefinition,
  run: ClockRun,
  facts: TicketFacts,
  asOf: number,
): ClockSnapshot {
  if (run.stage === 'pending' || run.startedAt === null || run.dueAt === null || run.originalDueAt === null) {
    throw new Error('a pending clock has no snapshot');
  }
  const live = run.stage === 'in-progress' || run.stage === 'paused';
  const end = live ? asOf : (run.cycles[run.cycles.length - 1]?.endedAt ?? asOf);
  return {
    id: clockIdOf(ticket.ticketId, definition.id),
    ticketId: ticket.ticketId,
    reference: ticket.reference,
    definition: definition.id,
    definitionVersion: definition.version,
    name: definition.name,
    type: definition.type,
    target: definition.target,
    calendar: definition.calendar,
    stage: run.stage,
    breached: run.breached,
    breachedAt: run.breachedAt === null ? null : iso(run.breachedAt),
    startedAt: iso(run.startedAt),
    dueAt: iso(run.dueAt),
    originalDueAt: iso(run.originalDueAt),
    targetMinutes: minutes(run.targetMs),
    elapsedMinutes: minutes(run.elapsedMs),
    remainingMinutes: minutes(run.targetMs - run.elapsedMs),
    pausedMinutes: minutes(run.pausedMs),
    elapsedCalendarMinutes: minutes(run.elapsedCalendarMs),
    remainingCalendarMinutes: minutes(run.dueAt - end),
    pausedCalendarMinutes: minutes(run.pausedCalendarMs),
    cycle: run.cycles.length,
    cycles: run.cycles.map((c) => ({
      cycle: c.cycle,
      startedAt: iso(c.startedAt),
      endedAt: c.endedAt === null ? null : iso(c.endedAt),
      elapsedMinutes: minutes(c.elapsedMs),
      endedBy: c.endedBy,
    })),
    milestones: Object.fromEntries(Object.entries(run.milestones).map(([percent, at]) => [percent, iso(at)])),
    nextMilestoneAt: run.nextMilestoneAt === null ? null : iso(run.nextMilestoneAt),
    group: facts.group,
    assignee: facts.assignee,
    thirdParty: run.thirdParty,
    asOf: iso(asOf),
  };
}
