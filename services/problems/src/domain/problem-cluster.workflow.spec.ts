import { IllegalTransition, specification, ValidationFailed } from '@deskstream/kernel';
import { clusterWorkflow, type ClusterEvent, type ObserveIncident } from './problem-cluster.workflow';

const spec = specification(clusterWorkflow);
const T0 = Date.parse('2026-01-05T09:00:00.000Z');
const hours = (h: number) => new Date(T0 + h * 3_600_000).toISOString();

const incident = (n: number, at: string, shortDescription = 'Cannot send mail') => ({
  incidentId: `inc-${n}`,
  reference: `INC000100${n}`,
  shortDescription,
  at,
});
const observe = (n: number, at: string, rule: Partial<ObserveIncident['data']> = {}, text?: string): ObserveIncident => ({
  type: 'ObserveIncident',
  data: {
    ...incident(n, at, text),
    dimension: 'service',
    value: 'email',
    candidateId: `cand-${n}`,
    windowMinutes: 24 * 60,
    threshold: 5,
    similarity: null,
    ...rule,
  },
});
const observed = (n: number, at: string, text?: string): ClusterEvent => {
  const { at: _at, ...rest } = incident(n, at, text);
  return { type: 'ClusterIncidentObserved', data: { ...rest, at, expiresAt: new Date(Date.parse(at) + 24 * 3_600_000).toISOString() } };
};
const four = [observed(1, hours(0)), observed(2, hours(1)), observed(3, hours(2)), observed(4, hours(3))];
const raised: ClusterEvent = {
  type: 'ProblemCandidateRaised',
  data: {
    candidateId: 'cand-5',
    dimension: 'service',
    value: 'email',
    reason: '5 incidents on service email within 1 day(s)',
    incidents: [1, 2, 3, 4, 5].map((n) => ({ incidentId: `inc-${n}`, reference: `INC000100${n}`, shortDescription: 'Cannot send mail' })),
    at: hours(4),
  },
};

describe('trend detection: incidents sharing a service within the window', () => {
  it('the fifth incident within 24 hours raises a candidate with the five that triggered it', () => {
    spec
      .given(four)
      .when(observe(5, hours(4)))
      .then([observed(5, hours(4)), raised]);
  });

  it('four incidents are not a trend', () => {
    spec
      .given(four.slice(0, 3))
      .when(observe(4, hours(3)))
      .then([observed(4, hours(3))]);
  });

  it('incidents older than the window do not count', () => {
    spec
      .given(four)
      .when(observe(5, hours(24.5)))
      .then([observed(5, hours(24.5))]);
  });

  it('no second candidate while one is open: later incidents join it', () => {
    spec
      .given([...four, observed(5, hours(4)), raised])
      .when(observe(6, hours(5)))
      .then([
        {
          type: 'ProblemCandidateGrew',
          data: { incidentId: 'inc-6', reference: 'INC0001006', shortDescription: 'Cannot send mail', candidateId: 'cand-5', at: hours(5) },
        },
      ]);
  });

  it('nor while it is snoozed', () => {
    const snoozed: ClusterEvent = {
      type: 'ProblemCandidateSnoozed',
      data: { candidateId: 'cand-5', reason: 'change freeze', until: hours(48), by: 'parker', at: hours(5) },
    };
    spec
      .given([...four, observed(5, hours(4)), raised, snoozed])
      .when(observe(6, hours(6)))
      .thenState((s) => {
        expect(s.status === 'candidate-snoozed' && [s.candidate.candidateId, s.candidate.count]).toEqual(['cand-5', 6]);
      });
  });

  it('after a dismissal the incidents already raised do not count again', () => {
    const dismissed: ClusterEvent = {
      type: 'ProblemCandidateDismissed',
      data: { candidateId: 'cand-5', reason: 'planned outage', by: 'parker', at: hours(5) },
    };
    spec
      .given([...four, observed(5, hours(4)), raised, dismissed])
      .when(observe(6, hours(6)))
      .then([observed(6, hours(6))]);
  });

  it('a redelivered incident is observed once', () => {
    spec
      .given(four)
      .when(observe(4, hours(3)))
      .then([]);
  });

  it('with a similarity threshold, only incidents with similar short descriptions cluster', () => {
    const printers = [1, 2, 3, 4].map((n) => observed(n, hours(n), n % 2 === 0 ? 'Printer jammed on floor 3' : 'Cannot send mail'));
    spec
      .given(printers)
      .when(observe(5, hours(5), { threshold: 3, similarity: 0.5 }, 'Printer jammed again'))
      .thenState((s) => {
        expect(s.status === 'candidate-open' && s.candidate.incidents.map((i) => i.incidentId)).toEqual(['inc-2', 'inc-4', 'inc-5']);
      });
  });

  it('a major incident is a cluster of its own: threshold 1 raises at once', () => {
    spec
      .given([])
      .when(observe(7, hours(1), { dimension: 'major', value: 'INC0001007', threshold: 1 }))
      .thenState((s) => expect(s.status).toBe('candidate-open'));
  });
});

describe('deciding on a candidate', () => {
  const open = [...four, observed(5, hours(4)), raised];

  it('promotes or dismisses the open candidate, with a reason for a dismissal', () => {
    spec
      .given(open)
      .when({ type: 'PromoteCandidate', data: { candidateId: 'cand-5', problemId: 'prb-1', by: 'parker', at: hours(6) } })
      .thenState((s) => expect(s.status).toBe('quiet'));
    spec
      .given(open)
      .when({ type: 'DismissCandidate', data: { candidateId: 'cand-5', reason: '', by: 'parker', at: hours(6) } })
      .thenThrows(ValidationFailed);
  });

  it('a snooze needs a time in the future', () => {
    spec
      .given(open)
      .when({ type: 'SnoozeCandidate', data: { candidateId: 'cand-5', reason: 'wait', until: hours(5), by: 'parker', at: hours(6) } })
      .thenThrows(ValidationFailed);
  });

  it('a candidate already decided cannot be decided again (409)', () => {
    const promoted: ClusterEvent = { type: 'ProblemCandidatePromoted', data: { candidateId: 'cand-5', problemId: 'prb-1', by: 'parker', at: hours(6) } };
    spec
      .given([...open, promoted])
      .when({ type: 'DismissCandidate', data: { candidateId: 'cand-5', reason: 'x', by: 'parker', at: hours(7) } })
      .thenThrows(IllegalTransition);
    spec
      .given([...open, promoted, observed(6, hours(7))])
      .when({ type: 'DismissCandidate', data: { candidateId: 'cand-5', reason: 'x', by: 'parker', at: hours(7) } })
      .thenThrows(IllegalTransition);
    spec
      .given(open)
      .when({ type: 'DismissCandidate', data: { candidateId: 'cand-9', reason: 'x', by: 'parker', at: hours(7) } })
      .thenThrows(IllegalTransition);
  });
});
