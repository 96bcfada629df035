import { specification } from '@deskstream/kernel';
import { incidentActivityDecider, type IncidentActivityObserved, type ObserveIncidentActivity } from './incident-activity.decider';

const spec = specification(incidentActivityDecider);
const observe = (messageId: string, data: Partial<ObserveIncidentActivity['data']> = {}): ObserveIncidentActivity => ({
  type: 'ObserveIncidentActivity',
  data: {
    messageId,
    incidentId: 'inc-1',
    kind: 'opened',
    summary: 'Opened',
    status: 'new',
    facts: { reference: 'INC0001001', service: 'email' },
    by: 'rita',
    at: '2026-01-05T09:00:00.000Z',
    ...data,
  },
});
const observed = (command: ObserveIncidentActivity): IncidentActivityObserved => ({ type: 'IncidentActivityObserved', data: command.data });

describe('what the problems service knows of an incident', () => {
  it('records each published activity once, however often it is delivered', () => {
    spec
      .given([])
      .when(observe('m-1'))
      .then([observed(observe('m-1'))]);
    spec
      .given([observed(observe('m-1'))])
      .when(observe('m-1'))
      .then([]);
  });

  it('keeps the status and the stated facts; an activity without facts leaves them as they are', () => {
    const assigned = observe('m-2', { kind: 'assigned', summary: 'Assigned to messaging', status: 'assigned', facts: {} });
    spec
      .given([observed(observe('m-1'))])
      .when(assigned)
      .thenState((s) => {
        expect(s.status !== 'unknown' && [s.status, s.reference, s.service, s.openedAt]).toEqual([
          'assigned',
          'INC0001001',
          'email',
          '2026-01-05T09:00:00.000Z',
        ]);
      });
  });
});
