import { specification } from '@deskstream/kernel';
import type { ProblemCommand, RecordProblem } from './problem.commands';
import { problemDecider } from './problem.decider';
import type { MajorProblemFlagged, ProblemEvent, ProblemRecorded } from './problem.events';
import { DEFAULT_PRIORITY_MATRIX } from './priority-matrix';

/** Shared facts for the decider specifications: one problem, walked through its life at known times. */
export const spec = specification(problemDecider);

export const T0 = '2026-01-05T09:00:00.000Z';
export const at = (minutes: number): string => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
export const by = 'parker';
export const stamp = (minutes: number) => ({ by, at: at(minutes) });

export const record = (overrides: Partial<RecordProblem['data']> = {}): ProblemCommand => ({
  type: 'RecordProblem',
  data: {
    problemId: 'prb-1',
    reference: 'PRB0001001',
    shortDescription: 'Mail relay drops connections',
    description: 'Outlook disconnects several times a day',
    service: 'email',
    configurationItem: 'mx-01',
    category: 'software',
    impact: 2,
    urgency: 1,
    origin: 'repeat-incidents',
    priorityMatrix: DEFAULT_PRIORITY_MATRIX,
    ...stamp(0),
    ...overrides,
  },
});

export const recorded: ProblemRecorded = {
  type: 'ProblemRecorded',
  data: {
    problemId: 'prb-1',
    reference: 'PRB0001001',
    shortDescription: 'Mail relay drops connections',
    description: 'Outlook disconnects several times a day',
    service: 'email',
    configurationItem: 'mx-01',
    category: 'software',
    origin: 'repeat-incidents',
    candidateId: null,
    impact: 2,
    urgency: 1,
    priority: 'P2',
    problemManager: null,
    assignmentGroup: null,
    ...stamp(0),
  },
};

export const assessed: ProblemEvent = {
  type: 'ProblemAssessed',
  data: { impact: 2, urgency: 1, priority: 'P2', category: 'software', problemManager: 'parker', assignmentGroup: 'messaging', ...stamp(1) },
};
export const confirmed: ProblemEvent = { type: 'ProblemConfirmed', data: stamp(2) };
export const analysing: ProblemEvent = { type: 'ProblemAnalysisStarted', data: stamp(3) };
export const workaround: ProblemEvent = { type: 'WorkaroundRecorded', data: { version: 1, workaround: 'Restart the relay service', ...stamp(4) } };
export const cause: ProblemEvent = { type: 'RootCauseRecorded', data: { version: 1, cause: 'Connection pool too small', ...stamp(5) } };
export const fixing: ProblemEvent = { type: 'ProblemFixStarted', data: { plan: 'Raise the pool size in release 4.2', ...stamp(6) } };
export const fixed: ProblemEvent = {
  type: 'ProblemResolved',
  data: { code: 'fix-applied', notes: 'Release 4.2 deployed', masterProblemId: null, ...stamp(7) },
};
export const closed: ProblemEvent = { type: 'ProblemClosed', data: stamp(8) };
export const linked = (incidentId: string, minutes = 2): ProblemEvent => ({
  type: 'IncidentLinked',
  data: { incidentId, problemReference: 'PRB0001001', ...stamp(minutes) },
});
export const taskAdded = (taskId: string): ProblemEvent => ({
  type: 'ProblemTaskAdded',
  data: { taskId, title: 'Collect relay logs', assignee: 'robin', ...stamp(3) },
});
export const majorFlagged: MajorProblemFlagged = { type: 'MajorProblemFlagged', data: { reason: 'all mail down twice', ...stamp(2) } };

export const inAnalysis: ProblemEvent[] = [recorded, assessed, confirmed, analysing];
export const knownError: ProblemEvent[] = [...inAnalysis, workaround, cause];
export const resolvedWithFix: ProblemEvent[] = [...knownError, fixing, fixed];
