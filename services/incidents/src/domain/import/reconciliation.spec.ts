import { ValidationFailed } from '@deskstream/kernel';
import { initialIncidentState } from '../incident.state';
import { eventsOf, facts, row, update } from './import.fixtures';
import { planServiceNowImport } from './servicenow-import.workflow';
import { extendMapping, SERVICENOW_DEFAULT_MAPPING } from './servicenow-mapping';
import { reconcileIncident } from './reconciliation';

function reconcile(records: Record<string, string>[], counting: 'group-or-assignee' | 'group-change' = 'group-or-assignee') {
  const updates = records.map((r) => update(r));
  const plan = planServiceNowImport(updates, initialIncidentState(), facts);
  const last = [...updates].sort((a, b) => a.update - b.update).at(-1)!;
  return reconcileIncident({
    number: 'INC0001045',
    reference: 'INC0001045',
    events: eventsOf(plan.commands),
    counters: last.counters,
    updates: plan.updates,
    issues: plan.issues,
    reassignmentCounting: counting,
  });
}

const group = (g: string, a: string, counters: Record<string, string> = {}) => ({ assignment_group: g, assigned_to: a, ...counters });

describe('reconciliation against the source counters', () => {
  it('agrees when the derived reopens and reassignments match the last row', () => {
    const result = reconcile([
      row(0, 0, 'Active', group('G1', 'R1')),
      row(1, 5, 'Resolved', group('G1', 'R1')),
      row(2, 9, 'Active', group('G2', 'R1', { reopen_count: '1', reassignment_count: '1' })),
    ]);
    expect(result).toMatchObject({ agrees: true, reopens: { derived: 1, source: 1 }, reassignments: { derived: 1, source: 1 }, reasons: [] });
  });

  it('names the counting convention when a change of assignee alone made the difference', () => {
    const result = reconcile([row(0, 0, 'Active', group('G1', 'R1')), row(1, 5, 'Active', group('G1', 'R2', { reassignment_count: '0' }))]);
    expect(result.agrees).toBe(false);
    expect(result.reassignments).toEqual({ derived: 1, source: 0, agrees: false });
    expect(result.reasons).toEqual([expect.stringContaining('reassignmentCounting: group-change')]);
  });

  it('names updates missing from the export', () => {
    const result = reconcile([row(0, 0, 'Active', group('G1', 'R1')), row(4, 9, 'Active', group('G1', 'R1', { reopen_count: '1' }))]);
    expect(result.reasons).toEqual(['updates 1-3 are missing from the export']);
  });

  it('names a row that could not be applied', () => {
    const result = reconcile([row(0, 0, 'New'), row(1, 3, 'Canceled'), row(2, 9, 'Active', group('G1', 'R1', { reassignment_count: '1' }))]);
    expect(result.reasons).toEqual([expect.stringMatching(/^line \d+: update 2 not applied/)]);
  });
});

describe('the state mapping', () => {
  it("keeps ServiceNow defaults and takes an instance's own state names", () => {
    const mapping = extendMapping(SERVICENOW_DEFAULT_MAPPING, { states: { 'Pending Review': { status: 'on-hold', holdReason: 'awaiting-change' } } });
    expect(mapping.states['Pending Review']).toEqual({ status: 'on-hold', holdReason: 'awaiting-change' });
    expect(mapping.states['Awaiting User Info']).toEqual({ status: 'on-hold', holdReason: 'awaiting-caller' });
  });

  it('refuses a state it could not apply, naming the field', () => {
    expect(() => extendMapping(SERVICENOW_DEFAULT_MAPPING, { states: { Parked: { status: 'on-hold' } } })).toThrow(ValidationFailed);
    expect(() => extendMapping(SERVICENOW_DEFAULT_MAPPING, { states: { Done: { status: 'finished' as never } } })).toThrow('states.Done.status');
  });
});
