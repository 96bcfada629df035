import { assertNever, type Decider } from '@deskstream/kernel';
import { addNote, assignIncident, cancelIncident, escalateIncident, putOnHold, resumeIncident, startWork } from './decide-work';
import { classifyIncident, openIncident } from './decide-recording';
import { declareMajorIncident, linkChildIncident, linkToMajorIncident, publishStakeholderUpdate, recordPostIncidentReview } from './decide-major';
import { acceptResolution, closeIncident, rateSatisfaction, rejectResolution, reopenIncident, resolveIncident } from './decide-resolution';
import { resolveAtFirstContact, resolveFromMonitoring } from './decide-direct-resolution';
import { recordSourceSync } from './decide-source-sync';
import { addProblemComment, linkProblem, unlinkProblem } from './decide-problem-links';
import type { IncidentCommand } from './incident.commands';
import type { IncidentEvent } from './incident.events';
import { evolveIncident } from './incident.evolve';
import { initialIncidentState, type IncidentState } from './incident.state';

export function decideIncident(command: IncidentCommand, state: IncidentState): IncidentEvent[] {
  switch (command.type) {
    case 'OpenIncident':
      return openIncident(command, state);
    case 'ClassifyIncident':
      return classifyIncident(command, state);
    case 'AssignIncident':
      return assignIncident(command, state);
    case 'StartWork':
      return startWork(command, state);
    case 'PutOnHold':
      return putOnHold(command, state);
    case 'ResumeIncident':
      return resumeIncident(command, state);
    case 'EscalateIncident':
      return escalateIncident(command, state);
    case 'AddNote':
      return addNote(command, state);
    case 'ResolveIncident':
      return resolveIncident(command, state);
    case 'ResolveFromMonitoring':
      return resolveFromMonitoring(command, state);
    case 'ResolveAtFirstContact':
      return resolveAtFirstContact(command, state);
    case 'AcceptResolution':
      return acceptResolution(command, state);
    case 'RejectResolution':
      return rejectResolution(command, state);
    case 'CloseIncident':
      return closeIncident(command, state);
    case 'ReopenIncident':
      return reopenIncident(command, state);
    case 'CancelIncident':
      return cancelIncident(command, state);
    case 'DeclareMajorIncident':
      return declareMajorIncident(command, state);
    case 'PublishStakeholderUpdate':
      return publishStakeholderUpdate(command, state);
    case 'LinkChildIncident':
      return linkChildIncident(command, state);
    case 'LinkToMajorIncident':
      return linkToMajorIncident(command, state);
    case 'RecordPostIncidentReview':
      return recordPostIncidentReview(command, state);
    case 'RateSatisfaction':
      return rateSatisfaction(command, state);
    case 'RecordSourceSync':
      return recordSourceSync(command, state);
    case 'LinkProblem':
      return linkProblem(command, state);
    case 'UnlinkProblem':
      return unlinkProblem(command, state);
    case 'AddProblemComment':
      return addProblemComment(command, state);
    default:
      return assertNever(command, 'incident command');
  }
}

export const incidentDecider: Decider<IncidentCommand, IncidentEvent, IncidentState> = {
  decide: decideIncident,
  evolve: evolveIncident,
  initialState: initialIncidentState,
};
