import { parseStreamName } from '@deskstream/kernel';
import { projectionOf, type RecordedOf, type StoredDocument } from '@deskstream/readmodels';
import { MAX_CANDIDATE_INCIDENTS, type ClusterEvent, type ClusterIncident } from '../domain/problem-cluster.workflow';
import { CLUSTER_CATEGORY } from './problem-streams';

export type CandidateStatus = 'open' | 'snoozed' | 'promoted' | 'dismissed';

/** One problem candidate the detector raised, with the cluster (workflow stream) that decides on it. */
export interface ProblemCandidate extends StoredDocument {
  readonly clusterId: string;
  readonly status: CandidateStatus;
  readonly dimension: string;
  readonly value: string;
  readonly reason: string;
  readonly incidents: readonly ClusterIncident[];
  readonly incidentCount: number;
  readonly raisedAt: string;
  readonly snoozedUntil: string | null;
  readonly problemId: string | null;
  readonly decision: { readonly by: string; readonly at: string; readonly reason: string | null } | null;
  readonly updatedAt: string;
}

/** The cluster's events about its candidate (an observed incident is the detector's, not the candidate's). */
export type CandidateEvent = Exclude<ClusterEvent, { type: 'ClusterIncidentObserved' }>;

const CANDIDATE_EVENTS: readonly CandidateEvent['type'][] = [
  'ProblemCandidateRaised',
  'ProblemCandidateGrew',
  'ProblemCandidatePromoted',
  'ProblemCandidateDismissed',
  'ProblemCandidateSnoozed',
];

export function applyToCandidate(doc: ProblemCandidate | null, recorded: RecordedOf<CandidateEvent>): ProblemCandidate | null {
  const event = recorded;
  const stamp = { tenantId: recorded.metadata.tenantId, position: recorded.position, updatedAt: recorded.metadata.occurredAt };
  if (event.type === 'ProblemCandidateRaised') {
    const { candidateId, dimension, value, reason, incidents, at } = event.data;
    const clusterId = parseStreamName(recorded.streamId).id;
    return {
      id: candidateId,
      ...stamp,
      clusterId,
      status: 'open',
      dimension,
      value,
      reason,
      incidents,
      incidentCount: incidents.length,
      raisedAt: at,
      snoozedUntil: null,
      problemId: null,
      decision: null,
    };
  }
  if (!doc) return null;
  switch (event.type) {
    case 'ProblemCandidateGrew': {
      const { incidentId, reference, shortDescription } = event.data;
      const incidents = doc.incidents.length < MAX_CANDIDATE_INCIDENTS ? [...doc.incidents, { incidentId, reference, shortDescription }] : doc.incidents;
      return { ...doc, ...stamp, incidents, incidentCount: doc.incidentCount + 1 };
    }
    case 'ProblemCandidatePromoted':
      return { ...doc, ...stamp, status: 'promoted', problemId: event.data.problemId, decision: { by: event.data.by, at: event.data.at, reason: null } };
    case 'ProblemCandidateDismissed':
      return { ...doc, ...stamp, status: 'dismissed', decision: { by: event.data.by, at: event.data.at, reason: event.data.reason } };
    case 'ProblemCandidateSnoozed':
      return {
        ...doc,
        ...stamp,
        status: 'snoozed',
        snoozedUntil: event.data.until,
        decision: { by: event.data.by, at: event.data.at, reason: event.data.reason },
      };
  }
}

export const problemCandidatesProjection = projectionOf<CandidateEvent, ProblemCandidate>({
  name: 'problems.problem-candidates.v1',
  collection: 'problem-candidates',
  categories: [CLUSTER_CATEGORY],
  handles: CANDIDATE_EVENTS,
  documentId: (event) => event.data.candidateId,
  apply: applyToCandidate,
  indexes: [['status', 'raisedAt']],
});

/**
 * A snooze that has run out puts the candidate back among the open ones. The incidents and the problem
 * it was promoted to are links; `problemReferences` holds the references of the problems known.
 */
export function presentCandidate(doc: ProblemCandidate, now: Date, problemReferences: ReadonlyMap<string, string> = new Map()) {
  const { id, status, dimension, value, reason, incidents, incidentCount, raisedAt, snoozedUntil, problemId, decision, updatedAt } = doc;
  const awake = status === 'snoozed' && snoozedUntil !== null && Date.parse(snoozedUntil) <= now.getTime();
  return {
    id,
    status: awake ? 'open' : status,
    dimension,
    value,
    reason,
    incidents: incidents.map(({ incidentId, reference, shortDescription }) => ({ id: incidentId, reference, shortDescription })),
    incidentCount,
    raisedAt,
    snoozedUntil,
    problem: problemId ? { id: problemId, reference: problemReferences.get(problemId) ?? null } : null,
    decision,
    updatedAt,
  };
}
