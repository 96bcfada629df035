import { projectionSpecification, recordedEvents } from '@deskstream/readmodels';
import { MAX_CANDIDATE_INCIDENTS, type ClusterIncident } from '../domain/problem-cluster.workflow';
import { at } from '../domain/problem.fixtures';
import { problemCandidatesProjection, type CandidateEvent } from './problem-candidates.projection';

const incident = (n: number): ClusterIncident => ({ incidentId: `inc-${n}`, reference: `INC000${1000 + n}`, shortDescription: `Mail bounces (${n})` });
const candidateId = 'cand-1';
const cluster = (events: readonly CandidateEvent[]) => recordedEvents<CandidateEvent>('problemcluster-acme.service.email', events, { tenantId: 'acme' });
const raised: CandidateEvent = {
  type: 'ProblemCandidateRaised',
  data: { candidateId, dimension: 'service', value: 'email', reason: '3 incidents on email in 60 minutes', incidents: [1, 2, 3].map(incident), at: at(0) },
};
const grew: CandidateEvent = { type: 'ProblemCandidateGrew', data: { ...incident(4), candidateId, at: at(5) } };
const decision = { candidateId, by: 'parker', at: at(10) };
const spec = projectionSpecification(problemCandidatesProjection);

describe('the problem candidates projection', () => {
  it('lists a raised candidate as open, with its cluster and incidents', () => {
    const [first] = cluster([raised]);
    spec
      .given()
      .when(first!)
      .then((doc) =>
        expect(doc).toMatchObject({
          id: candidateId,
          tenantId: 'acme',
          clusterId: 'service.email',
          status: 'open',
          dimension: 'service',
          value: 'email',
          incidents: [1, 2, 3].map(incident),
          incidentCount: 3,
          raisedAt: at(0),
          snoozedUntil: null,
          problemId: null,
          decision: null,
        }),
      );
  });

  it('adds each incident the candidate grows by', () => {
    const [first, second] = cluster([raised, grew]);
    spec
      .given(first!)
      .when(second!)
      .then((doc) => expect(doc).toMatchObject({ incidents: [1, 2, 3, 4].map(incident), incidentCount: 4 }));
  });

  it('counts incidents beyond the ones it keeps', () => {
    const full: CandidateEvent = { ...raised, data: { ...raised.data, incidents: Array.from({ length: MAX_CANDIDATE_INCIDENTS }, (_, n) => incident(n)) } };
    const [first, second] = cluster([full, grew]);
    spec
      .given(first!)
      .when(second!)
      .then((doc) => expect(doc).toMatchObject({ incidents: full.data.incidents, incidentCount: MAX_CANDIDATE_INCIDENTS + 1 }));
  });

  it('records the decision taken on it: promoted, dismissed or snoozed', () => {
    const decisions: CandidateEvent[] = [
      { type: 'ProblemCandidatePromoted', data: { ...decision, problemId: 'prb-1' } },
      { type: 'ProblemCandidateDismissed', data: { ...decision, reason: 'one bad release' } },
      { type: 'ProblemCandidateSnoozed', data: { ...decision, reason: 'change freeze', until: at(600) } },
    ];
    const [promoted, dismissed, snoozed] = decisions.map((event) => cluster([raised, event])[1]!);
    const [first] = cluster([raised]);
    spec
      .given(first!)
      .when(promoted!)
      .then((doc) => expect(doc).toMatchObject({ status: 'promoted', problemId: 'prb-1', decision: { by: 'parker', at: at(10), reason: null } }));
    spec
      .given(first!)
      .when(dismissed!)
      .then((doc) => expect(doc).toMatchObject({ status: 'dismissed', problemId: null, decision: { by: 'parker', at: at(10), reason: 'one bad release' } }));
    spec
      .given(first!)
      .when(snoozed!)
      .then((doc) => expect(doc).toMatchObject({ status: 'snoozed', snoozedUntil: at(600), decision: { reason: 'change freeze' } }));
  });

  it('ignores events of a candidate it never saw raised, and keys each by its candidate', () => {
    const [, second] = cluster([raised, grew]);
    spec
      .given()
      .when(second!)
      .then((doc) => expect(doc).toBeNull());
    expect(problemCandidatesProjection.documentId(second!)).toBe(candidateId);
  });
});
