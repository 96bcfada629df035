import { workflowSpecification } from '@deskstream/kernel';
import { autoCloseWorkflow } from './auto-close.workflow';
import type { IncidentEvent } from './incident.events';
import { at, inProgress, opened, resolved } from './incident.fixtures';
import { incidentDecider } from './incident.decider';
import { majorIncidentCascadeWorkflow, type MasterResolved } from './major-incident-cascade.workflow';

describe('major incident cascade: a child of the resolved master', () => {
  const cascade = workflowSpecification(majorIncidentCascadeWorkflow, incidentDecider);
  const linked: IncidentEvent = { type: 'IncidentLinkedToMajor', data: { masterIncidentId: 'inc-0', by: 'mona', at: at(3) } };
  const master: MasterResolved = {
    masterIncidentId: 'inc-0',
    masterReference: 'INC0001000',
    resolution: {
      closingCategory: 'network',
      resolutionCode: null,
      notes: 'Core switch replaced',
      closingCategories: ['network'],
      quietPeriodDays: 3,
      by: 'mona',
      at: at(9),
    },
  };

  it('is resolved with the master, naming it', () => {
    cascade
      .given([...inProgress, linked])
      .when(master)
      .then([
        {
          type: 'ResolveIncident',
          data: { ...master.resolution, notes: 'Resolved with major incident INC0001000: Core switch replaced', masterIncidentId: 'inc-0' },
        },
      ]);
    cascade
      .given([opened, linked])
      .when(master)
      .then([
        {
          type: 'ResolveIncident',
          data: { ...master.resolution, notes: 'Resolved with major incident INC0001000: Core switch replaced', masterIncidentId: 'inc-0' },
        },
      ]);
  });

  it("is left alone when already resolved, or when it is not this master's child", () => {
    cascade
      .given([...inProgress, linked, resolved])
      .when(master)
      .thenNothingHappened();
    cascade.given(inProgress).when(master).thenNothingHappened();
    cascade.given([]).when(master).thenNothingHappened();
  });
});

describe('quiet period after a resolution', () => {
  it('sets the close timer at each resolution and ends the wait on a reopening, a close or a cancellation', () => {
    expect(autoCloseWorkflow.decide({ type: 'IncidentResolved', data: { incidentId: 'inc-1', autoCloseDueAt: at(60) } }, null)).toEqual([
      { type: 'ScheduleAutoClose', data: { incidentId: 'inc-1', dueAt: at(60) } },
    ]);
    for (const type of ['IncidentReopened', 'IncidentClosed', 'IncidentCancelled'] as const) {
      expect(autoCloseWorkflow.decide({ type, data: { incidentId: 'inc-1' } }, null)).toEqual([{ type: 'CancelAutoClose', data: { incidentId: 'inc-1' } }]);
    }
  });
});
