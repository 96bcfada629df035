import { assertNever, type Decider } from '@deskstream/kernel';
import { addTask, addTimelineEntry, completeTask, updateFiveWhys, updateKepnerTregoe } from './decide-analysis';
import { publishKnownError, recordCause, recordWorkaround, recordWorkaroundUse, recordKnownErrorArticle, reviewWorkaround } from './decide-known-error';
import {
  acceptRisk,
  assessProblem,
  cancelProblem,
  closeProblem,
  confirmProblem,
  flagMajorProblem,
  markDuplicate,
  reanalyseProblem,
  recordProblem,
  resolveProblem,
  reviewMajorProblem,
  startAnalysis,
  startFix,
} from './decide-lifecycle';
import { communicate, linkIncident, takeOverLinks, unlinkIncident } from './decide-links';
import type { ProblemCommand } from './problem.commands';
import type { ProblemEvent } from './problem.events';
import { evolveProblem } from './problem.evolve';
import { initialProblemState, type ProblemState } from './problem.state';

export function decideProblem(command: ProblemCommand, state: ProblemState): ProblemEvent[] {
  switch (command.type) {
    case 'RecordProblem':
      return recordProblem(command, state);
    case 'AssessProblem':
      return assessProblem(command, state);
    case 'ConfirmProblem':
      return confirmProblem(command, state);
    case 'StartAnalysis':
      return startAnalysis(command, state);
    case 'CancelProblem':
      return cancelProblem(command, state);
    case 'MarkDuplicate':
      return markDuplicate(command, state);
    case 'StartFix':
      return startFix(command, state);
    case 'AcceptRisk':
      return acceptRisk(command, state);
    case 'ResolveProblem':
      return resolveProblem(command, state);
    case 'CloseProblem':
      return closeProblem(command, state);
    case 'ReanalyseProblem':
      return reanalyseProblem(command, state);
    case 'RecordWorkaround':
      return recordWorkaround(command, state);
    case 'RecordCause':
      return recordCause(command, state);
    case 'PublishKnownError':
      return publishKnownError(command, state);
    case 'RecordWorkaroundUse':
      return recordWorkaroundUse(command, state);
    case 'RecordKnownErrorArticle':
      return recordKnownErrorArticle(command, state);
    case 'ReviewWorkaround':
      return reviewWorkaround(command, state);
    case 'LinkIncident':
      return linkIncident(command, state);
    case 'UnlinkIncident':
      return unlinkIncident(command, state);
    case 'Communicate':
      return communicate(command, state);
    case 'TakeOverLinks':
      return takeOverLinks(command, state);
    case 'AddTask':
      return addTask(command, state);
    case 'CompleteTask':
      return completeTask(command, state);
    case 'AddTimelineEntry':
      return addTimelineEntry(command, state);
    case 'UpdateKepnerTregoe':
      return updateKepnerTregoe(command, state);
    case 'UpdateFiveWhys':
      return updateFiveWhys(command, state);
    case 'FlagMajorProblem':
      return flagMajorProblem(command, state);
    case 'ReviewMajorProblem':
      return reviewMajorProblem(command, state);
    default:
      return assertNever(command, 'problem command');
  }
}

export const problemDecider: Decider<ProblemCommand, ProblemEvent, ProblemState> = {
  decide: decideProblem,
  evolve: evolveProblem,
  initialState: initialProblemState,
};
