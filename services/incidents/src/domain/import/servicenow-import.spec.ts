import { workflowSpecification } from '@deskstream/kernel';
import { incidentDecider } from '../incident.decider';
import { DEFAULT_INCIDENT_SETTINGS } from '../incident-settings';
import { initialIncidentState, type Incident } from '../incident.state';
import { evolveIncident } from '../incident.evolve';
import { eventsOf, facts, readIsoDate, row, T, types, update } from './import.fixtures';
import { planServiceNowImport, serviceNowImportWorkflow } from './servicenow-import.workflow';
import { SERVICENOW_DEFAULT_MAPPING } from './servicenow-mapping';
import { readServiceNowRow } from './servicenow-row';

const spec = workflowSpecification(serviceNowImportWorkflow(facts), incidentDecider);
const plan = (records: Record<string, string>[], given = eventsOf([])) =>
  planServiceNowImport(
    records.map((r) => update(r)),
    given.reduce(evolveIncident, initialIncidentState()),
    facts,
  );
const stateAfter = (records: Record<string, string>[]) => eventsOf(plan(records).commands).reduce(evolveIncident, initialIncidentState()) as Incident;
const assigned = { assignment_group: 'Group 56', assigned_to: 'Resolver 89' };

describe('the first row opens the incident with its source number', () => {
  it('New: opened at opened_at by opened_by, classified from impact and urgency, then synced to update 0', () => {
    spec
      .given([])
      .when([update(row(0, 0, 'New'))])
      .then([
        {
          type: 'OpenIncident',
          data: {
            incidentId: 'inc-imported-1',
            reference: 'INC0001045',
            sourceReference: 'INC0001045',
            caller: 'Caller 2403',
            channel: 'phone',
            service: null,
            configurationItem: null,
            shortDescription: 'Category 55 / Subcategory 170 / Symptom 72 (INC0001045)',
            description: 'Category 55 / Subcategory 170 / Symptom 72 (INC0001045)',
            category: 'Category 55',
            subcategory: 'Subcategory 170',
            symptom: 'Symptom 72',
            impact: 2,
            urgency: 2,
            priorityMatrix: DEFAULT_INCIDENT_SETTINGS.priorityMatrix,
            majorIncidentRules: [],
            by: 'Opened by 8',
            at: T(0),
          },
        },
        {
          type: 'RecordSourceSync',
          data: {
            sourceReference: 'INC0001045',
            sourceUpdate: 0,
            met: { users: ['Caller 2403', 'Opened by 8', 'Updated by 21'], groups: [], categories: ['Category 55'], locations: [] },
            by: 'import:servicenow',
            at: T(0),
          },
        },
      ]);
  });

  it('the opened event and the state carry sourceReference', () => {
    expect(stateAfter([row(0, 0, 'New')]).sourceReference).toBe('INC0001045');
  });
});

describe('every transition becomes the platform command at the row time', () => {
  it('New -> Active with a group and assignee: assign, then start', () => {
    const { commands } = plan([row(0, 0, 'New'), row(1, 5, 'Active', assigned)]);
    expect(types(commands)).toEqual(['OpenIncident', 'AssignIncident', 'StartWork', 'RecordSourceSync']);
    expect(commands[1]).toEqual({ type: 'AssignIncident', data: { group: 'Group 56', assignee: 'Resolver 89', by: 'Updated by 21', at: T(5) } });
    expect(commands[2]).toEqual({ type: 'StartWork', data: { by: 'Updated by 21', at: T(5) } });
  });

  it('Active without a group: the mapping default group takes the work', () => {
    expect(stateAfter([row(0, 0, 'Active')])).toMatchObject({ status: 'in-progress', group: 'service-desk' });
  });

  it('Awaiting User Info puts it on hold awaiting the caller; Awaiting Vendor names the vendor', () => {
    const { commands } = plan([row(0, 0, 'Active', assigned), row(1, 5, 'Awaiting User Info', assigned)]);
    expect(commands.at(-2)).toEqual({ type: 'PutOnHold', data: { reason: 'awaiting-caller', thirdParty: null, by: 'Updated by 21', at: T(5) } });
    const vendor = plan([row(0, 0, 'Active', assigned), row(1, 5, 'Awaiting Vendor', { ...assigned, vendor: 'Vendor 3' })]);
    expect(vendor.commands.at(-2)).toEqual({
      type: 'PutOnHold',
      data: { reason: 'awaiting-third-party', thirdParty: 'Vendor 3', by: 'Updated by 21', at: T(5) },
    });
  });

  it('a change of hold reason resumes and holds again with the new reason', () => {
    const { commands } = plan([row(0, 0, 'Active', assigned), row(1, 5, 'Awaiting User Info', assigned), row(2, 9, 'Awaiting Problem', assigned)]);
    expect(types(commands).slice(-3)).toEqual(['ResumeIncident', 'PutOnHold', 'RecordSourceSync']);
    expect(commands.at(-2)!.data).toMatchObject({ reason: 'awaiting-change', at: T(9) });
  });

  it('back to Active from a hold resumes', () => {
    const { commands } = plan([row(0, 0, 'Active', assigned), row(1, 5, 'Awaiting User Info', assigned), row(2, 9, 'Active', assigned)]);
    expect(types(commands).slice(-2)).toEqual(['ResumeIncident', 'RecordSourceSync']);
  });

  it('Resolved resolves with the closing category its close code maps to, by resolved_by; Closed closes', () => {
    const records = [
      row(0, 0, 'Active', assigned),
      row(1, 30, 'Resolved', { ...assigned, closed_code: 'Solved (Permanently)', resolved_by: 'Resolver 89' }),
      row(2, 90, 'Closed', assigned),
    ];
    const { commands } = plan(records);
    expect(types(commands).slice(-3)).toEqual(['ResolveIncident', 'CloseIncident', 'RecordSourceSync']);
    expect(commands.at(-3)!.data).toMatchObject({ closingCategory: 'software', resolutionCode: 'Solved (Permanently)', by: 'Resolver 89', at: T(30) });
    expect(stateAfter(records)).toMatchObject({ status: 'closed', closedAt: T(90) });
  });

  it('New straight to Closed walks the whole lifecycle at that time', () => {
    expect(types(plan([row(0, 0, 'New'), row(1, 10, 'Closed', { closed_code: 'code 5' })]).commands)).toEqual([
      'OpenIncident',
      'AssignIncident',
      'StartWork',
      'ResolveIncident',
      'CloseIncident',
      'RecordSourceSync',
    ]);
  });

  it('Canceled cancels', () => {
    expect(stateAfter([row(0, 0, 'New'), row(1, 3, 'Canceled')]).status).toBe('cancelled');
  });

  it('a changed category or impact is a reclassification, counted', () => {
    const state = stateAfter([row(0, 0, 'Active', assigned), row(1, 4, 'Active', { ...assigned, impact: '1 - High', category: 'Category 9' })]);
    expect(state).toMatchObject({ reclassificationCount: 1, classification: { impact: 1, category: 'Category 9', priority: 'P2' } });
  });
});

describe('reopens are derived by the platform', () => {
  it('Resolved -> Active reopens and counts one reopen', () => {
    const state = stateAfter([row(0, 0, 'Active', assigned), row(1, 10, 'Resolved', assigned), row(2, 20, 'Active', assigned)]);
    expect(state).toMatchObject({ status: 'in-progress', reopenCount: 1 });
  });

  it('a reopen from closed is applied however long after closure (history is a fact, not a request)', () => {
    const records = [row(0, 0, 'Active', assigned), row(1, 10, 'Closed', assigned), row(2, 60 * 24 * 400, 'Active', assigned)];
    const { commands, issues } = plan(records);
    expect(issues).toEqual([]);
    expect(types(commands).slice(-3)).toEqual(['CloseIncident', 'ReopenIncident', 'RecordSourceSync']);
    expect(stateAfter(records)).toMatchObject({ status: 'in-progress', reopenCount: 1, closedAt: null });
  });
});

describe('reassignments are derived, under the tenant counting convention', () => {
  const handOver = [
    row(0, 0, 'Active', assigned),
    row(1, 5, 'Active', { assignment_group: 'Group 56', assigned_to: 'Resolver 12' }),
    row(2, 9, 'Active', { assignment_group: 'Group 70', assigned_to: 'Resolver 12' }),
  ];

  it('a change of group is a reassignment; by default so is a change of assignee alone', () => {
    const { commands } = plan(handOver);
    expect(commands.filter((c) => c.type === 'AssignIncident')).toHaveLength(3);
    expect(stateAfter(handOver).reassignmentCount).toBe(2);
  });

  it('with reassignmentCounting group-change, only the change of group counts', () => {
    const groupOnly = { ...facts, settings: { ...DEFAULT_INCIDENT_SETTINGS, reassignmentCounting: 'group-change' as const } };
    const commands = planServiceNowImport(
      handOver.map((r) => update(r)),
      initialIncidentState(),
      groupOnly,
    ).commands;
    expect((eventsOf(commands).reduce(evolveIncident, initialIncidentState()) as Incident).reassignmentCount).toBe(1);
  });

  it('a hand-over during a hold resumes, reassigns and holds again', () => {
    const { commands } = plan([row(0, 0, 'Awaiting Vendor', assigned), row(1, 5, 'Awaiting Vendor', { assignment_group: 'Group 70', assigned_to: '?' })]);
    expect(types(commands).slice(-5)).toEqual(['ResumeIncident', 'AssignIncident', 'StartWork', 'PutOnHold', 'RecordSourceSync']);
  });
});

describe('rows are ordered by sys_mod_count, and nothing is dropped silently', () => {
  it('rows given out of order in the file are applied in update order', () => {
    const ordered = plan([row(0, 0, 'New'), row(1, 5, 'Active', assigned), row(2, 9, 'Resolved', assigned)]);
    const shuffled = plan([row(2, 9, 'Resolved', assigned), row(0, 0, 'New'), row(1, 5, 'Active', assigned)]);
    expect(types(shuffled.commands)).toEqual(types(ordered.commands));
    expect(shuffled.issues).toEqual([]);
  });

  it('an update whose time runs backwards is reported out of order and the next row carries on', () => {
    const result = plan([row(0, 0, 'New'), row(1, 20, 'Active', assigned), row(2, 10, 'Awaiting User Info', assigned), row(3, 30, 'Resolved', assigned)]);
    expect(result.issues).toEqual([expect.objectContaining({ kind: 'out-of-order', number: 'INC0001045' })]);
    expect(result.applied).toBe(3);
    expect(types(result.commands)).not.toContain('PutOnHold');
  });

  it('a duplicated row is applied once and reported with the line it repeats', () => {
    const first = update(row(1, 5, 'Active', assigned), 3);
    const again = update(row(1, 5, 'Active', assigned), 4);
    const result = planServiceNowImport([update(row(0, 0, 'New'), 2), first, again], initialIncidentState(), facts);
    expect(result.issues).toEqual([{ line: 4, number: 'INC0001045', kind: 'duplicate', reason: 'repeats line 3 (update 1)' }]);
    expect(types(result.commands).filter((t) => t === 'StartWork')).toHaveLength(1);
  });

  it('a row the lifecycle refuses is reported with its reason and leaves the incident as it was', () => {
    const result = plan([row(0, 0, 'New'), row(1, 3, 'Canceled'), row(2, 5, 'Active', assigned)]);
    expect(result.issues).toEqual([expect.objectContaining({ kind: 'not-applied', reason: expect.stringContaining('cancelled') })]);
    expect(result.applied).toBe(2);
  });

  it('a malformed date, an unknown state, a missing number and a counter that is not a number are named', () => {
    const read = (record: Record<string, string>) => readServiceNowRow(record, 7, SERVICENOW_DEFAULT_MAPPING, readIsoDate);
    expect(read(row(0, 0, 'New', { sys_updated_at: '31/31/2016 25:00' }))).toEqual({
      ok: false,
      issue: { line: 7, number: 'INC0001045', kind: 'malformed', reason: "malformed date in sys_updated_at: '31/31/2016 25:00'" },
    });
    expect(read(row(0, 0, 'Pending Review'))).toMatchObject({ ok: false, issue: { kind: 'unknown-state' } });
    expect(read(row(0, 0, 'New', { number: '?' }))).toMatchObject({ ok: false, issue: { number: null, reason: 'missing number' } });
    expect(read(row(0, 0, 'New', { reopen_count: 'two' }))).toMatchObject({ ok: false, issue: { reason: "reopen_count is not a whole number: 'two'" } });
    expect(read(row(0, 0, 'New', { sys_mod_count: '1.5' }))).toMatchObject({ ok: false, issue: { reason: "sys_mod_count is not a whole number: '1.5'" } });
  });
});

describe('importing again is idempotent', () => {
  const firstExport = [row(0, 0, 'New'), row(1, 5, 'Active', assigned)];
  const imported = eventsOf(plan(firstExport).commands);

  it('the same export a second time adds nothing', () => {
    spec
      .given(imported)
      .when(firstExport.map((r) => update(r)))
      .thenNothingHappened();
  });

  it('a later export adds only its new updates', () => {
    const later = plan([...firstExport, row(2, 30, 'Resolved', assigned)], imported);
    expect(later.alreadyImported).toBe(2);
    expect(types(later.commands)).toEqual(['ResolveIncident', 'RecordSourceSync']);
  });
});
