import { assertNever, IllegalTransition, ValidationFailed, type Decider, type Message } from '@deskstream/kernel';
import { ensureValid, textErrors } from './text.rules';
import { candidateReason, similar } from './trend.rules';

/**
 * The proactive detector: one workflow per cluster (a tenant's service, configuration item or category,
 * or one major incident). It decides over incoming incidents: within the window, at least `threshold`
 * of them raise one problem candidate with the incidents that triggered it; while that candidate is
 * open (or snoozed) later incidents join it instead of raising a second one.
 */

/** A candidate lists at most this many incidents; the count goes on. */
export const MAX_CANDIDATE_INCIDENTS = 500;

export interface ClusterIncident {
  readonly incidentId: string;
  readonly reference: string;
  readonly shortDescription: string;
}

export interface ObservedIncident extends ClusterIncident {
  readonly at: string;
  readonly expiresAt: string;
}

export type ObserveIncident = Message<
  'ObserveIncident',
  ClusterIncident & {
    readonly at: string;
    readonly dimension: string;
    readonly value: string;
    /** Id the candidate gets if this incident raises one. */
    readonly candidateId: string;
    readonly windowMinutes: number;
    readonly threshold: number;
    readonly similarity: number | null;
  }
>;
type Decision = { readonly candidateId: string; readonly by: string; readonly at: string };
export type PromoteCandidate = Message<'PromoteCandidate', Decision & { readonly problemId: string }>;
export type DismissCandidate = Message<'DismissCandidate', Decision & { readonly reason: string }>;
export type SnoozeCandidate = Message<'SnoozeCandidate', Decision & { readonly reason: string; readonly until: string }>;
export type ClusterCommand = ObserveIncident | PromoteCandidate | DismissCandidate | SnoozeCandidate;

export type ClusterIncidentObserved = Message<'ClusterIncidentObserved', ObservedIncident>;
export type ProblemCandidateRaised = Message<
  'ProblemCandidateRaised',
  {
    readonly candidateId: string;
    readonly dimension: string;
    readonly value: string;
    readonly reason: string;
    readonly incidents: readonly ClusterIncident[];
    readonly at: string;
  }
>;
export type ProblemCandidateGrew = Message<'ProblemCandidateGrew', ClusterIncident & { readonly candidateId: string; readonly at: string }>;
export type ProblemCandidatePromoted = Message<'ProblemCandidatePromoted', Decision & { readonly problemId: string }>;
export type ProblemCandidateDismissed = Message<'ProblemCandidateDismissed', Decision & { readonly reason: string }>;
export type ProblemCandidateSnoozed = Message<'ProblemCandidateSnoozed', Decision & { readonly reason: string; readonly until: string }>;
export type ClusterEvent =
  ClusterIncidentObserved | ProblemCandidateRaised | ProblemCandidateGrew | ProblemCandidatePromoted | ProblemCandidateDismissed | ProblemCandidateSnoozed;

export const CLUSTER_EVENT_TYPES: readonly ClusterEvent['type'][] = [
  'ClusterIncidentObserved',
  'ProblemCandidateRaised',
  'ProblemCandidateGrew',
  'ProblemCandidatePromoted',
  'ProblemCandidateDismissed',
  'ProblemCandidateSnoozed',
];

export interface OpenCandidate {
  readonly candidateId: string;
  readonly incidents: readonly ClusterIncident[];
  readonly count: number;
  readonly snoozedUntil: string | null;
}

/** Quiet: counting incidents in the window. Watching: a candidate is open (or snoozed) and collects them. */
export type ClusterState =
  | { readonly status: 'quiet'; readonly recent: readonly ObservedIncident[] }
  | { readonly status: 'candidate-open' | 'candidate-snoozed'; readonly recent: readonly ObservedIncident[]; readonly candidate: OpenCandidate };

export const initialClusterState = (): ClusterState => ({ status: 'quiet', recent: [] });

const addMinutes = (at: string, minutes: number): string => new Date(Date.parse(at) + minutes * 60_000).toISOString();
const seen = (state: ClusterState, incidentId: string): boolean =>
  state.recent.some((i) => i.incidentId === incidentId) || (state.status !== 'quiet' && state.candidate.incidents.some((i) => i.incidentId === incidentId));

function observe(command: ObserveIncident, state: ClusterState): ClusterEvent[] {
  const { incidentId, reference, shortDescription, at, candidateId, windowMinutes, threshold, similarity, dimension, value } = command.data;
  if (seen(state, incidentId)) return [];
  const incident = { incidentId, reference, shortDescription };
  if (state.status !== 'quiet') {
    if (!similar(state.candidate.incidents[0]?.shortDescription ?? shortDescription, shortDescription, similarity)) return [];
    return [{ type: 'ProblemCandidateGrew', data: { ...incident, candidateId: state.candidate.candidateId, at } }];
  }
  const observed: ClusterEvent = { type: 'ClusterIncidentObserved', data: { ...incident, at, expiresAt: addMinutes(at, windowMinutes) } };
  const within = state.recent.filter((i) => Date.parse(i.expiresAt) > Date.parse(at) && similar(i.shortDescription, shortDescription, similarity));
  const cluster = [...within.map(({ incidentId, reference, shortDescription }) => ({ incidentId, reference, shortDescription })), incident];
  if (cluster.length < threshold) return [observed];
  const reason = candidateReason(dimension, value, cluster.length, windowMinutes);
  return [observed, { type: 'ProblemCandidateRaised', data: { candidateId, dimension, value, reason, incidents: cluster, at } }];
}

function openCandidate(state: ClusterState, candidateId: string, action: string): OpenCandidate {
  // Only the open candidate can be decided on; an earlier one of this cluster has been decided already.
  if (state.status === 'quiet' || state.candidate.candidateId !== candidateId) throw new IllegalTransition(action, 'decided', []);
  return state.candidate;
}

export function decideCluster(command: ClusterCommand, state: ClusterState): ClusterEvent[] {
  switch (command.type) {
    case 'ObserveIncident':
      return observe(command, state);
    case 'PromoteCandidate':
      openCandidate(state, command.data.candidateId, 'promote');
      return [{ type: 'ProblemCandidatePromoted', data: command.data }];
    case 'DismissCandidate':
      openCandidate(state, command.data.candidateId, 'dismiss');
      ensureValid(textErrors('reason', command.data.reason));
      return [{ type: 'ProblemCandidateDismissed', data: command.data }];
    case 'SnoozeCandidate': {
      openCandidate(state, command.data.candidateId, 'snooze');
      ensureValid(textErrors('reason', command.data.reason));
      if (!(Date.parse(command.data.until) > Date.parse(command.data.at)))
        throw new ValidationFailed([{ field: 'until', message: 'until must be a time in the future' }]);
      return [{ type: 'ProblemCandidateSnoozed', data: { ...command.data, until: new Date(command.data.until).toISOString() } }];
    }
    default:
      return assertNever(command, 'cluster command');
  }
}

/** Incidents leave the window as new ones arrive; those in a candidate leave the count for good. */
export function evolveCluster(state: ClusterState, event: ClusterEvent): ClusterState {
  switch (event.type) {
    case 'ClusterIncidentObserved': {
      const now = Date.parse(event.data.at);
      return { ...state, recent: [...state.recent.filter((i) => Date.parse(i.expiresAt) > now), event.data] };
    }
    case 'ProblemCandidateRaised': {
      const claimed = new Set(event.data.incidents.map((i) => i.incidentId));
      const { candidateId, incidents } = event.data;
      return {
        status: 'candidate-open',
        recent: state.recent.filter((i) => !claimed.has(i.incidentId)),
        candidate: { candidateId, incidents: incidents.slice(0, MAX_CANDIDATE_INCIDENTS), count: incidents.length, snoozedUntil: null },
      };
    }
    case 'ProblemCandidateGrew': {
      if (state.status === 'quiet') return state;
      const { candidate } = state;
      const { incidentId, reference, shortDescription } = event.data;
      const incidents =
        candidate.incidents.length < MAX_CANDIDATE_INCIDENTS ? [...candidate.incidents, { incidentId, reference, shortDescription }] : candidate.incidents;
      return { ...state, candidate: { ...candidate, incidents, count: candidate.count + 1 } };
    }
    case 'ProblemCandidateSnoozed':
      return state.status === 'quiet' ? state : { ...state, status: 'candidate-snoozed', candidate: { ...state.candidate, snoozedUntil: event.data.until } };
    case 'ProblemCandidatePromoted':
    case 'ProblemCandidateDismissed':
      return { status: 'quiet', recent: state.recent };
    default:
      return assertNever(event, 'cluster event');
  }
}

export const clusterWorkflow: Decider<ClusterCommand, ClusterEvent, ClusterState> = {
  decide: decideCluster,
  evolve: evolveCluster,
  initialState: initialClusterState,
};
