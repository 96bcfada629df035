import nodemailer from 'nodemailer';
import WebSocket from 'ws';
import { CHAT_BEARER_PROTOCOL, CHAT_PATH } from '@deskstream/contracts';
import { SmtpListener } from '@deskstream/intake';
import { PlatformRuntime } from '@deskstream/platform';
import { ChatClient } from '@deskstream/intake/testing';
import { startStandaloneApp, type StandaloneTestApp } from '../standalone-test-app';
import { call as callApp, eventually, type Json } from '../tenants/tenant-test-kit';

/** acme's routing rules: one per channel, and one (sender domain) that only acme has. */
const ACME_RULES = [
  { name: 'the HR desk', when: { mailbox: 'hr@acme.example' }, then: { group: 'hr-payroll' } },
  { name: 'partner mail', when: { channels: ['email'], senderDomain: 'partner.example' }, then: { group: 'network', impact: 2, urgency: 1 } },
  { name: 'production alerts', when: { channels: ['monitoring'], alertLabel: { name: 'env', equals: 'production' } }, then: { group: 'monitoring' } },
  { name: 'vpn chats', when: { channels: ['chat'], keywords: ['vpn'] }, then: { group: 'network', category: 'network' } },
];

function alertmanager(fingerprint: string, labels: Record<string, string>) {
  return {
    version: '4',
    groupKey: '{}:{alertname="DiskFull"}',
    truncatedAlerts: 0,
    status: 'firing',
    receiver: 'deskstream',
    groupLabels: {},
    commonLabels: {},
    commonAnnotations: {},
    externalURL: 'http://alertmanager.example:9093',
    alerts: [
      {
        status: 'firing',
        labels: { alertname: 'DiskFull', severity: 'warning', instance: `${fingerprint}:9100`, ...labels },
        annotations: { summary: `Disk full on ${fingerprint}` },
        startsAt: '2026-01-05T09:00:00.000Z',
        endsAt: '0001-01-01T00:00:00Z',
        generatorURL: 'http://prometheus.example:9090/graph',
        fingerprint,
      },
    ],
  };
}

describe('routing rules route every channel, per tenant, and chat tickets name known services (standalone over SMTP, WebSocket and HTTP)', () => {
  let platform: StandaloneTestApp;
  let smtpPort: number;
  const tokens = new Map<string, string>();
  const as = (tenant: string, user: string) => tokens.get(`${tenant}/${user}`)!;
  const call = (tenant: string, user: string, method: string, path: string, body?: unknown) => callApp(platform, as(tenant, user), method, path, body);

  /** The incident once the incidents service opened it from intake's event. */
  const incident = (tenant: string, reference: string): Promise<Json> =>
    eventually(async () => {
      const found = await call(tenant, 'agent', 'GET', `/incidents/${reference}`);
      if (found.status !== 200) throw new Error(`${reference}: ${found.status}`);
      return found.body;
    });

  async function mail(from: string, to: string, subject: string): Promise<string> {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });
    try {
      const sent = await transport.sendMail({ from, to, subject, text: 'Please help.' });
      return /(INC\d{7})/.exec(sent.response)![1]!;
    } finally {
      transport.close();
    }
  }

  beforeAll(async () => {
    platform = await startStandaloneApp('routing');
    smtpPort = platform.app.get(SmtpListener).port();
    for (const tenant of ['acme', 'globex']) {
      for (const user of ['agent', 'requester', 'tenant-admin']) tokens.set(`${tenant}/${user}`, await platform.token(user, tenant));
    }
    const saved = await call('acme', 'tenant-admin', 'PATCH', '/intake/settings', { classificationRules: ACME_RULES });
    expect(saved.status).toBe(200);
  }, 60_000);
  afterAll(() => platform?.close());

  it('routes mail by the desk it was sent to and by the sender domain', async () => {
    const hr = await incident('acme', await mail('pat@customer.example', 'hr@acme.example', 'My payslip is missing'));
    expect(hr).toMatchObject({ channel: 'email', group: 'hr-payroll' });
    const partner = await incident('acme', await mail('lee@eu.partner.example', 'it@acme.example', 'Cannot reach the portal'));
    expect(partner).toMatchObject({ channel: 'email', group: 'network', classification: { impact: 2, urgency: 1 } });
  });

  it('routes an alert by its labels', async () => {
    const fired = await call('acme', 'agent', 'POST', '/intake/alerts/alertmanager', alertmanager('disk-1', { env: 'production' }));
    expect(fired.status).toBe(202);
    expect(await incident('acme', fired.body.alerts[0].reference)).toMatchObject({ channel: 'monitoring', group: 'monitoring' });
    const staging = await call('acme', 'agent', 'POST', '/intake/alerts/alertmanager', alertmanager('disk-2', { env: 'staging' }));
    expect((await incident('acme', staging.body.alerts[0].reference)).group).toBeNull();
  });

  /** A requester's chat about `subject`, joined by the agent. */
  async function chat(subject: string, message: string) {
    const url = `${platform.base.replace(/^http/, 'ws')}${CHAT_PATH}`;
    const agent = await ChatClient.open(new WebSocket(url, [CHAT_BEARER_PROTOCOL, as('acme', 'agent')]));
    const requester = await ChatClient.open(new WebSocket(url, [CHAT_BEARER_PROTOCOL, as('acme', 'requester')]));
    requester.send({ type: 'start', subject });
    const { sessionId } = await requester.next('started');
    requester.send({ type: 'message', text: message });
    await requester.next({ type: 'posted', sessionId });
    agent.send({ type: 'join', sessionId });
    await agent.next({ type: 'joined', sessionId });
    return { agent, requester, sessionId };
  }

  it('routes a chat by its conversation; the agent classification stands', async () => {
    const { agent, requester, sessionId } = await chat('Cannot connect from home', 'The VPN client says timeout');
    try {
      agent.send({ type: 'convert', impact: 2, urgency: 3 });
      const ticket = await agent.next({ type: 'ticket', sessionId });
      expect(await incident('acme', String(ticket.reference))).toMatchObject({
        channel: 'chat',
        group: 'network',
        classification: { category: 'network', impact: 2, urgency: 3 },
      });
    } finally {
      agent.close();
      requester.close();
    }
  });

  it('refuses a chat ticket about a service the directory does not know, naming it, and the chat goes on', async () => {
    await platform.app.get(PlatformRuntime).caughtUp();
    const { agent, requester, sessionId } = await chat('Mail bounces', 'Every mail to partners bounces');
    try {
      agent.send({ type: 'resolve-first-contact', notes: 'Fixed the address', closingCategory: 'user-error', service: 'emial' });
      expect((await agent.next('error')).errors).toEqual([{ field: 'service', message: 'no active service "emial" in the directory' }]);
      agent.send({ type: 'convert', service: 'emial' });
      expect((await agent.next('error')).errors).toEqual([{ field: 'service', message: 'no active service "emial" in the directory' }]);
      agent.send({ type: 'resolve-first-contact', notes: 'Fixed the address', closingCategory: 'user-error', service: 'email' });
      const ticket = await agent.next({ type: 'ticket', sessionId });
      expect(await incident('acme', String(ticket.reference))).toMatchObject({ channel: 'chat', service: 'email', status: 'resolved' });
    } finally {
      agent.close();
      requester.close();
    }
  });

  it("keeps each tenant's rules to itself: another tenant neither sees them, nor changes them, nor is routed by them", async () => {
    const globexRules = [{ name: 'globex payroll', when: { mailbox: 'hr@globex.example' }, then: { group: 'hr-payroll' } }];
    expect((await call('globex', 'tenant-admin', 'PUT', '/intake/settings', { classificationRules: globexRules })).status).toBe(200);
    const acme = await call('acme', 'tenant-admin', 'GET', '/intake/settings');
    expect(acme.body.classificationRules.map((r: Json) => r.name)).toEqual(ACME_RULES.map((r) => r.name));
    const globex = await call('globex', 'agent', 'GET', '/intake/settings');
    expect(JSON.stringify(globex.body)).not.toContain('partner');
    const unrouted = await incident('globex', await mail('lee@partner.example', 'it@globex.example', 'Cannot reach the portal'));
    expect(unrouted).toMatchObject({ channel: 'email', group: null });
    expect((await call('acme', 'agent', 'PATCH', '/intake/settings', { classificationRules: [] })).status).toBe(403);
  });

  it('refuses rules that cannot be applied, naming each field, and more rules than a tenant may have', async () => {
    const bad = await call('acme', 'tenant-admin', 'PATCH', '/intake/settings', {
      classificationRules: [{ name: 'slow', when: { pattern: '(a+)+$' }, then: { urgency: 1 } }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: Json) => e.field)).toEqual(['classificationRules/0/when/pattern', 'classificationRules/0/then/impact']);
    const rule = { name: 'r', when: { keywords: ['x'] }, then: { group: 'network' } };
    const tooMany = await call('acme', 'tenant-admin', 'PATCH', '/intake/settings', { classificationRules: Array.from({ length: 101 }, () => rule) });
    expect([tooMany.status, tooMany.body.errors.map((e: Json) => e.field)]).toEqual([400, ['classificationRules']]);
  });
});
