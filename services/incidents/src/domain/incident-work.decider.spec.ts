import { IllegalTransition, ValidationFailed } from '@deskstream/kernel';
import { assigned, at, inProgress, opened, spec } from './incident.fixtures';
import type { IncidentEvent } from './incident.events';

const assign = (group: string, assignee: string | null, tier?: number) =>
  ({ type: 'AssignIncident', data: { group, assignee, ...(tier ? { tier } : {}), by: 'alice', at: at(6) } }) as const;

describe('assignment', () => {
  it('first assignment: group, assignee, tier; not a reassignment', () => {
    spec
      .given([opened])
      .when(assign('service-desk', 'alice'))
      .then([{ ...assigned, data: { ...assigned.data, at: at(6) } }]);
  });

  it('counts reassignments to another group or person, and sends the work back to assigned', () => {
    spec
      .given(inProgress)
      .when(assign('network', null, 2))
      .then([
        { type: 'IncidentAssigned', data: { group: 'network', assignee: null, tier: 2, reassignment: true, reassignmentCount: 1, by: 'alice', at: at(6) } },
      ]);
    spec
      .given(inProgress)
      .when(assign('network', null, 2))
      .thenState((s) => expect(s.status).toBe('assigned'));
  });

  it('under the group-change convention, a change of assignee alone is not a reassignment', () => {
    spec
      .given(inProgress)
      .when({ type: 'AssignIncident', data: { group: 'service-desk', assignee: 'bob', reassignmentCounting: 'group-change', by: 'alice', at: at(6) } })
      .then([
        {
          type: 'IncidentAssigned',
          data: { group: 'service-desk', assignee: 'bob', tier: 1, reassignment: false, reassignmentCount: 0, by: 'alice', at: at(6) },
        },
      ]);
  });

  it('assigning to the same group and person again changes nothing', () => {
    spec.given([opened, assigned]).when(assign('service-desk', 'alice')).then([]);
  });

  it('refuses a tier other than 1, 2 or 3 and a missing group', () => {
    spec
      .given([opened])
      .when(assign('network', null, 4))
      .thenThrows(ValidationFailed);
    spec.given([opened]).when(assign('', null)).thenThrows(ValidationFailed);
  });
});

describe('escalation', () => {
  const functional = (group: string) =>
    ({ type: 'EscalateIncident', data: { kind: 'functional', group, reason: 'needs network skills', by: 'alice', at: at(7) } }) as const;

  it('functional escalation goes to the next tier and counts as a reassignment', () => {
    spec
      .given(inProgress)
      .when(functional('network-l2'))
      .then([
        {
          type: 'IncidentEscalatedFunctionally',
          data: { fromTier: 1, toTier: 2, group: 'network-l2', reason: 'needs network skills', reassignmentCount: 1, by: 'alice', at: at(7) },
        },
      ]);
    spec
      .given(inProgress)
      .when(functional('network-l2'))
      .thenState((s) => {
        expect(s.status === 'assigned' && [s.tier, s.group, s.assignee]).toEqual([2, 'network-l2', null]);
      });
  });

  it('there is no tier above 3', () => {
    const atTier3: IncidentEvent = { ...assigned, data: { ...assigned.data, tier: 3 } };
    spec.given([opened, atTier3]).when(functional('vendor')).thenThrows(ValidationFailed);
  });

  it('hierarchical escalation raises a flag naming the group manager to notify', () => {
    spec
      .given(inProgress)
      .when({ type: 'EscalateIncident', data: { kind: 'hierarchical', manager: 'gina', reason: 'VIP waiting', by: 'alice', at: at(7) } })
      .then([{ type: 'IncidentEscalatedHierarchically', data: { group: 'service-desk', manager: 'gina', reason: 'VIP waiting', by: 'alice', at: at(7) } }]);
    spec
      .given(inProgress)
      .when({ type: 'EscalateIncident', data: { kind: 'hierarchical', manager: 'gina', reason: 'VIP waiting', by: 'alice', at: at(7) } })
      .thenState((s) => expect(s.status !== 'none' && s.hierarchicalEscalation).toBe(true));
  });
});

describe('work notes and comments', () => {
  const note = (extra: object = {}) =>
    ({ type: 'AddNote', data: { noteId: 'n-1', visibility: 'internal', text: 'Rebooted the relay', minutes: 15, by: 'alice', at: at(8), ...extra } }) as const;

  it('an internal work note logs minutes by whom', () => {
    spec
      .given(inProgress)
      .when(note())
      .then([
        {
          type: 'IncidentNoteAdded',
          data: {
            noteId: 'n-1',
            visibility: 'internal',
            text: 'Rebooted the relay',
            minutes: 15,
            failedAttempt: false,
            knowledgeArticle: null,
            relatedProblem: null,
            by: 'alice',
            at: at(8),
          },
        },
      ]);
  });

  it('a public comment is visible to the caller', () => {
    spec
      .given([opened])
      .when(note({ visibility: 'public', minutes: undefined, by: 'rita' }))
      .thenState((s) => expect(s.status !== 'none' && s.notes).toBe(1));
  });

  it('failed attempts, knowledge used and related problem are recorded and totals kept', () => {
    spec
      .given([
        ...inProgress,
        {
          type: 'IncidentNoteAdded',
          data: {
            noteId: 'n-0',
            visibility: 'internal',
            text: 'x',
            minutes: 10,
            failedAttempt: false,
            knowledgeArticle: null,
            relatedProblem: null,
            by: 'alice',
            at: at(7),
          },
        },
      ])
      .when(note({ failedAttempt: true, knowledgeArticle: 'KB0010', relatedProblem: 'PRB0042' }))
      .thenState((s) => {
        expect(s.status !== 'none' && [s.notes, s.minutesLogged, s.failedAttempts]).toEqual([2, 25, 1]);
      });
  });

  it('refuses a note over 10,000 characters, naming the field', () => {
    spec
      .given(inProgress)
      .when(note({ text: 'x'.repeat(10_001) }))
      .thenThrows(ValidationFailed, (error: ValidationFailed) => {
        expect(error.errors.map((e) => e.field)).toEqual(['text']);
      });
  });

  it('refuses negative or fractional minutes', () => {
    spec
      .given(inProgress)
      .when(note({ minutes: -5 }))
      .thenThrows(ValidationFailed);
    spec
      .given(inProgress)
      .when(note({ minutes: 1.5 }))
      .thenThrows(ValidationFailed);
  });

  it('takes no notes on a closed record', () => {
    spec
      .given([...inProgress, { type: 'IncidentCancelled', data: { reason: 'dup', by: 'a', at: at(9) } }])
      .when(note())
      .thenThrows(IllegalTransition);
  });
});

describe('source sync of an imported incident', () => {
  const sync = (sourceUpdate: number) =>
    ({ type: 'RecordSourceSync', data: { sourceReference: 'INC0000045', sourceUpdate, by: 'import', at: at(9) } }) as const;

  it('records the last source update applied, and never an older or the same one again', () => {
    spec
      .given([opened])
      .when(sync(3))
      .then([{ type: 'IncidentSyncedFromSource', data: { sourceReference: 'INC0000045', sourceUpdate: 3, by: 'import', at: at(9) } }]);
    spec
      .given([opened, { type: 'IncidentSyncedFromSource', data: { sourceReference: 'INC0000045', sourceUpdate: 3, by: 'import', at: at(9) } }])
      .when(sync(3))
      .thenNothingHappened();
  });

  it('refuses an update number that is not a whole number', () => {
    spec.given([opened]).when(sync(-1)).thenThrows(ValidationFailed);
  });
});
