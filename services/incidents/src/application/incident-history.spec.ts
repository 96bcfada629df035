import { recordedEvents } from '@deskstream/readmodels';
import type { IncidentEvent } from '../domain/incident.events';
import { at, majorDeclared, opened } from '../domain/incident.fixtures';
import { historyOf } from './incident-history';

const by = 'alice';
const events = recordedEvents<IncidentEvent>(
  'incident-acme.inc-1',
  [
    opened,
    majorDeclared,
    { type: 'ChildIncidentLinked', data: { childIncidentId: 'inc-2', by, at: at(9) } },
    { type: 'IncidentLinkedToMajor', data: { masterIncidentId: 'inc-0', by, at: at(10) } },
  ],
  { tenantId: 'acme' },
);
const known = new Map([['inc-0', 'INC0000100']]);

describe('an incident history names the fields its detail shows', () => {
  it('a link to the major incident is masterIncident, with the reference known', async () => {
    const history = await historyOf(events, async () => known);
    expect(history[3]!.changes).toEqual([{ field: 'masterIncident', from: null, to: { id: 'inc-0', reference: 'INC0000100' } }]);
  });

  it("a major incident's children are major.childIncidents, with a null reference where it is unknown", async () => {
    const history = await historyOf(events, async () => known);
    expect(history[2]!.changes).toEqual([{ field: 'major.childIncidents', from: null, to: [{ id: 'inc-2', reference: null }] }]);
  });

  it('looks up the references of every record a change links to, once each', async () => {
    const asked: (readonly string[])[] = [];
    await historyOf(events, async (ids) => (asked.push(ids), known));
    expect(asked).toEqual([['inc-2', 'inc-0']]);
  });

  it('names no stored field', async () => {
    const fields = (await historyOf(events)).flatMap((entry) => entry.changes.map((change) => change.field));
    expect(fields.filter((field) => /(masterIncidentId|childIncidentIds)$/.test(field))).toEqual([]);
  });
});
