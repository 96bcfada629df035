import { fold, IllegalTransition, NotFound, ValidationFailed } from '@deskstream/kernel';
import { incidentDecider } from './incident.decider';
import { allowedActions } from './lifecycle.rules';
import { assigned, at, closed, inProgress, opened, resolved, spec } from './incident.fixtures';
import type { IncidentEvent } from './incident.events';

const onHold: IncidentEvent = { type: 'IncidentPutOnHold', data: { reason: 'awaiting-caller', thirdParty: null, by: 'alice', at: at(4) } };
const cancelled: IncidentEvent = { type: 'IncidentCancelled', data: { reason: 'duplicate call', by: 'alice', at: at(4) } };

describe('incident lifecycle', () => {
  it('new -> assigned -> in-progress, and whoever starts owns the work', () => {
    spec
      .given([opened, assigned])
      .when({ type: 'StartWork', data: { by: 'alice', at: at(2) } })
      .then([{ type: 'IncidentWorkStarted', data: { assignee: 'alice', by: 'alice', at: at(2) } }]);
    const toGroup: IncidentEvent = { ...assigned, data: { ...assigned.data, assignee: null } } as IncidentEvent;
    spec
      .given([opened, toGroup])
      .when({ type: 'StartWork', data: { by: 'bob', at: at(2) } })
      .thenState((s) => {
        expect(s.status === 'in-progress' && s.assignee).toBe('bob');
      });
  });

  it('cannot start work that nobody was assigned: 409 with the current status and allowed actions', () => {
    spec
      .given([opened])
      .when({ type: 'StartWork', data: { by: 'alice', at: at(2) } })
      .thenThrows(IllegalTransition, (error: IllegalTransition) => {
        expect(error.currentStatus).toBe('new');
        expect(error.allowedActions).toEqual(['assign', 'classify', 'escalate', 'note', 'cancel', 'declare-major']);
      });
  });

  it('a command for an incident that does not exist is NotFound', () => {
    spec
      .given([])
      .when({ type: 'StartWork', data: { by: 'alice', at: at(2) } })
      .thenThrows(NotFound);
  });

  it('goes on hold awaiting the caller, and resumes to in-progress', () => {
    spec
      .given(inProgress)
      .when({ type: 'PutOnHold', data: { reason: 'awaiting-caller', by: 'alice', at: at(4) } })
      .then([onHold]);
    spec
      .given([...inProgress, onHold])
      .when({ type: 'ResumeIncident', data: { by: 'alice', at: at(5) } })
      .thenState((s) => {
        expect(s.status).toBe('in-progress');
        expect(s.status !== 'none' && s.hold).toBeNull();
      });
  });

  it('awaiting a third party names the third party', () => {
    spec
      .given(inProgress)
      .when({ type: 'PutOnHold', data: { reason: 'awaiting-third-party', by: 'alice', at: at(4) } })
      .thenThrows(ValidationFailed, (error: ValidationFailed) => expect(error.errors).toEqual([{ field: 'thirdParty', message: 'thirdParty is required' }]));
    spec
      .given(inProgress)
      .when({ type: 'PutOnHold', data: { reason: 'awaiting-third-party', thirdParty: 'Contoso Telecom', by: 'alice', at: at(4) } })
      .then([{ type: 'IncidentPutOnHold', data: { reason: 'awaiting-third-party', thirdParty: 'Contoso Telecom', by: 'alice', at: at(4) } }]);
  });

  it('awaiting a change is a hold reason; anything else is refused', () => {
    spec
      .given(inProgress)
      .when({ type: 'PutOnHold', data: { reason: 'awaiting-change', by: 'alice', at: at(4) } })
      .thenState((s) => {
        expect(s.status !== 'none' && s.hold).toEqual({ reason: 'awaiting-change', thirdParty: null });
      });
    spec
      .given(inProgress)
      .when({ type: 'PutOnHold', data: { reason: 'lunch' as never, by: 'alice', at: at(4) } })
      .thenThrows(ValidationFailed);
  });

  it('only work in progress goes on hold; only held work resumes', () => {
    spec
      .given([opened, assigned])
      .when({ type: 'PutOnHold', data: { reason: 'awaiting-caller', by: 'a', at: at(4) } })
      .thenThrows(IllegalTransition);
    spec
      .given(inProgress)
      .when({ type: 'ResumeIncident', data: { by: 'a', at: at(4) } })
      .thenThrows(IllegalTransition);
  });

  it.each([
    ['new', [opened]],
    ['assigned', [opened, assigned]],
    ['in-progress', inProgress],
    ['on-hold', [...inProgress, onHold]],
  ] as const)('is cancelled from %s', (_status, given) => {
    spec
      .given(given)
      .when({ type: 'CancelIncident', data: { reason: 'duplicate call', by: 'alice', at: at(4) } })
      .then([cancelled]);
  });

  it('is not cancelled once resolved, closed or cancelled', () => {
    for (const given of [
      [...inProgress, resolved],
      [...inProgress, resolved, closed],
      [opened, cancelled],
    ]) {
      spec
        .given(given)
        .when({ type: 'CancelIncident', data: { reason: 'x', by: 'alice', at: at(30) } })
        .thenThrows(IllegalTransition);
    }
  });

  it('a cancelled incident allows nothing', () => {
    spec
      .given([opened, cancelled])
      .when({ type: 'AddNote', data: { noteId: 'n', visibility: 'public', text: 'hi', by: 'rita', at: at(5) } })
      .thenThrows(IllegalTransition, (error: IllegalTransition) => expect(error.allowedActions).toEqual([]));
  });

  it('lists the allowed actions per status', () => {
    const state = (events: IncidentEvent[]) => fold(incidentDecider, events);
    expect(allowedActions(state(inProgress))).toEqual(['assign', 'hold', 'classify', 'escalate', 'note', 'resolve', 'cancel', 'declare-major']);
    expect(allowedActions(state([...inProgress, resolved]))).toEqual(['note', 'accept-resolution', 'reject-resolution', 'close', 'reopen', 'feedback']);
    expect(allowedActions(state([...inProgress, resolved, closed]))).toEqual(['reopen', 'feedback']);
  });
});
