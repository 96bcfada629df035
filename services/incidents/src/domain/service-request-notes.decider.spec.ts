import { Forbidden, IllegalTransition, specification, ValidationFailed } from '@deskstream/kernel';
import { ensureMayNote } from './service-request.access';
import { serviceRequestDecider } from './service-request.decider';
import type { AddServiceRequestNote } from './service-request.commands';
import type { ServiceRequestEvent } from './service-request.events';
import { approved, at, cancelled, closed, fulfilled, requestId, submitted } from './service-request.fixtures';

const spec = specification(serviceRequestDecider);

const note = (noteId: string, visibility: 'public' | 'internal', text = 'The laptop ships on Monday'): AddServiceRequestNote => ({
  type: 'AddServiceRequestNote',
  data: { requestId, noteId, visibility, text, by: 'agent', at },
});
const added = (noteId: string, visibility: 'public' | 'internal', text = 'The laptop ships on Monday'): ServiceRequestEvent => ({
  type: 'ServiceRequestNoteAdded',
  data: { requestId, noteId, visibility, text, by: 'agent', at },
});

describe('service request: comments and work notes', () => {
  it('adds a public comment or an internal work note while the request is in progress, and once fulfilled', () => {
    spec
      .given([submitted])
      .when(note('n-1', 'public'))
      .then([added('n-1', 'public')]);
    spec
      .given([submitted, ...approved])
      .when(note('n-2', 'internal'))
      .then([added('n-2', 'internal')]);
    spec
      .given([submitted, ...approved, fulfilled])
      .when(note('n-3', 'public'))
      .then([added('n-3', 'public')]);
  });

  it('adds nothing for a note already added (a retried request)', () => {
    spec
      .given([submitted, added('n-1', 'public')])
      .when(note('n-1', 'public'))
      .then([]);
  });

  it('takes no notes once the request is closed or cancelled, saying what it allows', () => {
    spec
      .given([submitted, ...approved, fulfilled, closed])
      .when(note('n-1', 'public'))
      .thenThrows<IllegalTransition>(IllegalTransition, (e) => expect(e.allowedActions).toEqual([]));
    spec.given([submitted, cancelled]).when(note('n-1', 'internal')).thenThrows(IllegalTransition);
  });

  it('refuses an empty text and an unknown visibility, naming each', () => {
    spec
      .given([submitted])
      .when({ ...note('n-1', 'public', ' '), data: { ...note('n-1', 'public', ' ').data, visibility: 'secret' as never } })
      .thenThrows<ValidationFailed>(ValidationFailed, (e) => expect(e.errors.map((f) => f.field)).toEqual(['text', 'visibility']));
  });

  it('lets only the desk write internal work notes; everyone who sees the request may comment', () => {
    expect(() => ensureMayNote({ userId: 'requester', roles: ['requester'] }, 'internal')).toThrow(Forbidden);
    expect(() => ensureMayNote({ userId: 'requester', roles: ['requester'] }, 'public')).not.toThrow();
    expect(() => ensureMayNote({ userId: 'agent', roles: ['agent'] }, 'internal')).not.toThrow();
  });
});
