import { assertNever } from '@deskstream/kernel';
import type { ProblemEvent } from './problem.events';
import type { Problem, ProblemState, ProblemTask } from './problem.state';

const withTask = (problem: Problem, taskId: string, change: Partial<ProblemTask>): Problem => ({
  ...problem,
  tasks: problem.tasks.map((task) => (task.taskId === taskId ? { ...task, ...change } : task)),
});

/** Folds one event into the problem. Events are facts: evolve never refuses one. */
export function evolveProblem(state: ProblemState, event: ProblemEvent): ProblemState {
  if (event.type === 'ProblemRecorded') {
    const { by: _by, at, impact, urgency, priority, ...recorded } = event.data;
    return {
      ...recorded,
      status: 'new',
      classification: { impact, urgency, priority },
      confirmed: false,
      major: null,
      workaround: null,
      cause: null,
      knownErrorArticle: null,
      linkedIncidentIds: [],
      tasks: [],
      analystEntries: [],
      kepnerTregoe: null,
      fiveWhys: null,
      fixPlan: null,
      resolution: null,
      reanalysisCount: 0,
      openedAt: at,
      closedAt: null,
    };
  }
  if (state.status === 'none') return state;
  const problem: Problem = state;
  switch (event.type) {
    case 'ProblemAssessed': {
      const { impact, urgency, priority, category, problemManager, assignmentGroup } = event.data;
      return { ...problem, status: 'assessed', classification: { impact, urgency, priority }, category, problemManager, assignmentGroup };
    }
    case 'ProblemConfirmed':
      return { ...problem, confirmed: true };
    case 'ProblemAnalysisStarted':
      return { ...problem, status: 'root-cause-analysis' };
    case 'ProblemFixStarted':
      return { ...problem, status: 'fix-in-progress', fixPlan: event.data.plan };
    case 'ProblemResolved': {
      const { code, notes, masterProblemId, by, at } = event.data;
      return { ...problem, status: 'resolved', resolution: { code, notes, masterProblemId, by, at } };
    }
    case 'ProblemMarkedDuplicate':
      return { ...problem, linkedIncidentIds: [] };
    case 'ProblemClosed':
      return { ...problem, status: 'closed', closedAt: event.data.at };
    case 'ProblemReanalysed':
      return { ...problem, status: 'root-cause-analysis', resolution: null, closedAt: null, reanalysisCount: problem.reanalysisCount + 1 };
    case 'WorkaroundRecorded': {
      const { version, workaround, by, at } = event.data;
      return { ...problem, workaround: { version, value: workaround, by, at, uses: 0, unreviewedUses: 0, usedBy: [] } };
    }
    case 'RootCauseRecorded': {
      const { version, cause, by, at } = event.data;
      return { ...problem, cause: { version, value: cause, by, at } };
    }
    case 'WorkaroundUsed':
      return problem.workaround
        ? {
            ...problem,
            workaround: {
              ...problem.workaround,
              uses: event.data.uses,
              unreviewedUses: problem.workaround.unreviewedUses + 1,
              usedBy: [...problem.workaround.usedBy, event.data.incidentId],
            },
          }
        : problem;
    case 'WorkaroundReviewed':
      return problem.workaround ? { ...problem, workaround: { ...problem.workaround, unreviewedUses: 0 } } : problem;
    case 'KnownErrorArticleRequested': {
      const { workaroundVersion, causeVersion, at } = event.data;
      return { ...problem, knownErrorArticle: { workaroundVersion, causeVersion, at, article: problem.knownErrorArticle?.article ?? null } };
    }
    case 'KnownErrorArticleRecorded': {
      const article = { id: event.data.articleId, reference: event.data.reference };
      const asked = problem.knownErrorArticle ?? { workaroundVersion: 0, causeVersion: 0, at: event.data.at };
      return { ...problem, knownErrorArticle: { ...asked, article } };
    }
    case 'IncidentLinked':
      return { ...problem, linkedIncidentIds: [...problem.linkedIncidentIds, event.data.incidentId] };
    case 'IncidentUnlinked':
      return { ...problem, linkedIncidentIds: problem.linkedIncidentIds.filter((id) => id !== event.data.incidentId) };
    case 'ProblemCommunicated':
      return problem;
    case 'ProblemTaskAdded': {
      const { taskId, title, assignee } = event.data;
      return { ...problem, tasks: [...problem.tasks, { taskId, title, assignee, status: 'open', outcome: null }] };
    }
    case 'ProblemTaskCompleted':
      return withTask(problem, event.data.taskId, { status: 'completed', outcome: event.data.outcome });
    case 'ProblemTaskCancelled':
      return withTask(problem, event.data.taskId, { status: 'cancelled', outcome: event.data.reason });
    case 'TimelineEntryAdded': {
      const { entryId, kind, text, source, happenedAt, by } = event.data;
      return { ...problem, analystEntries: [...problem.analystEntries, { entryId, kind, text, source, happenedAt, by }] };
    }
    case 'KepnerTregoeUpdated': {
      const { version, worksheet, by, at } = event.data;
      return { ...problem, kepnerTregoe: { version, value: worksheet, by, at } };
    }
    case 'FiveWhysUpdated': {
      const { version, steps, by, at } = event.data;
      return { ...problem, fiveWhys: { version, value: steps, by, at } };
    }
    case 'MajorProblemFlagged':
      return { ...problem, major: { reason: event.data.reason, review: null } };
    case 'MajorProblemReviewed': {
      const { summary, lessons, at } = event.data;
      return problem.major ? { ...problem, major: { ...problem.major, review: { summary, lessons, at } } } : problem;
    }
    default:
      return assertNever(event, 'problem event');
  }
}
