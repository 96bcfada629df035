import { Module, type DynamicModule } from '@nestjs/common';
import { INCIDENT_EVENTS, SERVICE_REQUEST_EVENTS, TOPICS } from '@deskstream/contracts';
import { DirectoryModule } from '@deskstream/directory';
import { IncidentsModule } from '@deskstream/incidents';
import type { DeliveredMessage, IntegrationBus } from '@deskstream/messaging';
import { NotificationsModule } from '@deskstream/notifications';
import {
  DevOutbox,
  DOCUMENT_STORE,
  INTEGRATION_BUS,
  PlatformModule,
  PlatformRuntime,
  SCHEDULER,
  ServiceContributions,
  type CapturedMail,
  type PlatformConfig,
} from '@deskstream/platform';
import { startHttpTestApp, type HttpTestApp } from '@deskstream/platform/testing';
import type { DocumentStore } from '@deskstream/readmodels';
import type { Scheduler } from '@deskstream/scheduling';
import { readUntil } from '@deskstream/testing';

/** The directory, incidents and notification services on one platform, meeting only on the bus, as the standalone process runs them. */
@Module({})
class NotifyingDeskModule {
  static forRoot(config: PlatformConfig): DynamicModule {
    return {
      module: NotifyingDeskModule,
      imports: [PlatformModule.forRoot(config, { service: 'standalone' }), DirectoryModule, IncidentsModule, NotificationsModule],
    };
  }
}

describe('notifications tell the right people, once', () => {
  let kit: HttpTestApp;
  let outbox: DevOutbox;
  beforeAll(async () => {
    kit = await startHttpTestApp({ name: 'notification-mail', module: (config) => NotifyingDeskModule.forRoot(config) });
    outbox = new DevOutbox(kit.app.get<DocumentStore>(DOCUMENT_STORE));
  });
  afterAll(() => kit?.close());

  const agent = () => kit.as('acme', 'agent');
  const mailTo = async (to: string, subject: RegExp): Promise<CapturedMail[]> =>
    (await outbox.list('acme', 500)).filter((m) => m.to === to && subject.test(m.subject));
  /** Waits for the mail, then for anything else in flight, and answers every such mail. */
  const exactly = async (to: string, subject: RegExp): Promise<CapturedMail[]> => {
    await readUntil(
      () => mailTo(to, subject),
      (mails) => mails.length > 0,
      10_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    return mailTo(to, subject);
  };
  const openIncident = async (shortDescription: string) => {
    const opened = await agent().post('/incidents', { channel: 'phone', caller: 'requester', shortDescription, description: 'On the third floor' });
    expect(opened.status).toBe(201);
    return { id: String(opened.body.id), reference: String(opened.body.reference) };
  };
  /** Until the notification service's copy of the directory has the seeded users, nobody can be told. */
  const directoryReady = () =>
    readUntil(
      async () => (await kit.app.get(DOCUMENT_STORE).collection('notifications-directory').get('acme', 'user:service-owner')) !== null,
      Boolean,
      10_000,
    );

  it('mails the caller a public comment and a resolution, with the links to accept or reject it', async () => {
    await directoryReady();
    const { id, reference } = await openIncident('Printer jams');
    await agent().post(`/incidents/${id}/assign`, { group: 'service-desk', assignee: 'agent' });
    expect((await agent().post(`/incidents/${id}/start`, {})).status).toBe(200);
    expect((await agent().post(`/incidents/${id}/note`, { visibility: 'internal', text: 'Toner smells odd' })).status).toBe(200);
    expect((await agent().post(`/incidents/${id}/note`, { visibility: 'public', text: 'We are sending a technician <today>' })).status).toBe(200);
    const comment = await exactly('requester@acme.example', new RegExp(`^\\[${reference}\\] New comment`));
    expect(comment).toHaveLength(1);
    expect(comment[0]!.text).toContain('We are sending a technician <today>');
    expect(comment[0]!.text).not.toContain('Toner');
    expect(comment[0]!.headers).toMatchObject({ 'Auto-Submitted': 'auto-generated', 'X-Deskstream-Reference': reference });

    expect((await agent().post(`/incidents/${id}/resolve`, { closingCategory: 'hardware', notes: 'Replaced the fuser' })).status).toBe(200);
    const resolved = await exactly('requester@acme.example', new RegExp(`^\\[${reference}\\] Resolved`));
    expect(resolved).toHaveLength(1);
    expect(resolved[0]!.text).toMatch(new RegExp(`/incidents/${reference}\\?action=accept-resolution`));
    // The agent did it all: nobody mails the agent about their own work.
    expect((await outbox.list('acme', 500)).filter((m) => m.to === 'agent@acme.example')).toEqual([]);
  });

  it("mails the approver a request that waits for them (the requester's manager, as the default catalog asks)", async () => {
    await directoryReady();
    const submitted = await kit.as('acme', 'requester').post('/requests', { catalogItem: 'Laptop', description: 'For the new starter' });
    expect(submitted.status).toBe(201);
    const mails = await exactly('service-owner@acme.example', new RegExp(`^\\[${String(submitted.body.reference)}\\] Waiting for your approval`));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('For the new starter');
  });

  it('mails the requester a public comment on their request and the assignee its assignment, once each, even when the events come again', async () => {
    await directoryReady();
    const submitted = await kit.as('acme', 'requester').post('/requests', { catalogItem: 'Headset', description: 'Mine broke' });
    expect(submitted.status).toBe(201);
    const id = String(submitted.body.id);
    const reference = String(submitted.body.reference);
    const bus = kit.app.get<IntegrationBus>(INTEGRATION_BUS);
    const seen: DeliveredMessage[] = [];
    const tap = await bus.subscribe({ groupId: `test-tap-${id}`, topics: [TOPICS.serviceRequests] }, async (message) => {
      if (message.event.subject === id) seen.push(message);
    });
    expect((await agent().post(`/requests/${id}/note`, { visibility: 'internal', text: 'Budget code pending' })).status).toBe(200);
    expect((await agent().post(`/requests/${id}/note`, { visibility: 'public', text: 'A new one is on its way <Monday>' })).status).toBe(200);
    const comment = await exactly('requester@acme.example', new RegExp(`^\\[${reference}\\] New comment on your request`));
    expect(comment).toHaveLength(1);
    expect(comment[0]!.text).toContain('A new one is on its way <Monday>');
    expect(comment[0]!.text).not.toContain('Budget code');

    expect((await agent().post(`/requests/${id}/assign`, { group: 'service-desk', assignee: 'resolver' })).status).toBe(200);
    const assigned = await exactly('resolver@acme.example', new RegExp(`^\\[${reference}\\] Request assigned to you`));
    expect(assigned).toHaveLength(1);
    expect(assigned[0]!.text).toContain('service-desk');
    // The group is told by mail only when nobody in it is named; the agent who did it is told nothing.
    const aboutRequest = async () => (await outbox.list('acme', 500)).filter((m) => m.subject.startsWith(`[${reference}]`) && !/approval/.test(m.subject));
    expect((await aboutRequest()).map((m) => m.to).sort()).toEqual(['requester@acme.example', 'resolver@acme.example']);

    const events = await readUntil(
      async () => seen.filter((m) => m.event.type === SERVICE_REQUEST_EVENTS.noteAdded || m.event.type === SERVICE_REQUEST_EVENTS.assigned),
      (found) => found.length === 3,
      10_000,
    );
    await tap.stop();
    const consumer = kit.app.get(ServiceContributions).consumers.find((c) => c.name === 'notifications.ticket-events')!;
    for (const message of events) {
      await bus.publish([{ topic: message.topic, key: message.key, event: message.event }]);
      await consumer.handle(message);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    const scheduler = kit.app.get<Scheduler>(SCHEDULER);
    const handlers = kit.app.get(ServiceContributions).timerHandlers;
    await scheduler.runDue(new Date(), (t) => handlers.get(t.kind)!(t));
    expect((await aboutRequest()).map((m) => m.to).sort()).toEqual(['requester@acme.example', 'resolver@acme.example']);
  });

  it('mails the major-incident manager when a stakeholder update is overdue, and not before it is due', async () => {
    await directoryReady();
    const { id, reference } = await openIncident('Mail is down');
    const declared = await agent().post(`/incidents/${id}/declare-major`, {
      manager: 'service-owner',
      reason: 'Everyone is affected',
      updateIntervalMinutes: 5,
    });
    expect(declared.status).toBe(200);
    const scheduler = kit.app.get<Scheduler>(SCHEDULER);
    const handlers = kit.app.get(ServiceContributions).timerHandlers;
    const due = await readUntil(
      () => scheduler.pending('acme'),
      (timers) => timers.some((t) => t.id === `${id}:stakeholder-update`),
      10_000,
    );
    const timer = due.find((t) => t.id === `${id}:stakeholder-update`)!;
    const run = (at: Date) => scheduler.runDue(at, (t) => handlers.get(t.kind)!(t));
    await run(new Date(timer.dueAt.getTime() - 1000));
    expect(await mailTo('service-owner@acme.example', /Stakeholder update overdue/)).toEqual([]);
    await run(new Date(timer.dueAt.getTime() + 1000));
    // Delivery runs on its own timer, due at once.
    await readUntil(
      async () => (await run(new Date(timer.dueAt.getTime() + 1000))) === 0 && (await mailTo('service-owner@acme.example', /overdue/)).length > 0,
      Boolean,
      10_000,
    );
    const overdue = await exactly('service-owner@acme.example', new RegExp(`^\\[${reference}\\] Stakeholder update overdue`));
    expect(overdue).toHaveLength(1);
  });

  it('sends nothing for an event delivered again, through the inbox or past it', async () => {
    await directoryReady();
    const { id, reference } = await openIncident('Scanner offline');
    const bus = kit.app.get<IntegrationBus>(INTEGRATION_BUS);
    const seen: DeliveredMessage[] = [];
    const tap = await bus.subscribe({ groupId: `test-tap-${id}`, topics: [TOPICS.incidents] }, async (message) => {
      if (message.event.subject === id) seen.push(message);
    });
    await agent().post(`/incidents/${id}/note`, { visibility: 'public', text: 'Looking into it' });
    const subject = new RegExp(`^\\[${reference}\\] New comment`);
    expect(await exactly('requester@acme.example', subject)).toHaveLength(1);
    const comment = await readUntil(async () => seen.find((m) => m.event.type === INCIDENT_EVENTS.workLogged), Boolean, 10_000);
    await tap.stop();

    await bus.publish([{ topic: comment!.topic, key: comment!.key, event: comment!.event }]);
    const consumer = kit.app.get(ServiceContributions).consumers.find((c) => c.name === 'notifications.ticket-events')!;
    await consumer.handle(comment!);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const scheduler = kit.app.get<Scheduler>(SCHEDULER);
    const handlers = kit.app.get(ServiceContributions).timerHandlers;
    await scheduler.runDue(new Date(), (t) => handlers.get(t.kind)!(t));
    expect(await mailTo('requester@acme.example', subject)).toHaveLength(1);
  });

  it('shows a user their in-app notifications, and lets only them mark one read', async () => {
    await directoryReady();
    const { id, reference } = await openIncident('Monitor flickers');
    await agent().post(`/incidents/${id}/assign`, { group: 'service-desk', assignee: 'resolver' });
    const feed = await readUntil(
      () => kit.as('acme', 'resolver').get('/me/notifications?unread=true'),
      (r) => (r.body.items ?? []).some((n) => n.reference === reference),
      10_000,
    );
    const mine = feed.body.items!.find((n) => n.reference === reference)!;
    expect(mine).toMatchObject({ channel: 'in-app', status: 'delivered', read: false, subject: `${reference} is assigned to you` });
    expect((await kit.as('acme', 'agent').post(`/me/notifications/${String(mine.id)}/read`)).status).toBe(404);
    expect((await kit.as('globex', 'resolver').post(`/me/notifications/${String(mine.id)}/read`)).status).toBe(404);
    expect((await kit.as('acme', 'resolver').post(`/me/notifications/${String(mine.id)}/read`)).status).toBe(204);
    const after = await readUntil(
      () => kit.as('acme', 'resolver').get('/me/notifications'),
      (r) => r.body.items!.find((n) => n.id === mine.id)?.read === true,
      10_000,
    );
    expect(after.body.unread).toBe(Number(feed.body.unread) - 1);
    expect((await kit.as('globex', 'resolver').get('/me/notifications')).body.items!.map((n) => n.id)).not.toContain(mine.id);
  });

  it('tells a user only on the channels they chose, within what the desk allows, and keeps each choice to its user', async () => {
    await directoryReady();
    const requester = () => kit.as('acme', 'requester');
    const chosen = await requester().put('/me/notification-preferences', { channels: ['in-app'] });
    expect(chosen.status).toBe(200);
    expect((await requester().get('/me/notification-preferences')).body).toMatchObject({ channels: ['in-app'] });
    const webhook = await requester().put('/me/notification-preferences', { channels: ['webhook'] });
    expect([webhook.status, webhook.body.errors?.map((e: { field: string }) => e.field)]).toEqual([400, ['channels']]);
    expect((await kit.as('globex', 'requester').get('/me/notification-preferences')).body).toMatchObject({ channels: null, revision: -1 });

    const { id, reference } = await openIncident('Scanner offline');
    await agent().post(`/incidents/${id}/assign`, { group: 'service-desk', assignee: 'agent' });
    await agent().post(`/incidents/${id}/note`, { visibility: 'public', text: 'Looking at it' });
    await kit.app.get(PlatformRuntime).caughtUp();
    expect(await mailTo('requester@acme.example', new RegExp(`^\\[${reference}\\]`))).toEqual([]);

    expect((await requester().put('/me/notification-preferences', {})).body).toMatchObject({ channels: null });
    await agent().post(`/incidents/${id}/note`, { visibility: 'public', text: 'Fixed the cable' });
    expect(await exactly('requester@acme.example', new RegExp(`^\\[${reference}\\] New comment`))).toHaveLength(1);
  });
});
