import { IllegalTransition, NotFound, ValidationFailed } from '@deskstream/kernel';
import type { IncidentCommand } from './incident.commands';
import type { IncidentEvent } from './incident.events';
import { assigned, at, closed, inProgress, opened, resolved, spec } from './incident.fixtures';

const closingCategories = ['software', 'no-fault-found'];
const recovered: IncidentCommand = {
  type: 'ResolveFromMonitoring',
  data: { notes: 'All alerts recovered', closingCategories, quietPeriodDays: 3, by: 'system:intake', at: at(30) },
};
const resolvedByMonitoring = (category = 'no-fault-found'): IncidentEvent => ({
  type: 'IncidentResolved',
  data: {
    closingCategory: category,
    resolutionCode: null,
    notes: 'All alerts recovered',
    resolvedBy: 'system:intake',
    masterIncidentId: null,
    autoCloseDueAt: '2026-01-08T09:30:00.000Z',
    at: at(30),
  },
});

describe('incident: resolved from monitoring', () => {
  it('walks an untaken incident through monitoring to resolved, as no fault found', () => {
    spec
      .given([opened])
      .when(recovered)
      .then([
        {
          type: 'IncidentAssigned',
          data: { group: 'monitoring', assignee: null, tier: 1, reassignment: false, reassignmentCount: 0, by: 'system:intake', at: at(30) },
        },
        { type: 'IncidentWorkStarted', data: { assignee: 'system:intake', by: 'system:intake', at: at(30) } },
        resolvedByMonitoring(),
      ]);
  });

  it('starts an assigned incident, resumes one on hold, resolves one in progress', () => {
    spec
      .given([opened, assigned])
      .when(recovered)
      .then([{ type: 'IncidentWorkStarted', data: { assignee: 'alice', by: 'system:intake', at: at(30) } }, resolvedByMonitoring()]);
    const held: IncidentEvent = { type: 'IncidentPutOnHold', data: { reason: 'awaiting-caller', thirdParty: null, by: 'alice', at: at(3) } };
    spec
      .given([...inProgress, held])
      .when(recovered)
      .then([{ type: 'IncidentResumed', data: { by: 'system:intake', at: at(30) } }, resolvedByMonitoring()]);
    spec.given(inProgress).when(recovered).then([resolvedByMonitoring()]);
  });

  it('closes as the first category when the tenant has no no-fault-found', () => {
    const other: IncidentCommand = { ...recovered, data: { ...recovered.data, closingCategories: ['software'] } } as IncidentCommand;
    spec
      .given(inProgress)
      .when(other)
      .then([resolvedByMonitoring('software')]);
  });

  it('leaves an incident alone that someone already resolved or closed', () => {
    spec
      .given([...inProgress, resolved])
      .when(recovered)
      .thenNothingHappened();
    spec
      .given([...inProgress, resolved, closed])
      .when(recovered)
      .thenNothingHappened();
    spec.given([]).when(recovered).thenThrows(NotFound);
  });
});

describe('incident: resolved at first contact', () => {
  const firstContact = (closingCategory = 'software'): IncidentCommand => ({
    type: 'ResolveAtFirstContact',
    data: { agent: 'avery', closingCategory, notes: 'Explained the setting', closingCategories, quietPeriodDays: 3, by: 'avery', at: at(5) },
  });

  it('is taken by the agent for the desk, worked and resolved in one decision', () => {
    spec
      .given([opened])
      .when(firstContact())
      .then([
        {
          type: 'IncidentAssigned',
          data: { group: 'service-desk', assignee: 'avery', tier: 1, reassignment: false, reassignmentCount: 0, by: 'avery', at: at(5) },
        },
        { type: 'IncidentWorkStarted', data: { assignee: 'avery', by: 'avery', at: at(5) } },
        {
          type: 'IncidentResolved',
          data: {
            closingCategory: 'software',
            resolutionCode: null,
            notes: 'Explained the setting',
            resolvedBy: 'avery',
            masterIncidentId: null,
            autoCloseDueAt: '2026-01-08T09:05:00.000Z',
            at: at(5),
          },
        },
      ]);
  });

  it('is refused as a whole for a closing category the desk does not accept, or an incident already resolved', () => {
    spec.given([opened]).when(firstContact('magic')).thenThrows(ValidationFailed);
    spec
      .given([...inProgress, resolved])
      .when(firstContact())
      .thenThrows(IllegalTransition);
  });
});

describe('incident: notes', () => {
  it('records a note sent again under the same id once', () => {
    const note: IncidentCommand = { type: 'AddNote', data: { noteId: 'n-1', visibility: 'internal', text: 'Checked the logs', by: 'alice', at: at(4) } };
    const added: IncidentEvent = {
      type: 'IncidentNoteAdded',
      data: {
        noteId: 'n-1',
        visibility: 'internal',
        text: 'Checked the logs',
        minutes: 0,
        failedAttempt: false,
        knowledgeArticle: null,
        relatedProblem: null,
        by: 'alice',
        at: at(4),
      },
    };
    spec.given(inProgress).when(note).then([added]);
    spec
      .given([...inProgress, added])
      .when(note)
      .thenNothingHappened();
  });
});
