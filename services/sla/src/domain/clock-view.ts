import { runClock } from './clock-run';
import { snapshotOf, type ClockSnapshot } from './clock-snapshot';
import type { WorkingTimes } from './sla-ticket.events';
import type { SlaTicketState } from './sla-ticket.state';

/**
 * The ticket's clocks with their figures as of `asOf` (now, or a moment in the past when the state is
 * folded up to it). Each is replayed under the definition version it runs under; a cancelled clock is
 * shown as it was cancelled.
 */
export function clocksAsOf(state: SlaTicketState, workingTimes: WorkingTimes, asOf: number): ClockSnapshot[] {
  if (state.status === 'untracked') return [];
  const observations = state.observations.filter((observation) => observation.at <= asOf);
  const facts = observations[observations.length - 1]?.facts;
  return Object.values(state.clocks).map(({ definition, snapshot }) => {
    const workingTime = workingTimes[definition.calendar];
    if (snapshot.stage === 'cancelled' || !workingTime || !facts) return snapshot;
    const run = runClock(definition, workingTime, observations, asOf);
    return run.stage === 'pending' ? snapshot : snapshotOf(state, definition, run, facts, asOf);
  });
}
