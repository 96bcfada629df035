import { IllegalTransition, NotFound, specification, ValidationFailed } from '@deskstream/kernel';
import { serviceRequestDecider } from './service-request.decider';
import { approved, closed, commands, fulfilled, later, requestId, submitted, taskAdded, taskCompleted } from './service-request.fixtures';

const spec = specification(serviceRequestDecider);

describe('service request: fulfilment tasks', () => {
  it('an approved request gets fulfilment tasks with assignees', () => {
    spec
      .given(approved)
      .when(commands.addTask('t1', 'avery'))
      .then([taskAdded('t1', 'avery')]);
  });

  it('tasks wait for approval', () => {
    spec
      .given([submitted])
      .when(commands.addTask('t1'))
      .thenThrows<IllegalTransition>(IllegalTransition, (e) => expect(e.currentStatus).toBe('awaiting-approval'));
  });

  it('a task needs a title and an assignee', () => {
    spec
      .given(approved)
      .when({ type: 'AddFulfilmentTask', data: { requestId, taskId: 't1', title: '', assignee: '', by: 'agent', at: later } })
      .thenThrows<ValidationFailed>(ValidationFailed, (e) => expect(e.errors.map((f) => f.field)).toEqual(['title', 'assignee']));
  });

  it('adding a task id twice is a no-op', () => {
    spec
      .given([...approved, taskAdded('t1')])
      .when(commands.addTask('t1'))
      .then([]);
  });

  it('completes a task once; completing it again is a no-op', () => {
    spec
      .given([...approved, taskAdded('t1')])
      .when(commands.completeTask('t1'))
      .then([taskCompleted('t1')]);
    spec
      .given([...approved, taskAdded('t1'), taskCompleted('t1')])
      .when(commands.completeTask('t1'))
      .then([]);
  });

  it('an unknown task is NotFound', () => {
    spec
      .given([...approved, taskAdded('t1')])
      .when(commands.completeTask('t9'))
      .thenThrows(NotFound);
  });
});

describe('service request: fulfilment and closure', () => {
  it('fulfils once every task is complete', () => {
    spec
      .given([...approved, taskAdded('t1'), taskAdded('t2'), taskCompleted('t1'), taskCompleted('t2')])
      .when(commands.fulfil())
      .then([fulfilled]);
  });

  it('fulfils a request that needed no tasks', () => {
    spec.given(approved).when(commands.fulfil()).then([fulfilled]);
  });

  it('an open task blocks fulfilment, and the 409 says what can be done instead', () => {
    spec
      .given([...approved, taskAdded('t1'), taskAdded('t2'), taskCompleted('t1')])
      .when(commands.fulfil())
      .thenThrows<IllegalTransition>(IllegalTransition, (e) => {
        expect(e.currentStatus).toBe('approved');
        expect(e.reason).toBe('tasks-open');
        expect(e.allowedActions).toEqual(['assign', 'classify', 'add-task', 'complete-task', 'cancel', 'note']);
      });
  });

  it('a request awaiting approval cannot be fulfilled', () => {
    spec.given([submitted]).when(commands.fulfil()).thenThrows(IllegalTransition);
  });

  it('closes a fulfilled request', () => {
    spec
      .given([...approved, fulfilled])
      .when(commands.close())
      .then([closed]);
    spec
      .given([...approved, fulfilled])
      .when(commands.close())
      .thenState((s) => expect(s.status).toBe('closed'));
  });

  it('cannot close before fulfilment, nor close twice', () => {
    spec
      .given(approved)
      .when(commands.close())
      .thenThrows<IllegalTransition>(IllegalTransition, (e) =>
        expect(e.allowedActions).toEqual(['assign', 'classify', 'add-task', 'fulfil', 'cancel', 'note']),
      );
    spec
      .given([...approved, fulfilled, closed])
      .when(commands.close())
      .thenThrows(IllegalTransition);
  });
});
