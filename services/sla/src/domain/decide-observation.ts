import { runClock } from './clock-run';
import { snapshotOf, type ClockSnapshot } from './clock-snapshot';
import { escalationStep } from './decide-escalation';
import type { SlaDefinition } from './sla-definition.model';
import { applies, CLOSED_STATUSES, isAutomatic } from './sla-selection.rules';
import type { CheckClocks, ObserveTicket, RecomputeClocks, SlaTicketEvent, SlaTicketObserved, WorkingTimes } from './sla-ticket.events';
import {
  evolveTrackedSlaTicket,
  milestoneKey,
  observedSlaTicket,
  type SlaTicketState,
  type TrackedClock,
  type TrackedSlaTicket as Tracked,
} from './sla-ticket.state';
import { applyChange, type Observation, type TicketChange, type TicketKind } from './ticket-facts';

const lastOf = (state: Tracked): Observation => state.observations[state.observations.length - 1]!;

/** What changed on one clock between its last snapshot and now: stage, cycle, milestones (and the escalations they start). */
function clockChanges(
  state: Tracked,
  tracked: TrackedClock,
  snapshot: ClockSnapshot,
  workingTimes: WorkingTimes,
  notify: boolean,
  asOf: number,
): SlaTicketEvent[] {
  const previous = tracked.snapshot;
  const events: SlaTicketEvent[] = [];
  const newMilestones = Object.entries(snapshot.milestones)
    .filter(([percent]) => !tracked.milestones.includes(milestoneKey(tracked.definition, snapshot.cycle, Number(percent))))
    .sort(([a], [b]) => Number(a) - Number(b));
  for (const [percent, reachedAt] of newMilestones) {
    events.push({ type: 'SlaMilestoneReached', data: { clock: snapshot, percent: Number(percent), reachedAt, notify } });
  }
  if (snapshot.cycle > previous.cycle) events.push({ type: 'SlaClockCycleStarted', data: { clock: snapshot } });
  if (snapshot.stage !== previous.stage || snapshot.cycle > previous.cycle) {
    if (snapshot.stage === 'paused') events.push({ type: 'SlaClockPaused', data: { clock: snapshot } });
    else if (snapshot.stage === 'in-progress' && previous.stage === 'paused') events.push({ type: 'SlaClockResumed', data: { clock: snapshot } });
    else if (snapshot.stage === 'completed') events.push({ type: 'SlaClockCompleted', data: { clock: snapshot } });
    else if (snapshot.stage === 'cancelled') events.push({ type: 'SlaClockCancelled', data: { clock: snapshot, reason: 'condition' } });
  }
  // A stopped clock ends its escalation and starts none: a milestone it passed on the way is recorded, nobody is chased for it.
  const stopped = snapshot.stage === 'completed' || snapshot.stage === 'cancelled';
  if (stopped) {
    if (state.escalations[snapshot.id]) {
      events.push({ type: 'SlaEscalationEnded', data: { clockId: snapshot.id, reason: 'clock-stopped', by: 'system', at: new Date(asOf).toISOString() } });
    }
  } else if (notify && newMilestones.length > 0) {
    const open = state.escalations[snapshot.id];
    const percent = Number(newMilestones[newMilestones.length - 1]![0]);
    events.push(...escalationStep({ ...tracked, snapshot }, snapshot, percent, open ? open.reminders + 1 : 0, asOf, workingTimes));
  }
  return events;
}

/** A clock under a definition that applies and is not running yet: attached with its whole history replayed. */
function attach(state: Tracked, definition: SlaDefinition, workingTimes: WorkingTimes, asOf: number): SlaTicketEvent[] {
  const workingTime = workingTimes[definition.calendar];
  if (!workingTime) return [];
  const run = runClock(definition, workingTime, state.observations, asOf);
  if (run.stage === 'pending') return [];
  const clock = snapshotOf(state, definition, run, lastOf(state).facts, asOf);
  // Started before this change (a new priority re-selected it): its passed milestones are history, not news.
  const retroactive = run.startedAt! < asOf;
  const events: SlaTicketEvent[] = [{ type: 'SlaClockAttached', data: { clock, definition, retroactive } }];
  const attached: TrackedClock = { definition, snapshot: clock, milestones: [] };
  const notify = !retroactive;
  for (const [percent, reachedAt] of Object.entries(clock.milestones).sort(([a], [b]) => Number(a) - Number(b))) {
    events.push({ type: 'SlaMilestoneReached', data: { clock, percent: Number(percent), reachedAt, notify } });
  }
  if (notify && Object.keys(clock.milestones).length > 0)
    events.push(...escalationStep(attached, clock, Math.max(...Object.keys(clock.milestones).map(Number)), 0, asOf, workingTimes));
  return events;
}

function rerun(state: Tracked, tracked: TrackedClock, workingTimes: WorkingTimes, asOf: number, definition = tracked.definition): ClockSnapshot | null {
  const workingTime = workingTimes[definition.calendar];
  if (!workingTime) return null;
  const run = runClock(definition, workingTime, state.observations, asOf);
  return run.stage === 'pending' ? null : snapshotOf(state, definition, run, lastOf(state).facts, asOf);
}

/**
 * The ticket's kind and reference for an observation: an opening starts tracking an untracked ticket,
 * any other change continues a tracked one; null for a change that does neither (a second opening,
 * a change to a ticket whose opening was never observed).
 */
function identityOf(state: SlaTicketState, change: TicketChange): { readonly kind: TicketKind; readonly reference: string | null } | null {
  if (state.status === 'tracked') return change.signal === 'opened' ? null : { kind: state.kind, reference: state.reference };
  return change.signal === 'opened' ? { kind: change.kind, reference: null } : null;
}

/**
 * A change to the ticket: record it, end escalations someone acted on, move every clock, cancel the
 * clocks whose definition no longer applies (a new priority) and attach those that now do, with start
 * from the ticket's opening and earlier pauses carried over.
 */
export function decideObservation(command: ObserveTicket, state: SlaTicketState): SlaTicketEvent[] {
  const { ticketId, reference, change, by, at, definitions, workingTimes } = command.data;
  const known = identityOf(state, change);
  if (!known) return [];
  const before = state.status === 'tracked' ? lastOf(state).facts : null;
  const { facts, signal } = applyChange(before, change);
  const observed: SlaTicketObserved = {
    type: 'SlaTicketObserved',
    data: { ticketId, reference: reference ?? known.reference ?? ticketId, kind: known.kind, facts, signal, by, at },
  };
  const next = observedSlaTicket(state, observed);
  const asOf = Math.max(Date.parse(at), lastOf(next).at);
  const events: SlaTicketEvent[] = [observed];
  if (!isAutomatic(by)) {
    for (const clockId of Object.keys(next.escalations)) events.push({ type: 'SlaEscalationEnded', data: { clockId, reason: 'acted-on', by, at } });
  }
  const afterActing = events.slice(1).reduce(evolveTrackedSlaTicket, next);
  for (const tracked of Object.values(afterActing.clocks)) {
    if (tracked.snapshot.stage === 'cancelled' && !applies(tracked.definition, facts)) continue;
    const stillApplies = applies(tracked.definition, facts) || tracked.snapshot.stage === 'completed';
    const snapshot = rerun(afterActing, tracked, workingTimes, asOf);
    if (!snapshot) continue;
    if (!stillApplies) {
      events.push({ type: 'SlaClockCancelled', data: { clock: { ...snapshot, stage: 'cancelled' }, reason: 'reselected' } });
      continue;
    }
    if (tracked.snapshot.stage === 'cancelled') continue;
    events.push(...clockChanges(afterActing, tracked, snapshot, workingTimes, true, asOf));
  }
  for (const definition of definitions) {
    const tracked = afterActing.clocks[definition.id];
    const reselected = tracked?.snapshot.stage === 'cancelled' && applies(definition, facts) && !applies(tracked.definition, before ?? facts);
    if ((tracked && !reselected) || !applies(definition, facts)) continue;
    events.push(...attach(afterActing, definition, workingTimes, asOf));
  }
  return events;
}

/** A milestone timer fired: milestones reached by `at` are recorded and notified once; later timers find nothing new. */
export function decideCheck(command: CheckClocks, state: SlaTicketState): SlaTicketEvent[] {
  if (state.status === 'untracked') return [];
  const asOf = Math.max(Date.parse(command.data.at), lastOf(state).at);
  return Object.values(state.clocks).flatMap((tracked) => {
    if (tracked.snapshot.stage !== 'in-progress') return [];
    const snapshot = rerun(state, tracked, command.data.workingTimes, asOf);
    return snapshot ? clockChanges(state, tracked, snapshot, command.data.workingTimes, true, asOf) : [];
  });
}

/** What a repair compares: figures that do not move by themselves with time (a running clock's due instant, a paused one's remainder). */
const essentials = (clock: ClockSnapshot): string =>
  JSON.stringify([
    clock.definitionVersion,
    clock.stage,
    clock.breached,
    clock.originalDueAt,
    clock.cycle,
    clock.stage === 'in-progress' ? clock.dueAt : clock.remainingMinutes,
  ]);

/** Repair after a calendar or definition correction: each clock that comes out different is recorded with the reason. */
export function decideRecompute(command: RecomputeClocks, state: SlaTicketState): SlaTicketEvent[] {
  if (state.status === 'untracked') return [];
  const { definitions, workingTimes, reason, includeClosed, at } = command.data;
  if (!includeClosed && CLOSED_STATUSES.includes(lastOf(state).facts.status)) return [];
  const asOf = Math.max(Date.parse(at), lastOf(state).at);
  return Object.values(state.clocks).flatMap((tracked): SlaTicketEvent[] => {
    const definition = definitions.find((d) => d.id === tracked.definition.id) ?? tracked.definition;
    const snapshot = rerun(state, tracked, workingTimes, asOf, definition);
    if (!snapshot || tracked.snapshot.stage === 'cancelled' || essentials(snapshot) === essentials(tracked.snapshot)) return [];
    return [{ type: 'SlaClockRecomputed', data: { clock: snapshot, definition, reason } }];
  });
}
