import { specification, workflowSpecification } from '@deskstream/kernel';
import type { IncidentCommand } from './incident.commands';
import { incidentDecider } from './incident.decider';
import { assigned, at, closed, described, inProgress, opened, resolved } from './incident.fixtures';
import { intakeHandoffWorkflow, requestHandoffWorkflow, type HandoffInput, type HandoffNote } from './intake-handoff.workflow';
import { DEFAULT_PRIORITY_MATRIX } from './priority-matrix';
import { serviceRequestDecider } from './service-request.decider';
import { details as requestDetails, at as requestAt, submitted } from './service-request.fixtures';

const spec = workflowSpecification(intakeHandoffWorkflow, incidentDecider);
const settings = { closingCategories: ['software', 'no-fault-found'], quietPeriodDays: 3 };
const openData = { ...described, priorityMatrix: DEFAULT_PRIORITY_MATRIX, majorIncidentRules: [], by: 'system:intake', at: at(0) };
const note = (noteId: string, text = 'Alert firing again'): HandoffNote => ({ noteId, visibility: 'internal', text, by: 'system:intake', at: at(5) });

const requested = (data: Partial<Extract<HandoffInput, { type: 'TicketRequested' }>['data']> = {}): HandoffInput => ({
  type: 'TicketRequested',
  data: { open: openData, group: null, notes: [], resolveAtFirstContact: null, ...data },
});

describe('intake hand-off: a ticket intake accepted', () => {
  it('is opened, assigned to the classified group and commented, in one decision', () => {
    const transcript = note('m-1.0', 'the chat');
    spec
      .given([])
      .when(requested({ group: 'service-desk', notes: [transcript] }))
      .then([
        { type: 'OpenIncident', data: openData },
        { type: 'AssignIncident', data: { group: 'service-desk', by: 'system:intake', at: at(0) } },
        { type: 'AddNote', data: transcript },
      ]);
  });

  it('is not opened again when the message comes twice; only its assignment is made sure of', () => {
    spec.given([opened]).when(requested()).thenNothingHappened();
    spec
      .given([opened])
      .when(requested({ group: 'service-desk' }))
      .then([{ type: 'AssignIncident', data: { group: 'service-desk', by: 'system:intake', at: at(0) } }]);
    spec
      .given([opened, assigned])
      .when(requested({ group: 'network' }))
      .thenNothingHappened();
  });

  it('is resolved at first contact by the agent when the desk accepts the closing category', () => {
    const resolution = { agent: 'avery', closingCategory: 'software', notes: 'Explained', ...settings, by: 'avery', at: at(0) };
    const commands: readonly IncidentCommand[] = [
      { type: 'OpenIncident', data: openData },
      { type: 'ResolveAtFirstContact', data: resolution },
    ];
    spec
      .given([])
      .when(requested({ group: 'service-desk', resolveAtFirstContact: resolution }))
      .then(commands);
  });

  it('stays in progress with the agent, saying why, when the closing category is no longer accepted', () => {
    const resolution = { agent: 'avery', closingCategory: 'magic', notes: 'Explained', ...settings, by: 'avery', at: at(0) };
    spec
      .given([])
      .when(requested({ resolveAtFirstContact: resolution }))
      .then([
        { type: 'OpenIncident', data: openData },
        { type: 'AssignIncident', data: { group: 'service-desk', assignee: 'avery', tier: 1, by: 'avery', at: at(0) } },
        { type: 'StartWork', data: { by: 'avery', at: at(0) } },
        {
          type: 'AddNote',
          data: {
            noteId: 'inc-1.first-contact',
            visibility: 'internal',
            text: 'Not resolved at first contact: closing category magic is not one of software, no-fault-found.',
            by: 'avery',
            at: at(0),
          },
        },
      ]);
  });
});

describe('intake hand-off: notes and comments', () => {
  it('adds a note once, and none to an incident that was closed or never opened', () => {
    spec
      .given([opened])
      .when({ type: 'NoteRequested', data: note('m-2') })
      .then([{ type: 'AddNote', data: note('m-2') }]);
    spec
      .given([])
      .when({ type: 'NoteRequested', data: note('m-2') })
      .thenNothingHappened();
    spec
      .given([...inProgress, resolved, closed])
      .when({ type: 'NoteRequested', data: note('m-2') })
      .thenNothingHappened();
  });

  it('takes a mail comment from the caller only', () => {
    const comment = { ...note('m-3', 'Still broken'), visibility: 'public' as const, by: 'rita', author: 'rita' };
    const { author: _author, ...asNote } = comment;
    spec
      .given([opened])
      .when({ type: 'CommentReceived', data: comment })
      .then([{ type: 'AddNote', data: asNote }]);
    spec
      .given([opened])
      .when({ type: 'CommentReceived', data: { ...comment, author: 'mallory', by: 'mallory' } })
      .thenNothingHappened();
  });
});

describe('intake hand-off: monitoring recovered', () => {
  const resolve = { notes: 'All alerts recovered', ...settings, by: 'system:intake', at: at(6) };

  it('notes the recovery and resolves an incident that is still open', () => {
    spec
      .given([opened])
      .when({ type: 'RecoveryReported', data: { note: note('m-4'), resolve } })
      .then([
        { type: 'AddNote', data: note('m-4') },
        { type: 'ResolveFromMonitoring', data: resolve },
      ]);
  });

  it('only notes it when the tenant does not resolve on recovery, and leaves a resolved incident alone', () => {
    spec
      .given([opened])
      .when({ type: 'RecoveryReported', data: { note: note('m-4'), resolve: null } })
      .then([{ type: 'AddNote', data: note('m-4') }]);
    spec
      .given([...inProgress, resolved])
      .when({ type: 'RecoveryReported', data: { note: note('m-5'), resolve } })
      .then([{ type: 'AddNote', data: note('m-5') }]);
  });
});

describe('intake hand-off: a service request', () => {
  const requests = specification(serviceRequestDecider);
  it('is submitted once, however often the message comes', () => {
    const submit = { type: 'SubmitServiceRequest' as const, data: { ...requestDetails, at: requestAt } };
    expect(requestHandoffWorkflow.decide(submit, serviceRequestDecider.initialState())).toEqual([submit]);
    const state = [submitted].reduce(serviceRequestDecider.evolve, serviceRequestDecider.initialState());
    expect(requestHandoffWorkflow.decide(submit, state)).toEqual([]);
    requests.given([]).when(submit).then([submitted]);
  });
});
