import { connect } from 'node:net';
import type Mail from 'nodemailer/lib/mailer';
import { startEmailApp, type EmailApp } from './email-test-kit';

const MAX_MESSAGE_BYTES = 50_000;

describe('Email intake refusals and automated mail (real SMTP conversations)', () => {
  let desk: EmailApp;

  beforeAll(async () => {
    desk = await startEmailApp({ maxMessageBytes: MAX_MESSAGE_BYTES });
  });

  afterAll(async () => {
    await desk?.close();
  });

  const person = { from: 'pat@customer.example', to: 'it@acme.example', subject: 'Help', text: 'Something broke.' };
  const AUTOMATED: [string, Mail.Options, string][] = [
    ['an auto-reply (Auto-Submitted)', { headers: { 'Auto-Submitted': 'auto-replied' } }, 'auto-submitted'],
    ['list mail (Precedence: bulk)', { headers: { Precedence: 'bulk' } }, 'precedence: bulk'],
    ['a bounce from the mailer-daemon', { from: 'MAILER-DAEMON@mx.customer.example' }, 'mailer-daemon'],
    ['a bounce with the null sender', { envelope: { from: '', to: ['it@acme.example'] } }, 'null envelope sender'],
    ['our own mail coming back (X-Loop)', { headers: { 'X-Loop': 'it@acme.example' } }, 'loop'],
  ];
  const REFUSED: Mail.Options[] = [
    { ...person, to: 'nobody@acme.example' },
    { ...person, text: 'x'.repeat(MAX_MESSAGE_BYTES * 2) },
    { envelope: { from: 'pat@customer.example', to: ['it@acme.example'] }, raw: 'Subject: no sender\r\n\r\nbody\r\n' },
  ];

  it('refuses an unknown desk address at RCPT with 550', async () => {
    const result = await desk.sendCode({ ...person, to: 'nobody@acme.example' });
    expect(result.code).toBe(550);
    expect(result.response).toContain('no such desk');
  });

  it('advertises SIZE in its EHLO answer', async () => {
    const socket = connect(desk.smtpPort, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString();
      if (received.startsWith('220') && !received.includes('EHLO sent')) {
        received += 'EHLO sent\n';
        socket.write('EHLO client.example\r\n');
      }
    });
    await desk.eventually(
      async () => received,
      (text) => /^250 /m.test(text),
    );
    socket.end('QUIT\r\n');
    expect(received).toMatch(new RegExp(`^250[ -]SIZE ${MAX_MESSAGE_BYTES}\\r?$`, 'm'));
  });

  it('refuses a larger message with 552', async () => {
    const result = await desk.sendCode({ ...person, text: 'x'.repeat(MAX_MESSAGE_BYTES * 2) });
    expect(result.code).toBe(552);
  });

  it('refuses a message without a From address with 554', async () => {
    const result = await desk.sendCode({
      envelope: { from: 'pat@customer.example', to: ['it@acme.example'] },
      raw: 'Subject: no sender\r\n\r\nbody\r\n',
    });
    expect(result.code).toBe(554);
    expect(result.response).toContain('From');
  });

  it.each(AUTOMATED)('accepts %s but opens no ticket', async (_name, variant, reason) => {
    const result = await desk.sendCode({ ...person, ...variant });
    expect(result.code).toBe(250);
    expect(result.response).toContain(`ignored (`);
    expect(result.response).toContain(reason);
  });

  it('created nothing for any refused or automated mail: the first real mail gets the first reference', async () => {
    // Sent here again, so that this holds however the tests are selected or ordered.
    for (const mail of REFUSED) expect((await desk.sendCode(mail)).code).toBeGreaterThanOrEqual(500);
    for (const [, variant] of AUTOMATED) expect((await desk.sendCode({ ...person, ...variant })).response).toContain('ignored (');
    const result = await desk.sendCode({ ...person, headers: { 'Auto-Submitted': 'no' } });
    expect(result.response).toContain('opened INC0001001');
    await desk.acknowledgementsSent();
    const items = (await desk.as('acme', 'agent').get('/dev/outbox')).body.items!;
    expect(items.map((mail) => mail.reference)).toEqual(['INC0001001']);
  });

  it('shows the outbox to agents and tenant admins of the tenant only', async () => {
    expect((await desk.as('acme', 'tenant-admin').get('/dev/outbox')).body.items).toHaveLength(1);
    expect((await desk.as('globex', 'agent').get('/dev/outbox')).body.items).toEqual([]);
    expect((await desk.as('acme', 'requester').get('/dev/outbox')).status).toBe(403);
  });
});
