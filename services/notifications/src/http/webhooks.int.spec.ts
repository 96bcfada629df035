import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { INCIDENT_EVENTS, SOURCES, TOPICS } from '@deskstream/contracts';
import type { IntegrationBus } from '@deskstream/messaging';
import { INTEGRATION_BUS, SCHEDULER, ServiceContributions } from '@deskstream/platform';
import { startHttpTestApp, type HttpTestApp } from '@deskstream/platform/testing';
import type { Scheduler } from '@deskstream/scheduling';
import { readUntil } from '@deskstream/testing';
import { webhookSignature } from '../application/notification-channels';
import { NotificationsAppModule } from '../notifications-app.module';

const SECRET = 'a-secret-of-sixteen-chars';

interface Received {
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

describe('notification rules and signed webhooks over HTTP', () => {
  let kit: HttpTestApp;
  let receiver: Server;
  let answers: number[] = [];
  const received: Received[] = [];
  let hookUrl = '';

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({ headers: request.headers, body });
        response.writeHead(answers.shift() ?? 200).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    kit = await startHttpTestApp({ name: 'notification-webhooks', module: (config) => NotificationsAppModule.forRoot(config) });
  });
  afterAll(async () => {
    await kit?.close();
    await new Promise((resolve) => receiver.close(resolve));
  });

  const admin = (tenant = 'acme') => kit.as(tenant, 'tenant-admin');
  const webhookRule = {
    id: 'chatops',
    name: 'Comments to chat',
    trigger: 'incident.public-comment',
    recipients: [],
    channel: 'webhook',
    webhook: { url: '', secret: SECRET },
  };
  let events = 0;
  const comment = async (tenant = 'acme') => {
    events += 1;
    const id = `evt-${events}`;
    const event = {
      specversion: '1.0' as const,
      id,
      source: SOURCES.incidents,
      type: INCIDENT_EVENTS.workLogged,
      subject: `inc-${events}`,
      time: new Date().toISOString(),
      datacontenttype: 'application/json' as const,
      data: {
        incidentId: `inc-${events}`,
        noteId: 'n',
        visibility: 'public',
        minutes: 0,
        failedAttempt: false,
        knowledgeArticle: null,
        relatedProblem: null,
        comment: 'On it',
        by: 'agent',
        at: '2026-03-02T09:00:00.000Z',
      },
      tenantid: tenant,
      correlationid: `c-${id}`,
    };
    await kit.app.get<IntegrationBus>(INTEGRATION_BUS).publish([{ topic: TOPICS.incidents, key: event.subject, event }]);
    return id;
  };
  /** Runs every timer due by `minutesAhead` from now, as the scheduler's loop would by then. */
  const runTimers = (minutesAhead: number) => {
    const handlers = kit.app.get(ServiceContributions).timerHandlers;
    return kit.app.get<Scheduler>(SCHEDULER).runDue(new Date(Date.now() + minutesAhead * 60_000), (t) => handlers.get(t.kind)!(t));
  };

  it('answers the defaults, versions every change under If-Match, keeps the secret write-only, and names bad fields', async () => {
    const defaults = await admin().get('/notifications/settings');
    expect((defaults.body.rules as { id: string }[]).map((r) => r.id)).toContain('public-comment');
    const bad = await admin().put('/notifications/settings', {
      rules: [
        { ...webhookRule, webhook: undefined },
        { id: 'x', name: 'x', trigger: 'incident.resolved', recipients: [{}], channel: 'email', template: 'nope' },
      ],
      extra: 1,
    });
    expect(bad.status).toBe(400);
    expect((bad.body.errors ?? []).map((e: { field: string }) => e.field)).toEqual(['extra']);
    const rules = await admin().put('/notifications/settings', {
      rules: [
        { ...webhookRule, webhook: undefined },
        { id: 'x', name: 'x', trigger: 'incident.resolved', recipients: [{}], channel: 'email', template: 'nope' },
      ],
    });
    expect((rules.body.errors ?? []).map((e: { field: string }) => e.field)).toEqual(['rules.1.recipients.0']);
    const semantic = await admin().put('/notifications/settings', {
      rules: [
        { ...webhookRule, webhook: undefined },
        { id: 'x', name: 'x', trigger: 'incident.resolved', recipients: [{ role: 'caller' }], channel: 'email', template: 'nope' },
      ],
    });
    expect((semantic.body.errors ?? []).map((e: { field: string }) => e.field)).toEqual(['rules.0.webhook', 'rules.1.template']);
    const saved = await admin().put('/notifications/settings', { rules: [{ ...webhookRule, webhook: { url: hookUrl, secret: SECRET } }] });
    expect([saved.status, saved.headers.get('etag')]).toEqual([200, '"0"']);
    expect(saved.body.rules).toEqual([expect.objectContaining({ id: 'chatops', webhook: { url: hookUrl, secret: '(set)' } })]);
    expect((await admin().put('/notifications/settings', { channels: ['email'] }, { 'if-match': '"7"' })).status).toBe(412);
    expect((await kit.as('acme', 'agent').get('/notifications/settings')).status).toBe(403);
    expect(((await admin('globex').get('/notifications/settings')).body.rules as { id: string }[]).map((r) => r.id)).not.toContain('chatops');
  });

  it('signs each delivery, retries a refused one with backoff, and delivers it once', async () => {
    answers = [500];
    const before = received.length;
    const eventId = await comment();
    await readUntil(async () => (await runTimers(0), received.length > before), Boolean, 10_000);
    expect(received.length).toBe(before + 1);
    await runTimers(0);
    expect(received.length).toBe(before + 1);
    await readUntil(async () => (await runTimers(1), received.length > before + 1), Boolean, 10_000);
    await runTimers(60);
    expect(received.length).toBe(before + 2);
    const delivery = received[before + 1]!;
    const timestamp = String(delivery.headers['x-deskstream-timestamp']);
    expect(delivery.headers['x-deskstream-signature']).toBe(webhookSignature(SECRET, timestamp, delivery.body));
    expect(JSON.parse(delivery.body)).toMatchObject({ type: 'incident.public-comment', fields: { comment: 'On it' } });
    expect(received[before]!.headers['x-deskstream-delivery']).toBe(`${eventId}:chatops`);
  });

  it('dead-letters a delivery that keeps failing, and an admin replays it', async () => {
    answers = [500, 500, 500, 500, 500];
    const before = received.length;
    await comment();
    await readUntil(async () => (await runTimers(0), received.length > before), Boolean, 10_000);
    for (let i = 0; i < 5; i += 1) await runTimers(60 * (i + 1));
    expect(received.length).toBe(before + 5);
    const dead = await readUntil(
      () => admin().get('/notifications/dead-letters'),
      (r) => (r.body.items ?? []).length === 1,
      10_000,
    );
    const letter = dead.body.items![0]!;
    expect(letter).toMatchObject({ channel: 'webhook', status: 'dead-lettered', attempts: 5, lastError: 'webhook answered 500' });
    expect((await admin('globex').post(`/notifications/dead-letters/${String(letter.id)}/replay`)).status).toBe(404);
    expect((await admin().post(`/notifications/dead-letters/${String(letter.id)}/replay`)).status).toBe(202);
    await readUntil(async () => (await runTimers(0), received.length > before + 5), Boolean, 10_000);
    await readUntil(
      () => admin().get('/notifications/dead-letters'),
      (r) => (r.body.items ?? []).length === 0,
      10_000,
    );
  });
});
