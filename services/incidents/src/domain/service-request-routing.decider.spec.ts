import { IllegalTransition, specification, ValidationFailed } from '@deskstream/kernel';
import { DEFAULT_PRIORITY_MATRIX, type PriorityMatrix } from './priority-matrix';
import type { AssignServiceRequest, ClassifyServiceRequest } from './service-request.commands';
import { serviceRequestDecider } from './service-request.decider';
import { approved, at, closed, drafted, fulfilled, requestId, submitted } from './service-request.fixtures';

const spec = specification(serviceRequestDecider);

const assign = (group: string, assignee: string | null = null, directory?: AssignServiceRequest['data']['directory']): AssignServiceRequest => ({
  type: 'AssignServiceRequest',
  data: { requestId, group, assignee, ...(directory ? { directory } : {}), by: 'agent', at },
});
const classify = (impact: number, urgency: number, priorityMatrix: PriorityMatrix = DEFAULT_PRIORITY_MATRIX): ClassifyServiceRequest => ({
  type: 'ClassifyServiceRequest',
  data: { requestId, impact, urgency, priorityMatrix, by: 'agent', at },
});
const directory = { groups: { listed: true, known: ['fulfilment'] }, users: { listed: true, known: ['agent'] } };

describe('service request: assignment group and priority', () => {
  it('assigns a submitted request to a group, and perhaps one of its people, until it is fulfilled', () => {
    spec
      .given([submitted])
      .when(assign('fulfilment', 'agent', directory))
      .then([{ type: 'ServiceRequestAssigned', data: { requestId, group: 'fulfilment', assignee: 'agent', by: 'agent', at } }]);
    spec
      .given([submitted, ...approved])
      .when(assign('fulfilment'))
      .then([{ type: 'ServiceRequestAssigned', data: { requestId, group: 'fulfilment', assignee: null, by: 'agent', at } }]);
    spec.given([drafted]).when(assign('fulfilment')).thenThrows(IllegalTransition);
    spec
      .given([submitted, ...approved, fulfilled])
      .when(assign('fulfilment'))
      .thenThrows(IllegalTransition);
  });

  it('refuses a group or assignee the directory does not know, naming each field and value', () => {
    spec
      .given([submitted])
      .when(assign('ghosts', 'ghost-user', directory))
      .thenThrows<ValidationFailed>(ValidationFailed, (e) =>
        expect(e.errors).toEqual([
          { field: 'group', message: 'no active group "ghosts" in the directory' },
          { field: 'assignee', message: 'no active user "ghost-user" in the directory' },
        ]),
      );
  });

  it("takes the priority from impact and urgency through the tenant's matrix", () => {
    spec
      .given([submitted])
      .when(classify(1, 2))
      .then([{ type: 'ServiceRequestClassified', data: { requestId, impact: 1, urgency: 2, priority: 'P2', by: 'agent', at } }]);
    const flat: PriorityMatrix = [
      ['P3', 'P3', 'P3'],
      ['P3', 'P3', 'P3'],
      ['P3', 'P3', 'P3'],
    ];
    spec
      .given([submitted])
      .when(classify(1, 1, flat))
      .then([{ type: 'ServiceRequestClassified', data: { requestId, impact: 1, urgency: 1, priority: 'P3', by: 'agent', at } }]);
  });

  it('refuses levels outside 1 to 3, and a closed request', () => {
    spec
      .given([submitted])
      .when(classify(0, 4))
      .thenThrows<ValidationFailed>(ValidationFailed, (e) => expect(e.errors.map((f) => f.field)).toEqual(['impact', 'urgency']));
    spec
      .given([submitted, ...approved, fulfilled, closed])
      .when(classify(2, 2))
      .thenThrows(IllegalTransition);
  });
});
