import { IllegalTransition, ValidationFailed } from '@deskstream/kernel';
import { closed, inAnalysis, linked, recorded, resolvedWithFix, spec, stamp, workaround } from './problem.fixtures';

describe('links to incidents', () => {
  it('links an incident once; linking it again changes nothing', () => {
    spec
      .given([recorded])
      .when({ type: 'LinkIncident', data: { incidentId: 'inc-1', ...stamp(2) } })
      .then([linked('inc-1')]);
    spec
      .given([recorded, linked('inc-1')])
      .when({ type: 'LinkIncident', data: { incidentId: 'inc-1', ...stamp(3) } })
      .then([]);
  });

  it('unlinks a linked incident; an incident that is not linked is a 400 naming the field', () => {
    spec
      .given([recorded, linked('inc-1')])
      .when({ type: 'UnlinkIncident', data: { incidentId: 'inc-1', ...stamp(3) } })
      .then([{ type: 'IncidentUnlinked', data: { incidentId: 'inc-1', problemReference: 'PRB0001001', ...stamp(3) } }]);
    spec
      .given([recorded])
      .when({ type: 'UnlinkIncident', data: { incidentId: 'inc-1', ...stamp(3) } })
      .thenThrows(ValidationFailed, (e: ValidationFailed) => {
        expect(e.errors.map((x) => x.field)).toEqual(['incident']);
      });
  });

  it('a closed problem takes no new links', () => {
    spec
      .given([...resolvedWithFix, closed])
      .when({ type: 'LinkIncident', data: { incidentId: 'inc-1', ...stamp(30) } })
      .thenThrows(IllegalTransition);
  });

  it('the master of a duplicate takes over its links, skipping those it already has', () => {
    spec
      .given([recorded, linked('inc-1')])
      .when({ type: 'TakeOverLinks', data: { incidentIds: ['inc-1', 'inc-2', 'inc-3'], ...stamp(4) } })
      .then([linked('inc-2', 4), linked('inc-3', 4)]);
  });
});

describe('communicating to linked incidents', () => {
  it('needs a workaround or a fix on record', () => {
    spec
      .given([...inAnalysis, linked('inc-1')])
      .when({ type: 'Communicate', data: { comment: 'We are on it', openIncidentIds: ['inc-1'], ...stamp(9) } })
      .thenThrows(IllegalTransition);
  });

  it('addresses every open linked incident, and only those', () => {
    spec
      .given([...inAnalysis, linked('inc-1'), linked('inc-2'), linked('inc-3'), workaround])
      .when({ type: 'Communicate', data: { comment: 'Restart the relay service', openIncidentIds: ['inc-1', 'inc-3', 'inc-9'], ...stamp(9) } })
      .then([
        {
          type: 'ProblemCommunicated',
          data: { problemReference: 'PRB0001001', comment: 'Restart the relay service', incidentIds: ['inc-1', 'inc-3'], ...stamp(9) },
        },
      ]);
  });
});
