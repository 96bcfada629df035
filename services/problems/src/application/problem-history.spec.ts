import { recordedEvents } from '@deskstream/readmodels';
import { assessed, closed, linked, recorded, stamp, workaround } from '../domain/problem.fixtures';
import type { ProblemEvent } from '../domain/problem.events';
import { historyOf } from './problem-history';

const events = recordedEvents<ProblemEvent>(
  'problem-acme.prb-1',
  [
    { ...recorded, data: { ...recorded.data, origin: 'incident-trend', candidateId: 'cand-1' } },
    assessed,
    linked('inc-1'),
    workaround,
    { type: 'WorkaroundUsed', data: { incidentId: 'inc-1', version: 1, uses: 1, at: stamp(5).at } },
    { type: 'ProblemResolved', data: { code: 'duplicate', notes: 'Same as PRB0001000', masterProblemId: 'prb-0', ...stamp(6) } },
    closed,
  ],
  { tenantId: 'acme' },
);
const known = new Map([
  ['inc-1', 'INC0000001'],
  ['prb-0', 'PRB0001000'],
]);
const changed = async (type: string, field: string) => {
  const entry = (await historyOf(events, async () => known)).find((e) => e.type === type)!;
  return entry.changes.find((change) => change.field === field);
};

describe('a problem history names the fields its detail shows', () => {
  it('the trend candidate it came from is candidate, a link without a reference', async () => {
    expect(await changed('ProblemRecorded', 'candidate')).toEqual({ field: 'candidate', from: null, to: { id: 'cand-1', reference: null } });
  });

  it('linked incidents are linkedIncidents, with their references', async () => {
    expect(await changed('IncidentLinked', 'linkedIncidents')).toEqual({
      field: 'linkedIncidents',
      from: null,
      to: [{ id: 'inc-1', reference: 'INC0000001' }],
    });
  });

  it('the incidents that used the workaround are links in workaround.usedBy', async () => {
    expect(await changed('WorkaroundUsed', 'workaround.usedBy')).toEqual({
      field: 'workaround.usedBy',
      from: null,
      to: [{ id: 'inc-1', reference: 'INC0000001' }],
    });
  });

  it('a duplicate names its master problem as resolution.masterProblem', async () => {
    expect(await changed('ProblemResolved', 'resolution.masterProblem')).toEqual({
      field: 'resolution.masterProblem',
      from: null,
      to: { id: 'prb-0', reference: 'PRB0001000' },
    });
  });

  it('names no stored field', async () => {
    const fields = (await historyOf(events)).flatMap((entry) => entry.changes.map((change) => change.field));
    expect(fields.filter((field) => /(candidateId|linkedIncidentIds|masterProblemId)$/.test(field))).toEqual([]);
  });
});
