import { workflowSpecification } from '@deskstream/kernel';
import { autoCloseWorkflow } from './auto-close.workflow';
import type { IncidentEvent } from './incident.events';
import { at, inProgress, majorDeclared, opened, resolved } from './incident.fixtures';
import { incidentDecider } from './incident.decider';
import { cascadeFrom, majorIncidentCascadeWorkflow, type MasterResolved } from './major-incident-cascade.workflow';

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

describe('major incident cascade: what starts it', () => {
  const settings = { closingCategories: ['software', 'network'], quietPeriodDays: 3 };
  const child = (id: string): IncidentEvent => ({ type: 'ChildIncidentLinked', data: { childIncidentId: id, by: 'mona', at: at(4) } });
  const master = [...inProgress, majorDeclared, child('inc-2'), child('inc-3')].reduce(incidentDecider.evolve, incidentDecider.initialState());

  it("a resolution of the master, handed to each of its children with the master's category, code, notes, author and time", () => {
    expect(cascadeFrom(master, [resolved], settings)).toEqual({
      resolved: {
        masterIncidentId: 'inc-1',
        masterReference: 'INC0001001',
        resolution: {
          closingCategory: 'software',
          resolutionCode: null,
          notes: 'Cleared the mail cache',
          closingCategories: ['software', 'network'],
          quietPeriodDays: 3,
          by: 'alice',
          at: at(10),
        },
      },
      childIncidentIds: ['inc-2', 'inc-3'],
    });
  });

  it('an incident that is no major incident has no children to resolve', () => {
    const plain = inProgress.reduce(incidentDecider.evolve, incidentDecider.initialState());
    expect(cascadeFrom(plain, [resolved], settings)?.childIncidentIds).toEqual([]);
  });

  it('nothing else the master does, nor a resolution that changed nothing', () => {
    expect(cascadeFrom(master, [], settings)).toBeNull();
    expect(cascadeFrom(master, [majorDeclared], settings)).toBeNull();
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
