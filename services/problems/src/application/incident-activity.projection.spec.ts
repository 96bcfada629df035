import { projectionSpecification, recordedEvents } from '@deskstream/readmodels';
import type { IncidentActivityObserved, ObserveIncidentActivity } from '../domain/incident-activity.decider';
import { at } from '../domain/problem.fixtures';
import { knownIncidentsProjection } from './incident-activity.projection';

const activity = (n: number, data: Partial<ObserveIncidentActivity['data']>): IncidentActivityObserved => ({
  type: 'IncidentActivityObserved',
  data: { messageId: `m-${n}`, incidentId: 'inc-7', kind: 'note', summary: 'Note added', status: null, facts: {}, by: 'avery', at: at(n), ...data },
});
const [opened, assigned, noted] = recordedEvents<IncidentActivityObserved>(
  'problemincident-acme.inc-7',
  [
    activity(0, {
      kind: 'opened',
      summary: 'Opened: Mail bounces',
      status: 'new',
      facts: { reference: 'INC0001007', shortDescription: 'Mail bounces', service: 'email', configurationItem: null, category: 'software', priority: 'P3' },
    }),
    activity(1, { kind: 'assigned', summary: 'Assigned to messaging', status: 'assigned', facts: { priority: null } }),
    activity(2, { summary: 'Relay restarted' }),
  ],
  { tenantId: 'acme' },
);
const spec = projectionSpecification(knownIncidentsProjection);

describe('the incidents the problems service knows', () => {
  it('knows an opened incident by its reference and facts, with its first timeline line', () => {
    spec
      .given()
      .when(opened!)
      .then((doc) =>
        expect(doc).toEqual({
          id: 'inc-7',
          tenantId: 'acme',
          position: 1,
          reference: 'INC0001007',
          shortDescription: 'Mail bounces',
          service: 'email',
          configurationItem: null,
          category: 'software',
          priority: 'P3',
          status: 'new',
          openedAt: at(0),
          timeline: [{ at: at(0), kind: 'opened', summary: 'Opened: Mail bounces', by: 'avery' }],
          updatedAt: '2026-01-05T09:00:00.000Z',
        }),
      );
  });

  it('follows its status, keeps a fact an activity leaves out, and adds a line per activity', () => {
    spec
      .given(opened!, assigned!)
      .when(noted!)
      .then((doc) => {
        expect(doc).toMatchObject({ status: 'assigned', priority: 'P3', reference: 'INC0001007', openedAt: at(0) });
        expect(doc!.timeline.map((line) => line.summary)).toEqual(['Opened: Mail bounces', 'Assigned to messaging', 'Relay restarted']);
      });
  });

  it('knows an incident first seen after its opening, without an opening time', () => {
    spec
      .given()
      .when(noted!)
      .then((doc) => expect(doc).toMatchObject({ id: 'inc-7', status: 'new', reference: null, openedAt: null, timeline: [{ summary: 'Relay restarted' }] }));
  });
});
