import { DEFAULT_INCIDENT_SETTINGS } from '../incident-settings';
import { evolveIncident } from '../incident.evolve';
import { initialIncidentState, type Incident } from '../incident.state';
import { eventsOf, facts, readIsoDate, row, T, update } from './import.fixtures';
import { reconcileIncident } from './reconciliation';
import { planServiceNowImport } from './servicenow-import.workflow';
import { SERVICENOW_DEFAULT_MAPPING } from './servicenow-mapping';
import { readServiceNowRow } from './servicenow-row';

const plan = (records: Record<string, string>[], settings = DEFAULT_INCIDENT_SETTINGS) =>
  planServiceNowImport(
    records.map((r) => update(r)),
    initialIncidentState(),
    { ...facts, settings },
  );
const eventsAfter = (records: Record<string, string>[]) => eventsOf(plan(records).commands);
const assigned = { assignment_group: 'Group 56', assigned_to: 'Resolver 89' };

function reconcile(records: Record<string, string>[], settings = DEFAULT_INCIDENT_SETTINGS) {
  const updates = records.map((r) => update(r));
  const planned = plan(records, settings);
  const last = updates.at(-1)!;
  return reconcileIncident({
    number: 'INC0001045',
    reference: 'INC0001045',
    events: eventsOf(planned.commands),
    counters: last.counters,
    readings: last.readings,
    updates: planned.updates,
    issues: planned.issues,
    reassignmentCounting: settings.reassignmentCounting,
  });
}

describe('resolved_at and closed_at', () => {
  it('a row resolved in a batch after the fact resolves at resolved_at, closes at closed_at', () => {
    const events = eventsAfter([row(0, 0, 'Active', assigned), row(1, 60, 'Closed', { ...assigned, resolved_at: T(20), closed_at: T(45) })]);
    expect(events.find((e) => e.type === 'IncidentResolved')?.data.at).toBe(T(20));
    expect(events.find((e) => e.type === 'IncidentClosed')?.data.at).toBe(T(45));
  });

  it('a closed_at after an earlier resolution closes then, and not before the resolution', () => {
    const events = eventsAfter([row(0, 0, 'Active', assigned), row(1, 10, 'Resolved', assigned), row(2, 60, 'Closed', { ...assigned, closed_at: T(30) })]);
    expect(events.find((e) => e.type === 'IncidentResolved')?.data.at).toBe(T(10));
    expect(events.find((e) => e.type === 'IncidentClosed')?.data.at).toBe(T(30));
  });

  it('a resolved_at before the previous update (or after the row) is not believed: the row time is kept', () => {
    const early = eventsAfter([row(0, 0, 'Active', assigned), row(1, 30, 'Active', assigned), row(2, 60, 'Resolved', { ...assigned, resolved_at: T(10) })]);
    expect(early.find((e) => e.type === 'IncidentResolved')?.data.at).toBe(T(60));
    const late = eventsAfter([row(0, 0, 'Active', assigned), row(1, 60, 'Resolved', { ...assigned, resolved_at: T(90) })]);
    expect(late.find((e) => e.type === 'IncidentResolved')?.data.at).toBe(T(60));
  });

  it('a malformed resolved_at is a malformed row, named', () => {
    const readout = readServiceNowRow(row(1, 5, 'Resolved', { resolved_at: '31/02/2026' }), 7, SERVICENOW_DEFAULT_MAPPING, readIsoDate);
    expect(readout).toEqual({ ok: false, issue: { line: 7, number: 'INC0001045', kind: 'malformed', reason: "malformed date in resolved_at: '31/02/2026'" } });
  });
});

describe('knowledge, problem_id, rfc and caused_by become internal notes, once each', () => {
  it('problem_id is the note relatedProblem, a knowledge article number its knowledgeArticle, rfc and caused_by its text', () => {
    const links = { problem_id: 'Problem ID 2', knowledge: 'KB0010001', rfc: 'CHG0030001', caused_by: 'CHG0029999' };
    const notes = eventsAfter([row(0, 0, 'New'), row(1, 5, 'Active', { ...assigned, ...links }), row(2, 9, 'Resolved', { ...assigned, ...links })]).filter(
      (e) => e.type === 'IncidentNoteAdded',
    );
    expect(notes.map((n) => [n.data.visibility, n.data.relatedProblem, n.data.knowledgeArticle, n.data.text, n.data.at])).toEqual([
      ['internal', null, 'KB0010001', 'Knowledge article KB0010001 used in the source desk', T(5)],
      ['internal', 'Problem ID 2', null, 'Related to problem Problem ID 2 in the source desk', T(5)],
      ['internal', null, null, 'Change request CHG0030001 in the source desk (rfc)', T(5)],
      ['internal', null, null, 'Caused by CHG0029999 in the source desk (caused_by)', T(5)],
    ]);
  });

  it('knowledge true notes that an article was used; false notes nothing; a changed problem is noted again', () => {
    const notes = eventsAfter([
      row(0, 0, 'Active', { ...assigned, knowledge: 'false' }),
      row(1, 5, 'Active', { ...assigned, knowledge: 'TRUE', problem_id: 'PRB1' }),
      row(2, 9, 'Active', { ...assigned, knowledge: 'TRUE', problem_id: 'PRB2' }),
    ]).filter((e) => e.type === 'IncidentNoteAdded');
    expect(notes.map((n) => n.data.text)).toEqual([
      'A knowledge article was used in the source desk',
      'Related to problem PRB1 in the source desk',
      'Related to problem PRB2 in the source desk',
    ]);
  });

  it('a link first seen on a closed ticket is reported, not dropped', () => {
    const { issues } = plan([row(0, 0, 'Closed', assigned), row(1, 5, 'Closed', { ...assigned, problem_id: 'PRB1' })]);
    expect(issues).toEqual([expect.objectContaining({ kind: 'not-applied', reason: expect.stringContaining('update 1 not applied') })]);
  });
});

describe('priority and active are compared with what the platform derives, never copied', () => {
  it('priority agrees when the tenant matrix gives it for impact x urgency', () => {
    expect(reconcile([row(0, 0, 'New', { impact: '1 - High', urgency: '1 - High', priority: '1 - Critical' })]).priority).toEqual({
      derived: 'P1',
      source: 'P1',
      agrees: true,
    });
  });

  it('a priority the matrix does not give is a disagreement with its reason; the incident keeps the matrix priority', () => {
    const records = [row(0, 0, 'New', { impact: '3 - Low', urgency: '3 - Low', priority: '2 - High' })];
    const result = reconcile(records);
    expect(result).toMatchObject({ agrees: false, priority: { derived: 'P5', source: 'P2', agrees: false } });
    expect(result.reasons).toEqual(["priority: the tenant's matrix gives P5 for the ticket's impact and urgency, the source wrote P2"]);
    expect((eventsAfter(records).reduce(evolveIncident, initialIncidentState()) as Incident).classification.priority).toBe('P5');
  });

  it("the tenant's own matrix is the one checked against", () => {
    const matrix = [
      ['P2', 'P2', 'P2'],
      ['P2', 'P2', 'P2'],
      ['P2', 'P2', 'P2'],
    ] as const;
    const records = [row(0, 0, 'New', { impact: '3 - Low', urgency: '3 - Low', priority: '2 - High' })];
    expect(reconcile(records, { ...DEFAULT_INCIDENT_SETTINGS, priorityMatrix: matrix }).priority.agrees).toBe(true);
  });

  it('active false on a ticket still open here disagrees; active false on a closed one agrees', () => {
    expect(reconcile([row(0, 0, 'Active', { ...assigned, active: 'false' })]).active).toEqual({ derived: true, source: false, agrees: false });
    expect(reconcile([row(0, 0, 'Closed', { ...assigned, active: 'false' })]).active).toEqual({ derived: false, source: false, agrees: true });
  });

  it('a priority or active the importer cannot read makes the row malformed, named', () => {
    const read = (fields: Record<string, string>) => readServiceNowRow(row(0, 0, 'New', fields), 3, SERVICENOW_DEFAULT_MAPPING, readIsoDate);
    expect(read({ priority: 'urgent' })).toMatchObject({ ok: false, issue: { kind: 'malformed', reason: "priority is not 1 to 5: 'urgent'" } });
    expect(read({ active: 'maybe' })).toMatchObject({ ok: false, issue: { kind: 'malformed', reason: "active is not true or false: 'maybe'" } });
  });
});

describe('the people, groups, categories and locations the rows name travel with the sync, for the directory', () => {
  it('every name the applied rows gave, once, sorted; location included', () => {
    const { commands } = plan([
      row(0, 0, 'New', { location: 'Berlin HQ' }),
      row(1, 5, 'Active', { ...assigned, location: 'Berlin HQ', resolved_by: '?' }),
      row(2, 9, 'Resolved', { ...assigned, location: 'Munich', resolved_by: 'Resolver 89' }),
    ]);
    expect(commands.at(-1)).toEqual({
      type: 'RecordSourceSync',
      data: {
        sourceReference: 'INC0001045',
        sourceUpdate: 2,
        met: {
          users: ['Caller 2403', 'Opened by 8', 'Resolver 89', 'Updated by 21'],
          groups: ['Group 56'],
          categories: ['Category 55'],
          locations: ['Berlin HQ', 'Munich'],
        },
        by: 'import:servicenow',
        at: T(9),
      },
    });
  });

  it('a row that was not applied names nothing', () => {
    const { commands } = plan([row(0, 0, 'New'), row(1, 5, 'Active', { ...assigned, sys_updated_at: T(-5), location: 'Nowhere' })]);
    expect(commands.at(-1)).toMatchObject({ type: 'RecordSourceSync', data: { sourceUpdate: 0, met: { locations: [], groups: [] } } });
  });
});
