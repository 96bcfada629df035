import { specification, ValidationFailed, workflowSpecification } from '@deskstream/kernel';
import type { DirectoryFacts } from './directory-names.rules';
import { incidentDecider } from './incident.decider';
import { at, described, inProgress, open, opened, spec } from './incident.fixtures';
import { intakeHandoffWorkflow, type HandoffInput } from './intake-handoff.workflow';
import { DEFAULT_PRIORITY_MATRIX } from './priority-matrix';
import { serviceRequestDecider } from './service-request.decider';
import { approved, later, requestId } from './service-request.fixtures';

const directory: DirectoryFacts = {
  groups: { listed: true, known: ['service-desk', 'network'] },
  users: { listed: true, known: ['alice'] },
};
const assign = (group: string, assignee: string | null, facts: DirectoryFacts | null = directory) =>
  ({ type: 'AssignIncident', data: { group, assignee, by: 'alice', at: at(6), ...(facts ? { directory: facts } : {}) } }) as const;
const errorsOf = (error: ValidationFailed) => error.errors;

describe('names checked against the directory', () => {
  it('assigns to a group and a person the directory knows', () => {
    spec
      .given([opened])
      .when(assign('network', 'alice'))
      .thenState((s) => expect(s.status === 'assigned' && [s.group, s.assignee]).toEqual(['network', 'alice']));
  });

  it('refuses a group or an assignee it does not know, naming the field and the value', () => {
    spec
      .given([opened])
      .when(assign('no-such-group', 'ghost-user'))
      .thenThrows(ValidationFailed, (error: ValidationFailed) =>
        expect(errorsOf(error)).toEqual([
          { field: 'group', message: 'no active group "no-such-group" in the directory' },
          { field: 'assignee', message: 'no active user "ghost-user" in the directory' },
        ]),
      );
  });

  it('takes free text for a kind the tenant directory does not list yet, and when nothing was looked up', () => {
    const noUsersYet: DirectoryFacts = { ...directory, users: { listed: false, known: [] } };
    spec
      .given([opened])
      .when(assign('network', 'ghost-user', noUsersYet))
      .thenState((s) => expect(s.status).toBe('assigned'));
    spec
      .given([opened])
      .when(assign('no-such-group', null, null))
      .thenState((s) => expect(s.status).toBe('assigned'));
    spec
      .given([opened])
      .when(assign('no-such-group', null, noUsersYet))
      .thenThrows(ValidationFailed);
  });

  it('opens an incident about a service and configuration item the directory knows, and refuses unknown ones naming field and value', () => {
    const catalogue: DirectoryFacts = { services: { listed: true, known: ['email'] }, configurationItems: { listed: true, known: ['mx1'] } };
    spec
      .given([])
      .when(open({ service: 'email', configurationItem: 'mx1', directory: catalogue }))
      .thenState((s) => expect(s.status).toBe('new'));
    spec
      .given([])
      .when(open({ service: 'emial', configurationItem: 'mx9', directory: catalogue }))
      .thenThrows(ValidationFailed, (error: ValidationFailed) =>
        expect(errorsOf(error)).toEqual([
          { field: 'service', message: 'no active service "emial" in the directory' },
          { field: 'configurationItem', message: 'no active configuration item "mx9" in the directory' },
        ]),
      );
    // A tenant whose directory lists no configuration items yet names them as free text.
    spec
      .given([])
      .when(open({ service: 'email', configurationItem: 'anything', directory: { ...catalogue, configurationItems: { listed: false, known: [] } } }))
      .thenState((s) => expect(s.status).toBe('new'));
  });

  it('refuses a functional escalation to an unknown group and a hierarchical one to an unknown manager', () => {
    spec
      .given(inProgress)
      .when({ type: 'EscalateIncident', data: { kind: 'functional', group: 'netwrok', reason: 'typo', directory, by: 'alice', at: at(7) } })
      .thenThrows(ValidationFailed, (error: ValidationFailed) =>
        expect(errorsOf(error)).toEqual([{ field: 'group', message: 'no active group "netwrok" in the directory' }]),
      );
    spec
      .given(inProgress)
      .when({ type: 'EscalateIncident', data: { kind: 'hierarchical', manager: 'nobody', reason: 'VIP', directory, by: 'alice', at: at(7) } })
      .thenThrows(ValidationFailed, (error: ValidationFailed) => expect(errorsOf(error)[0]!.field).toBe('manager'));
  });
});

describe('fulfilment tasks checked against the directory', () => {
  const requests = specification(serviceRequestDecider);
  const task = (assignee: string, assignmentGroup: string) =>
    ({
      type: 'AddFulfilmentTask',
      data: { requestId, taskId: 't1', title: 'Image the laptop', assignee, assignmentGroup, directory, by: 'agent', at: later },
    }) as const;

  it('hands a task to a person and a group the directory knows, and refuses ghosts by field and value', () => {
    requests
      .given(approved)
      .when(task('alice', 'service-desk'))
      .thenState((s) => expect(s.status === 'approved' && s.tasks.map((t) => t.assignee)).toEqual(['alice']));
    requests
      .given(approved)
      .when(task('ghost-user', 'no-such-group'))
      .thenThrows(ValidationFailed, (error: ValidationFailed) =>
        expect(errorsOf(error)).toEqual([
          { field: 'assignee', message: 'no active user "ghost-user" in the directory' },
          { field: 'assignmentGroup', message: 'no active group "no-such-group" in the directory' },
        ]),
      );
  });
});

describe('hand-offs routed to a group the directory does not know', () => {
  const handoffs = workflowSpecification(intakeHandoffWorkflow, incidentDecider);
  const openData = { ...described, priorityMatrix: DEFAULT_PRIORITY_MATRIX, majorIncidentRules: [], by: 'system:intake', at: at(0) };
  const requested = (group: string): HandoffInput => ({
    type: 'TicketRequested',
    data: { open: openData, group, directory, notes: [], resolveAtFirstContact: null },
  });

  it('open unassigned for triage, saying why, instead of parking the ticket in a queue nobody watches', () => {
    handoffs
      .given([])
      .when(requested('old-team'))
      .then([
        { type: 'OpenIncident', data: openData },
        {
          type: 'AddNote',
          data: {
            noteId: `${described.incidentId}.unknown-group`,
            visibility: 'internal',
            text: 'Routed to group old-team, which is not in the directory: left unassigned for triage.',
            by: 'system:intake',
            at: at(0),
          },
        },
      ]);
    handoffs.given([opened]).when(requested('old-team')).thenNothingHappened();
  });

  it('assign a known group as before', () => {
    handoffs
      .given([])
      .when(requested('network'))
      .then([
        { type: 'OpenIncident', data: openData },
        { type: 'AssignIncident', data: { group: 'network', by: 'system:intake', at: at(0) } },
      ]);
  });
});
