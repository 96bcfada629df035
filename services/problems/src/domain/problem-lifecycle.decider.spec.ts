import { AlreadyExists, fold, IllegalTransition, ValidationFailed } from '@deskstream/kernel';
import { problemDecider } from './problem.decider';
import { allowedActions } from './problem-lifecycle.rules';
import {
  analysing,
  assessed,
  closed,
  confirmed,
  inAnalysis,
  knownError,
  linked,
  majorFlagged,
  record,
  recorded,
  resolvedWithFix,
  spec,
  stamp,
  taskAdded,
} from './problem.fixtures';
import { DEFAULT_PRIORITY_MATRIX, type PriorityMatrix } from './priority-matrix';

describe('recording a problem', () => {
  it('records it as new with its priority from impact x urgency through the matrix', () => {
    spec.given([]).when(record()).then([recorded]);
  });

  it("uses the tenant's own matrix", () => {
    const flat: PriorityMatrix = [
      ['P1', 'P1', 'P1'],
      ['P1', 'P1', 'P1'],
      ['P1', 'P1', 'P1'],
    ];
    spec
      .given([])
      .when(record({ impact: 3, urgency: 3, priorityMatrix: flat }))
      .thenState((s) => {
        expect(s.status !== 'none' && s.classification.priority).toBe('P1');
      });
  });

  it('links the incidents it starts with, once each, and flags a major problem with its reason', () => {
    spec
      .given([])
      .when(record({ incidents: [{ incidentId: 'inc-1' }, { incidentId: 'inc-1' }, { incidentId: 'inc-2' }], major: true, majorReason: 'all mail down twice' }))
      .then([recorded, { ...majorFlagged, data: { ...majorFlagged.data, ...stamp(0) } }, linked('inc-1', 0), linked('inc-2', 0)]);
  });

  it('refuses a missing short description, an unknown origin and impact 4, naming each field', () => {
    spec
      .given([])
      .when(record({ shortDescription: '', origin: 'rumour' as never }))
      .thenThrows(ValidationFailed, (e: ValidationFailed) => {
        expect(e.errors.map((x) => x.field)).toEqual(['shortDescription', 'origin']);
      });
    spec
      .given([])
      .when(record({ impact: 4 }))
      .thenThrows(ValidationFailed);
    spec
      .given([])
      .when(record({ major: true }))
      .thenThrows(ValidationFailed);
  });

  it('is recorded once', () => {
    spec.given([recorded]).when(record()).thenThrows(AlreadyExists);
  });
});

describe('new -> assessed -> root-cause-analysis', () => {
  it('assessment reclassifies, names manager and group, and recomputes the priority', () => {
    spec
      .given([recorded])
      .when({
        type: 'AssessProblem',
        data: { impact: 1, urgency: 1, problemManager: 'parker', assignmentGroup: 'messaging', priorityMatrix: DEFAULT_PRIORITY_MATRIX, ...stamp(1) },
      })
      .then([
        {
          type: 'ProblemAssessed',
          data: { impact: 1, urgency: 1, priority: 'P1', category: 'software', problemManager: 'parker', assignmentGroup: 'messaging', ...stamp(1) },
        },
      ]);
  });

  it('analysis starts only once the problem is confirmed', () => {
    spec
      .given([recorded, assessed])
      .when({ type: 'StartAnalysis', data: stamp(2) })
      .thenThrows(IllegalTransition, (e: IllegalTransition) => {
        expect(e.allowedActions).toContain('confirm');
        expect(e.allowedActions).not.toContain('start-analysis');
      });
    spec
      .given([recorded, assessed])
      .when({ type: 'ConfirmProblem', data: stamp(2) })
      .then([confirmed]);
    spec
      .given([recorded, assessed, confirmed])
      .when({ type: 'StartAnalysis', data: stamp(3) })
      .then([analysing]);
    spec
      .given([recorded, assessed, confirmed])
      .when({ type: 'StartAnalysis', data: stamp(3) })
      .thenState((s) => expect(s.status).toBe('root-cause-analysis'));
  });

  it('a new problem cannot be confirmed before it is assessed: 409 names what is allowed', () => {
    spec
      .given([recorded])
      .when({ type: 'ConfirmProblem', data: stamp(1) })
      .thenThrows(IllegalTransition, (e: IllegalTransition) => {
        expect(e.currentStatus).toBe('new');
        expect(e.allowedActions).toEqual([
          'assess',
          'link-incident',
          'unlink-incident',
          'add-task',
          'add-timeline-entry',
          'update-kt',
          'update-whys',
          'flag-major',
        ]);
      });
  });

  it('from assessed a problem can be cancelled (resolved with code cancelled)', () => {
    spec
      .given([recorded, assessed])
      .when({ type: 'CancelProblem', data: { reason: 'not a problem', ...stamp(2) } })
      .then([{ type: 'ProblemResolved', data: { code: 'cancelled', notes: 'not a problem', masterProblemId: null, ...stamp(2) } }]);
  });

  it('from assessed a problem can be marked a duplicate: resolved with code duplicate, its links listed to move', () => {
    spec
      .given([recorded, linked('inc-1'), linked('inc-2'), assessed])
      .when({ type: 'MarkDuplicate', data: { masterProblemId: 'prb-9', masterReference: 'PRB0001009', ...stamp(3) } })
      .then([
        {
          type: 'ProblemMarkedDuplicate',
          data: { problemReference: 'PRB0001001', masterProblemId: 'prb-9', masterReference: 'PRB0001009', movedIncidentIds: ['inc-1', 'inc-2'], ...stamp(3) },
        },
        { type: 'ProblemResolved', data: { code: 'duplicate', notes: 'Duplicate of PRB0001009', masterProblemId: 'prb-9', ...stamp(3) } },
      ]);
    spec
      .given([recorded, linked('inc-1'), assessed])
      .when({ type: 'MarkDuplicate', data: { masterProblemId: 'prb-9', masterReference: 'PRB0001009', ...stamp(3) } })
      .thenState((s) => expect(s.status !== 'none' && [s.status, s.linkedIncidentIds, s.resolution?.code]).toEqual(['resolved', [], 'duplicate']));
  });

  it('a problem does not duplicate itself', () => {
    spec
      .given([recorded, assessed])
      .when({ type: 'MarkDuplicate', data: { masterProblemId: 'prb-1', masterReference: 'PRB0001001', ...stamp(3) } })
      .thenThrows(ValidationFailed);
  });
});

describe('root-cause-analysis -> fix-in-progress -> resolved -> closed', () => {
  it('a fix needs a recorded cause', () => {
    spec
      .given(inAnalysis)
      .when({ type: 'StartFix', data: { plan: 'patch', ...stamp(6) } })
      .thenThrows(IllegalTransition);
    spec
      .given(knownError)
      .when({ type: 'StartFix', data: { plan: 'patch', ...stamp(6) } })
      .then([{ type: 'ProblemFixStarted', data: { plan: 'patch', ...stamp(6) } }]);
  });

  it('accepting the risk resolves with code risk-accepted', () => {
    spec
      .given(inAnalysis)
      .when({ type: 'AcceptRisk', data: { reason: 'the workaround is enough', ...stamp(6) } })
      .then([{ type: 'ProblemResolved', data: { code: 'risk-accepted', notes: 'the workaround is enough', masterProblemId: null, ...stamp(6) } }]);
  });

  it('resolving a fix in progress gives code fix-applied; resolving in analysis is refused', () => {
    spec
      .given(resolvedWithFix.slice(0, -1))
      .when({ type: 'ResolveProblem', data: { notes: 'Release 4.2 deployed', ...stamp(7) } })
      .then([resolvedWithFix.at(-1)!]);
    spec
      .given(inAnalysis)
      .when({ type: 'ResolveProblem', data: { notes: 'x', ...stamp(7) } })
      .thenThrows(IllegalTransition);
  });

  it('closing cancels the open problem tasks in the same append, and leaves completed ones', () => {
    const completed = { type: 'ProblemTaskCompleted', data: { taskId: 't-2', outcome: 'done', ...stamp(4) } } as const;
    spec
      .given([...resolvedWithFix, taskAdded('t-1'), taskAdded('t-2'), completed])
      .when({ type: 'CloseProblem', data: stamp(9) })
      .then([
        { type: 'ProblemTaskCancelled', data: { taskId: 't-1', reason: 'problem closed', ...stamp(9) } },
        { type: 'ProblemClosed', data: stamp(9) },
      ]);
  });

  it('a major problem is reviewed before it closes', () => {
    const major = [...resolvedWithFix, majorFlagged];
    spec
      .given(major)
      .when({ type: 'CloseProblem', data: stamp(9) })
      .thenThrows(IllegalTransition, (e: IllegalTransition) => {
        expect(e.allowedActions).toContain('review-major');
        expect(e.allowedActions).not.toContain('close');
      });
    const reviewed = { type: 'MajorProblemReviewed', data: { summary: 'pool exhausted', lessons: 'load-test releases', ...stamp(9) } } as const;
    spec
      .given(major)
      .when({ type: 'ReviewMajorProblem', data: { summary: 'pool exhausted', lessons: 'load-test releases', ...stamp(9) } })
      .then([reviewed]);
    spec
      .given([...major, reviewed])
      .when({ type: 'CloseProblem', data: stamp(10) })
      .then([{ type: 'ProblemClosed', data: stamp(10) }]);
  });

  it('a closed problem can be re-analysed, and only that', () => {
    const done = [...resolvedWithFix, closed];
    expect(allowedActions(fold(problemDecider, done))).toEqual(['reanalyse']);
    spec
      .given(done)
      .when({ type: 'ReanalyseProblem', data: { reason: 'incidents are back', ...stamp(20) } })
      .then([{ type: 'ProblemReanalysed', data: { reason: 'incidents are back', from: 'closed', ...stamp(20) } }]);
    spec
      .given(done)
      .when({ type: 'ReanalyseProblem', data: { reason: 'back', ...stamp(20) } })
      .thenState((s) => {
        expect(s.status !== 'none' && [s.status, s.resolution, s.closedAt, s.reanalysisCount]).toEqual(['root-cause-analysis', null, null, 1]);
      });
    spec
      .given(done)
      .when({ type: 'AddTask', data: { taskId: 't', title: 'x', assignee: 'y', ...stamp(20) } })
      .thenThrows(IllegalTransition);
  });

  it('root-cause analysis can be started over: it stays in analysis, counted, with fix and accept risk still open', () => {
    expect(allowedActions(fold(problemDecider, knownError))).toEqual(expect.arrayContaining(['start-fix', 'accept-risk', 'reanalyse']));
    spec
      .given(knownError)
      .when({ type: 'ReanalyseProblem', data: { reason: 'the cause did not explain the Tuesday outages', ...stamp(6) } })
      .then([{ type: 'ProblemReanalysed', data: { reason: 'the cause did not explain the Tuesday outages', from: 'root-cause-analysis', ...stamp(6) } }]);
    spec
      .given(knownError)
      .when({ type: 'ReanalyseProblem', data: { reason: 'again', ...stamp(6) } })
      .thenState((s) => {
        expect(s.status !== 'none' && [s.status, s.reanalysisCount]).toEqual(['root-cause-analysis', 1]);
      });
    spec
      .given(knownError)
      .when({ type: 'ReanalyseProblem', data: { reason: '', ...stamp(6) } })
      .thenThrows(ValidationFailed);
  });

  it('a fix in progress can go back to analysis', () => {
    spec
      .given(resolvedWithFix.slice(0, -1))
      .when({ type: 'ReanalyseProblem', data: { reason: 'fix did not hold', ...stamp(8) } })
      .thenState((s) => expect(s.status).toBe('root-cause-analysis'));
  });
});
