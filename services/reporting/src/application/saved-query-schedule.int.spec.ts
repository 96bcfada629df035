import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPORTING_EVENTS, TOPICS, type ScheduledReportReadyV1 } from '@deskstream/contracts';
import { SqliteEventStore } from '@deskstream/eventstore';
import { ManualClock, SequentialIds, type CommandContext } from '@deskstream/kernel';
import { SqliteDocumentStore } from '@deskstream/readmodels';
import { SqliteScheduler, type Timer } from '@deskstream/scheduling';
import { openSqlite } from '@deskstream/sqlite';
import { reportingIntegrationMapper } from './reporting-integration.mapper';
import { ReportingQueries } from './reporting-queries';
import { ReportingSettingsRepository } from './reporting-settings.repository';
import { SAVED_QUERY_TIMER, SavedQueries } from './saved-queries';

const SAVED_AT = '2026-03-04T10:00:00.000Z';
const context: CommandContext = { tenantId: 'acme', actor: 'analyst', correlationId: 'c' };

/** Reporting's saved queries on the real embedded stores and scheduler in one database file, the clock in the test's hand. */
function open(file: string, clock: ManualClock) {
  const db = openSqlite(file);
  const store = new SqliteEventStore(db);
  const ids = new SequentialIds(`r${Date.now()}`);
  const documents = new SqliteDocumentStore(db);
  const queries = new ReportingQueries(documents, new ReportingSettingsRepository(store, ids));
  const scheduler = new SqliteScheduler(db, { owner: 'test', clock });
  const savedQueries = new SavedQueries(store, documents, queries, scheduler, clock, ids);
  const run = (at: string) => {
    clock.set(at);
    return scheduler.runDue(new Date(at), (timer: Timer) => (timer.kind === SAVED_QUERY_TIMER ? savedQueries.runDue(timer) : Promise.resolve()));
  };
  /** What the gateway publishes from the store: the scheduled reports, as the notification service receives them. */
  const published = async (): Promise<ScheduledReportReadyV1[]> =>
    (await store.readAll({ after: -1 }))
      .flatMap((event) => reportingIntegrationMapper.map(event))
      .filter((message) => message.topic === TOPICS.reporting && message.event.type === REPORTING_EVENTS.scheduledReportReady)
      .map((message) => message.event.data as ScheduledReportReadyV1);
  const close = async () => {
    await scheduler.stop();
    db.close();
  };
  return { savedQueries, scheduler, run, published, close };
}

describe('a scheduled saved query, on the Scheduler', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deskstream-saved-query-'));
  const file = join(dir, 'reporting.db');
  const clock = new ManualClock(SAVED_AT);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fires once per period, across a restart, and each run publishes its CSV for the recipients', async () => {
    let app = open(file, clock);
    const saved = await app.savedQueries.save(context, {
      id: 'daily-volume',
      name: 'Daily volume',
      query: { metrics: ['volume'], groupBy: [], filters: {}, bucket: null },
      schedule: { every: 'daily', at: '06:00', recipients: ['service-owner', 'lead@example.com'] },
    });
    expect(saved.nextRunAt).toBe('2026-03-05T06:00:00.000Z');
    expect(await app.run('2026-03-05T05:59:00.000Z')).toBe(0);
    expect(await app.run('2026-03-05T06:00:30.000Z')).toBe(1);
    // The period's timer is gone; the next period's waits.
    expect(await app.run('2026-03-05T12:00:00.000Z')).toBe(0);
    expect((await app.scheduler.pending('acme')).map((t) => t.dueAt.toISOString())).toEqual(['2026-03-06T06:00:00.000Z']);

    // A restart: the timer of the next period survives in the database; the first one does not fire again.
    await app.close();
    app = open(file, clock);
    expect(await app.run('2026-03-06T06:01:00.000Z')).toBe(1);
    expect(await app.run('2026-03-06T06:02:00.000Z')).toBe(0);
    // A replica that died after recording a run but before its timer was removed: the timer fires again, nothing new is recorded.
    await app.scheduler.schedule({
      id: 'saved-query:daily-volume@2026-03-06T06:00:00.000Z',
      tenantId: 'acme',
      kind: SAVED_QUERY_TIMER,
      dueAt: new Date('2026-03-06T06:00:00.000Z'),
      payload: { id: 'daily-volume' },
    });
    expect(await app.run('2026-03-06T06:03:00.000Z')).toBe(1);

    const reports = await app.published();
    expect(reports.map((r) => [r.from, r.to])).toEqual([
      ['2026-03-04T06:00:00.000Z', '2026-03-05T06:00:00.000Z'],
      ['2026-03-05T06:00:00.000Z', '2026-03-06T06:00:00.000Z'],
    ]);
    expect(reports[0]).toMatchObject({
      savedQueryId: 'daily-volume',
      name: 'Daily volume',
      every: 'daily',
      recipients: ['service-owner', 'lead@example.com'],
      filename: 'daily-volume-2026-03-05.csv',
    });
    expect(reports[0]!.csv).toMatch(/^volume\n/);
    const state = await app.savedQueries.get('acme', 'daily-volume');
    expect([state.runs, state.lastRunFor, state.nextRunAt]).toEqual([2, '2026-03-06T06:00:00.000Z', '2026-03-07T06:00:00.000Z']);
    await app.close();
  });

  it('mails nothing once deleted: its timer is cancelled, and one that fires anyway records no run', async () => {
    const app = open(join(dir, 'deleted.db'), clock);
    clock.set(SAVED_AT);
    await app.savedQueries.save(context, {
      id: 'weekly-volume',
      name: 'Weekly volume',
      query: { metrics: ['volume'], groupBy: [], filters: {}, bucket: null },
      schedule: { every: 'weekly', at: '06:00', recipients: ['service-owner'] },
    });
    const [timer] = await app.scheduler.pending('acme');
    await app.savedQueries.delete(context, 'weekly-volume');
    expect(await app.scheduler.pending('acme')).toEqual([]);
    // A replica that had already claimed the timer before the deletion runs it afterwards.
    await app.savedQueries.runDue(timer!);
    expect(await app.run('2026-03-16T06:00:00.000Z')).toBe(0);
    expect(await app.published()).toEqual([]);
    expect(await app.scheduler.pending('acme')).toEqual([]);
    await app.close();
  });
});
