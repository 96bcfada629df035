import { Module, type DynamicModule } from '@nestjs/common';
import { DirectoryModule } from '@deskstream/directory';
import { NotificationsModule } from '@deskstream/notifications';
import { DevOutbox, DOCUMENT_STORE, PlatformModule, SCHEDULER, ServiceContributions, type CapturedMail, type PlatformConfig } from '@deskstream/platform';
import { startHttpTestApp, type HttpTestApp } from '@deskstream/platform/testing';
import type { DocumentStore } from '@deskstream/readmodels';
import { ReportingModule } from '@deskstream/reporting';
import type { Scheduler } from '@deskstream/scheduling';
import { readUntil } from '@deskstream/testing';

/** The directory, reporting and notification services on one platform, meeting only on the bus. */
@Module({})
class ReportingWithNotificationsModule {
  static forRoot(config: PlatformConfig): DynamicModule {
    return {
      module: ReportingWithNotificationsModule,
      imports: [PlatformModule.forRoot(config, { service: 'standalone' }), DirectoryModule, ReportingModule, NotificationsModule],
    };
  }
}

describe('a scheduled saved query mails its CSV through the notification path', () => {
  let kit: HttpTestApp;
  let outbox: DevOutbox;
  beforeAll(async () => {
    kit = await startHttpTestApp({ name: 'scheduled-report', module: (config) => ReportingWithNotificationsModule.forRoot(config) });
    outbox = new DevOutbox(kit.app.get<DocumentStore>(DOCUMENT_STORE));
  });
  afterAll(() => kit?.close());

  const analyst = () => kit.as('acme', 'analyst');
  const body = {
    name: 'Weekly volume by priority',
    metrics: ['volume', 'mttr_hours'],
    groupBy: ['priority'],
    schedule: { every: 'weekly', at: '07:30', recipients: ['service-owner', 'lead@example.com'] },
  };
  const reportMails = async (): Promise<CapturedMail[]> => (await outbox.list('acme', 500)).filter((m) => m.subject.startsWith('Weekly volume by priority'));

  it('saves the query with its next run, mails the CSV to each recipient when it fires, and only once for that week', async () => {
    await readUntil(
      async () => (await kit.app.get(DOCUMENT_STORE).collection('notifications-directory').get('acme', 'user:service-owner')) !== null,
      Boolean,
      10_000,
    );
    const saved = await analyst().post('/reporting/saved-queries', { ...body, id: 'weekly-volume' });
    expect(saved.status).toBe(201);
    const nextRunAt = new Date(String(saved.body.nextRunAt));
    expect([nextRunAt.getUTCDay(), nextRunAt.toISOString().slice(11, 16)]).toEqual([1, '07:30']);
    expect((await analyst().get('/reporting/saved-queries/weekly-volume')).body).toMatchObject({
      name: body.name,
      schedule: body.schedule,
      runs: 0,
      nextRunAt: nextRunAt.toISOString(),
    });

    const scheduler = kit.app.get<Scheduler>(SCHEDULER);
    const handlers = kit.app.get(ServiceContributions).timerHandlers;
    const run = (at: Date) => scheduler.runDue(at, (t) => handlers.get(t.kind)!(t));
    const after = new Date(nextRunAt.getTime() + 60_000);
    expect(await run(after)).toBeGreaterThanOrEqual(1);
    const mails = await readUntil(reportMails, (found) => found.length === 2, 10_000);
    expect(mails.map((m) => m.to).sort()).toEqual(['lead@example.com', 'service-owner@acme.example']);
    expect(mails[0]!.text).toContain('priority,volume,mttr_hours');
    expect(mails[0]!.headers).toMatchObject({ 'Auto-Submitted': 'auto-generated', 'X-Deskstream-Report': 'weekly-volume' });

    await run(after);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await reportMails()).toHaveLength(2);
    expect((await analyst().get('/reporting/saved-queries/weekly-volume')).body).toMatchObject({ runs: 1, lastRunFor: nextRunAt.toISOString() });
  });

  it('refuses a bad saved query naming each field, and readers without reporting access', async () => {
    const bad = await analyst().post('/reporting/saved-queries', {
      ...body,
      id: 'Bad Id',
      metrics: ['happiness'],
      schedule: { every: 'hourly', at: '7am', recipients: [] },
      colour: 'red',
    });
    expect(bad.status).toBe(400);
    expect((bad.body.errors ?? []).map((e) => e.field).sort()).toEqual(['colour', 'id', 'schedule.every'].sort());
    const rules = await analyst().post('/reporting/saved-queries', {
      ...body,
      id: 'rules',
      metrics: ['happiness'],
      schedule: { every: 'daily', at: '7am', recipients: [] },
    });
    expect([rules.status, (rules.body.errors ?? []).map((e) => e.field)]).toEqual([400, ['metrics[0]']]);
    const schedule = await analyst().post('/reporting/saved-queries', { ...body, id: 'rules', schedule: { every: 'daily', at: '7am', recipients: [] } });
    expect([schedule.status, (schedule.body.errors ?? []).map((e) => e.field)]).toEqual([400, ['schedule.at', 'schedule.recipients']]);
    expect((await analyst().get('/reporting/saved-queries/rules')).status).toBe(404);
    expect((await kit.as('acme', 'agent').post('/reporting/saved-queries', { ...body, id: 'mine' })).status).toBe(403);
    expect((await kit.as('globex', 'analyst').get('/reporting/saved-queries/weekly-volume')).status).toBe(404);
  });
});
