import { NotFound, specification, ValidationFailed } from '@deskstream/kernel';
import { nextRunAfter, periodBefore, savedQueryDecider, type SavedQuery, type SavedQueryEvent } from './saved-query.decider';

const spec = specification(savedQueryDecider);
const at = '2026-03-04T10:00:00.000Z';
const weekly: SavedQuery = {
  id: 'p1-backlog',
  name: 'P1 backlog',
  query: { metrics: ['volume'], groupBy: ['group'], filters: { priority: ['P1'] }, bucket: null },
  schedule: { every: 'weekly', at: '06:00', recipients: ['service-owner', 'lead@example.com'] },
};
const saved: SavedQueryEvent = { type: 'SavedQuerySaved', data: { savedQuery: weekly, by: 'analyst', at } };
const run = (to: string) => ({ type: 'RecordRun' as const, data: { to, csv: 'group,volume\r\nnetwork,3\r\n', rows: 1, at: to } });
const ran = (from: string, to: string): SavedQueryEvent => ({
  type: 'SavedQueryRan',
  data: { id: 'p1-backlog', name: 'P1 backlog', every: 'weekly', recipients: ['service-owner', 'lead@example.com'], from, ...run(to).data },
});

describe('saved query schedules', () => {
  it('fire daily at their time of day (UTC), the first time strictly after the given instant', () => {
    const daily = { every: 'daily' as const, at: '06:00' };
    expect(nextRunAfter(daily, new Date('2026-03-04T05:59:00Z')).toISOString()).toBe('2026-03-04T06:00:00.000Z');
    expect(nextRunAfter(daily, new Date('2026-03-04T06:00:00Z')).toISOString()).toBe('2026-03-05T06:00:00.000Z');
    expect(nextRunAfter(daily, new Date('2026-03-31T23:00:00Z')).toISOString()).toBe('2026-04-01T06:00:00.000Z');
  });

  it('fire weekly on Mondays, and each run covers the period before it', () => {
    const schedule = { every: 'weekly' as const, at: '06:00' };
    // 2026-03-04 is a Wednesday; 2026-03-09 the next Monday.
    expect(nextRunAfter(schedule, new Date(at)).toISOString()).toBe('2026-03-09T06:00:00.000Z');
    expect(nextRunAfter(schedule, new Date('2026-03-09T05:00:00Z')).toISOString()).toBe('2026-03-09T06:00:00.000Z');
    expect(nextRunAfter(schedule, new Date('2026-03-09T06:00:00Z')).toISOString()).toBe('2026-03-16T06:00:00.000Z');
    const period = periodBefore('weekly', new Date('2026-03-09T06:00:00Z'));
    expect([period.from.toISOString(), period.to.toISOString()]).toEqual(['2026-03-02T06:00:00.000Z', '2026-03-09T06:00:00.000Z']);
  });

  it('given a scheduled query, a run records its period and CSV with the recipients', () => {
    spec
      .given([saved])
      .when(run('2026-03-09T06:00:00.000Z'))
      .then([ran('2026-03-02T06:00:00.000Z', '2026-03-09T06:00:00.000Z')]);
  });

  it('given a period already run, a timer firing again for it (or an earlier one) records nothing: once per period', () => {
    const first = ran('2026-03-02T06:00:00.000Z', '2026-03-09T06:00:00.000Z');
    spec.given([saved, first]).when(run('2026-03-09T06:00:00.000Z')).then([]);
    spec.given([saved, first]).when(run('2026-03-02T06:00:00.000Z')).then([]);
    spec
      .given([saved, first])
      .when(run('2026-03-16T06:00:00.000Z'))
      .then([ran('2026-03-09T06:00:00.000Z', '2026-03-16T06:00:00.000Z')]);
  });

  it('given no schedule (or none saved), nothing runs', () => {
    spec.given([]).when(run('2026-03-09T06:00:00.000Z')).then([]);
    spec
      .given([{ type: 'SavedQuerySaved', data: { savedQuery: { ...weekly, schedule: null }, by: 'analyst', at } }])
      .when(run('2026-03-09T06:00:00.000Z'))
      .then([]);
  });

  describe('deleting', () => {
    const deleteIt = { type: 'DeleteSavedQuery' as const, data: { id: 'p1-backlog', by: 'analyst', at: '2026-03-10T08:00:00.000Z' } };
    const deleted: SavedQueryEvent = { type: 'SavedQueryDeleted', data: deleteIt.data };

    it('given a saved query, deleting it records the deletion', () => {
      spec.given([saved]).when(deleteIt).then([deleted]);
    });

    it('given a deleted query, a timer still firing for it records no run: nothing is mailed after deletion', () => {
      spec.given([saved, deleted]).when(run('2026-03-16T06:00:00.000Z')).then([]);
    });

    it('given a deleted query (or none saved), deleting it finds nothing', () => {
      spec.given([saved, deleted]).when(deleteIt).thenThrows(NotFound);
      spec.given([]).when(deleteIt).thenThrows(NotFound);
    });

    it('given a deleted query, saving one under its id starts a new query whose runs count from zero', () => {
      const first = ran('2026-03-02T06:00:00.000Z', '2026-03-09T06:00:00.000Z');
      spec
        .given([saved, first, deleted, saved])
        .when(run('2026-03-09T06:00:00.000Z'))
        .then([ran('2026-03-02T06:00:00.000Z', '2026-03-09T06:00:00.000Z')]);
    });
  });

  it('refuses a malformed time of day and a schedule without recipients, naming each field', () => {
    spec
      .given([])
      .when({ type: 'SaveQuery', data: { savedQuery: { ...weekly, schedule: { every: 'daily', at: '25:00', recipients: [] } }, by: 'analyst', at } })
      .thenThrows(ValidationFailed, (error: ValidationFailed) => expect(error.errors.map((e) => e.field)).toEqual(['schedule.at', 'schedule.recipients']));
  });
});
