import { AlreadyExists, Forbidden, IllegalTransition, NotFound, specification, ValidationFailed } from '@deskstream/kernel';
import { serviceRequestDecider } from './service-request.decider';
import {
  approved,
  at,
  cancelled,
  closed,
  commands,
  details,
  drafted,
  fulfilled,
  granted,
  later,
  rejected,
  requestId,
  submitted,
} from './service-request.fixtures';

const spec = specification(serviceRequestDecider);

describe('service request: submission', () => {
  it('submitting records the request and sends it for approval', () => {
    spec
      .given([])
      .when({ type: 'SubmitServiceRequest', data: { ...details, at } })
      .then([submitted]);
    spec
      .given([])
      .when({ type: 'SubmitServiceRequest', data: { ...details, at } })
      .thenState((s) => expect(s.status).toBe('awaiting-approval'));
  });

  it('a request with no approvers (pre-approved catalog item) goes straight to fulfilment', () => {
    spec
      .given([])
      .when({ type: 'SubmitServiceRequest', data: { ...details, approvers: [], at } })
      .thenState((s) => expect(s.status).toBe('approved'));
  });

  it('the same approver listed twice counts once', () => {
    spec
      .given([])
      .when({ type: 'SubmitServiceRequest', data: { ...details, approvers: ['manager', 'manager'], at } })
      .then([{ type: 'ServiceRequestSubmitted', data: { ...details, approvers: ['manager'], by: 'riley', at } }]);
  });

  it('a draft is recorded with its reference and submitted later by its requester', () => {
    spec
      .given([])
      .when({ type: 'DraftServiceRequest', data: { ...details, at } })
      .then([drafted]);
    spec
      .given([drafted])
      .when({ type: 'SubmitDraftServiceRequest', data: { requestId, by: 'riley', at: later } })
      .then([{ type: 'ServiceRequestSubmitted', data: { ...details, by: 'riley', at: later } }]);
  });

  it('names every missing or invalid field', () => {
    spec
      .given([])
      .when({ type: 'SubmitServiceRequest', data: { ...details, reference: 'INC0001001', catalogItem: ' ', requestedFor: '', at } })
      .thenThrows<ValidationFailed>(ValidationFailed, (e) => expect(e.errors.map((f) => f.field).sort()).toEqual(['catalogItem', 'reference', 'requestedFor']));
  });

  it('nobody approves their own request', () => {
    for (const approver of ['riley', 'dana']) {
      spec
        .given([])
        .when({ type: 'SubmitServiceRequest', data: { ...details, approvers: ['manager', approver], at } })
        .thenThrows<ValidationFailed>(ValidationFailed, (e) => expect(e.errors[0]?.field).toBe('approvers'));
    }
  });

  it('a request id is recorded only once', () => {
    spec
      .given([submitted])
      .when({ type: 'SubmitServiceRequest', data: { ...details, at } })
      .thenThrows(AlreadyExists);
    spec
      .given([drafted])
      .when({ type: 'DraftServiceRequest', data: { ...details, at } })
      .thenThrows(AlreadyExists);
  });

  it('only a draft can be submitted', () => {
    spec
      .given([submitted])
      .when({ type: 'SubmitDraftServiceRequest', data: { requestId, by: 'riley', at } })
      .thenThrows<IllegalTransition>(IllegalTransition, (e) => {
        expect(e.currentStatus).toBe('awaiting-approval');
        expect(e.allowedActions).toEqual(['approve', 'reject', 'assign', 'classify', 'cancel', 'note']);
      });
  });

  it('a command on a request that was never recorded is NotFound', () => {
    spec.given([]).when(commands.approve('manager')).thenThrows(NotFound);
    spec
      .given([])
      .when({ type: 'SubmitDraftServiceRequest', data: { requestId, by: 'riley', at } })
      .thenThrows(NotFound);
  });
});

describe('service request: approval', () => {
  it('one approval of two is recorded; the request still awaits the other', () => {
    spec
      .given([submitted])
      .when(commands.approve('manager'))
      .then([granted('manager')]);
    spec
      .given([submitted])
      .when(commands.approve('manager'))
      .thenState((s) => expect(s.status).toBe('awaiting-approval'));
  });

  it('the last outstanding approval approves the request', () => {
    spec.given(approved.slice(0, 2)).when(commands.approve('budget-holder')).then(approved.slice(2));
    spec
      .given(approved.slice(0, 2))
      .when(commands.approve('budget-holder'))
      .thenState((s) => expect(s.status).toBe('approved'));
  });

  it('approving twice is a no-op', () => {
    spec
      .given([submitted, granted('manager')])
      .when(commands.approve('manager'))
      .then([]);
  });

  it('only a listed approver can approve or reject', () => {
    spec.given([submitted]).when(commands.approve('riley')).thenThrows(Forbidden);
    spec.given([submitted]).when(commands.reject('agent')).thenThrows(Forbidden);
  });

  it('any rejection ends the request, even after other approvals', () => {
    spec
      .given([submitted, granted('budget-holder')])
      .when(commands.reject('manager'))
      .then([rejected]);
    spec
      .given([submitted, granted('budget-holder'), rejected])
      .when(commands.approve('manager'))
      .thenThrows<IllegalTransition>(IllegalTransition, (e) => {
        expect(e.currentStatus).toBe('rejected');
        expect(e.allowedActions).toEqual([]);
      });
  });

  it('a rejection needs a reason', () => {
    spec
      .given([submitted])
      .when(commands.reject('manager', ''))
      .thenThrows<ValidationFailed>(ValidationFailed, (e) => expect(e.errors[0]?.field).toBe('reason'));
  });

  it('a draft cannot be approved before it is submitted', () => {
    spec
      .given([drafted])
      .when(commands.approve('manager'))
      .thenThrows<IllegalTransition>(IllegalTransition, (e) => expect(e.allowedActions).toEqual(['submit', 'cancel', 'note']));
  });

  it('an approved request is not approved again', () => {
    spec.given(approved).when(commands.approve('manager')).thenThrows(IllegalTransition);
  });
});

describe('service request: cancellation', () => {
  it('cancels from any open state', () => {
    for (const given of [[drafted], [submitted], approved]) {
      spec.given(given).when(commands.cancel()).then([cancelled]);
    }
  });

  it('needs a reason', () => {
    spec.given([submitted]).when(commands.cancel('')).thenThrows(ValidationFailed);
  });

  it('cannot cancel what is fulfilled, closed, rejected or cancelled', () => {
    for (const given of [
      [...approved, fulfilled],
      [...approved, fulfilled, closed],
      [submitted, rejected],
      [submitted, cancelled],
    ]) {
      spec.given(given).when(commands.cancel()).thenThrows(IllegalTransition);
    }
  });
});
