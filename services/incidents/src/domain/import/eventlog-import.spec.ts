import { ValidationFailed } from '@deskstream/kernel';
import { DEFAULT_INCIDENT_SETTINGS } from '../incident-settings';
import { evolveIncident } from '../incident.evolve';
import { initialIncidentState, type Incident } from '../incident.state';
import { eventsOf, readIsoDate, T, types } from './import.fixtures';
import { planEventLogImport } from './eventlog-import.workflow';
import { readEventLogMapping } from './eventlog-mapping';
import { readEventLogRow, type EventLogActivity } from './eventlog-row';
import type { EventLogFacts } from './eventlog-translation';

const mapping = readEventLogMapping({
  columns: { case: 'Case ID', activity: 'Activity', timestamp: 'Timestamp', resource: 'Resource', group: 'Team', caller: 'Customer' },
  activities: {
    'Ticket created': 'open',
    'Assigned to team': 'assign',
    'Work started': 'start',
    'Waiting for customer': { command: 'hold', holdReason: 'awaiting-caller' },
    'Customer replied': 'resume',
    Solved: { command: 'resolve', closingCategory: 'software' },
    Closed: 'close',
    Reopened: 'reopen',
  },
});
const facts: EventLogFacts = { incidentId: 'case-1', reference: 'INC0001001', settings: DEFAULT_INCIDENT_SETTINGS, importer: 'import:eventlog', mapping };

let line = 1;
function activity(name: string, minute: number, extra: Record<string, string> = {}): EventLogActivity {
  line += 1;
  const readout = readEventLogRow(
    { 'Case ID': 'C-17', Activity: name, Timestamp: T(minute), Resource: 'ann', Team: 'desk', Customer: 'rita', ...extra },
    line,
    mapping,
    readIsoDate,
  );
  if (!readout.ok) throw new Error(readout.issue.reason);
  return readout.update;
}
const plan = (rows: EventLogActivity[], given = eventsOf([])) => planEventLogImport(rows, given.reduce(evolveIncident, initialIncidentState()), facts);

describe('event log activities become lifecycle commands', () => {
  it('a case lived from creation to closure, in time order whatever the file order', () => {
    const rows = [
      activity('Closed', 90),
      activity('Ticket created', 0),
      activity('Assigned to team', 2),
      activity('Work started', 5),
      activity('Waiting for customer', 10),
      activity('Customer replied', 30),
      activity('Solved', 60),
    ];
    const result = plan(rows);
    expect(types(result.commands)).toEqual([
      'OpenIncident',
      'AssignIncident',
      'StartWork',
      'PutOnHold',
      'ResumeIncident',
      'ResolveIncident',
      'CloseIncident',
      'RecordSourceSync',
    ]);
    expect(result.commands[0]!.data).toMatchObject({ caller: 'rita', sourceReference: 'C-17', at: T(0) });
    expect(result.commands[5]!.data).toMatchObject({ closingCategory: 'software', at: T(60) });
    const state = eventsOf(result.commands).reduce(evolveIncident, initialIncidentState()) as Incident;
    expect(state).toMatchObject({ status: 'closed', group: 'desk' });
  });

  it('an activity the mapping does not name is kept as an internal note with the rest of its row', () => {
    const result = plan([activity('Ticket created', 0), activity('Called the vendor', 3, { Cost: '40' })]);
    expect(result.commands[1]).toEqual({
      type: 'AddNote',
      data: { noteId: 'import-C-17-1', visibility: 'internal', text: 'Imported activity: Called the vendor\nCost: 40', by: 'ann', at: T(3) },
    });
    expect(result.issues).toEqual([]);
  });

  it('reopens a solved case; a later export adds only the activities after the last imported', () => {
    const first = [activity('Ticket created', 0), activity('Work started', 5), activity('Solved', 60)];
    const imported = eventsOf(plan(first).commands);
    const later = plan([...first, activity('Reopened', 120)], imported);
    expect(later.alreadyImported).toBe(3);
    expect(types(later.commands)).toEqual(['ReopenIncident', 'RecordSourceSync']);
  });

  it('a repeated row is reported once as a duplicate; a bad timestamp is malformed', () => {
    const created = activity('Ticket created', 0);
    const result = plan([created, { ...created, line: 99 }]);
    expect(result.issues).toEqual([expect.objectContaining({ line: 99, kind: 'duplicate' })]);
    expect(readEventLogRow({ 'Case ID': 'C-1', Activity: 'Solved', Timestamp: 'soon' }, 4, mapping, readIsoDate)).toMatchObject({
      ok: false,
      issue: { line: 4, kind: 'malformed', reason: "malformed date in Timestamp: 'soon'" },
    });
  });

  it('a mapping names its mistakes', () => {
    expect(() => readEventLogMapping({ columns: { case: 'id' }, activities: { Done: 'finish' } })).toThrow(ValidationFailed);
    expect(() => readEventLogMapping({ columns: { case: 'id', activity: 'a', timestamp: 't', colour: 'c' } })).toThrow('columns.colour');
  });
});

describe('the people and groups an event log names travel with the sync, for the directory', () => {
  it('resources, callers and teams of the applied activities, once each', () => {
    const result = plan([activity('Ticket created', 0), activity('Assigned to team', 2, { Resource: 'bo', Team: 'network' })]);
    expect(result.commands.at(-1)).toMatchObject({
      type: 'RecordSourceSync',
      data: { met: { users: ['ann', 'bo', 'rita'], groups: ['desk', 'network'], categories: [], locations: [] } },
    });
  });
});
