import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IncidentsModule } from '@deskstream/incidents';
import { startEmailApp, type EmailApp } from '@deskstream/intake/testing';

type Json = Record<string, unknown>;

describe('Email intake over SMTP (nodemailer -> smtp-server -> incidents)', () => {
  let desk: EmailApp;

  beforeAll(async () => {
    desk = await startEmailApp({}, [IncidentsModule]);
  });

  afterAll(async () => {
    await desk?.close();
  });

  /** The incidents service opens tickets from intake's events, a moment after the mail was answered. */
  const incident = (tenant: string, reference: string, ready: (body: Json) => boolean = () => true) =>
    desk.eventually(
      () => desk.as(tenant, 'agent').get(`/incidents/${reference}`),
      (result) => result.status === 200 && ready(result.body),
    );
  const outbox = async (tenant: string) => {
    await desk.acknowledgementsSent();
    return ((await desk.as(tenant, 'agent').get('/dev/outbox')).body.items ?? []) as Json[];
  };
  const referenceIn = (response: string): string => /(INC\d{7})/.exec(response)![1]!;

  it('opens a ticket for a new mail, with the sender as caller, and acknowledges it with the reference', async () => {
    const sent = await desk.send({
      from: 'Pat Jones <Pat.Jones@customer.example>',
      to: 'it@acme.example',
      subject: 'Printer on floor 3 is jammed',
      text: 'It shows error 42 and nothing prints.',
      messageId: '<first-mail@customer.example>',
    });
    expect(sent.response).toMatch(/^250 .*opened INC\d{7}/);
    const reference = referenceIn(sent.response);

    const view = await incident('acme', reference);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({
      reference,
      caller: 'pat.jones@customer.example',
      channel: 'email',
      shortDescription: 'Printer on floor 3 is jammed',
      description: 'It shows error 42 and nothing prints.',
    });
    const queue = await desk.eventually(
      () => desk.as('acme', 'agent').get('/incidents?channel=email'),
      (result) => (result.body.items ?? []).some((item) => item.reference === reference),
    );
    expect(queue.status).toBe(200);

    const ack = (await outbox('acme')).find((mail) => mail.reference === reference);
    expect(ack).toMatchObject({ to: 'pat.jones@customer.example', from: 'it@acme.example', inReplyTo: '<first-mail@customer.example>' });
    expect(String(ack!.subject)).toContain(reference);
    expect(String(ack!.messageId)).toMatch(new RegExp(`^<ds\\.acme\\.${reference}\\.`));
    expect(ack!.headers).toMatchObject({ 'Auto-Submitted': 'auto-replied', 'X-Loop': 'it@acme.example' });
  });

  it('turns a reply threaded on the acknowledgement into a public comment, and one quoting the reference in the subject too', async () => {
    const opened = await desk.send({ from: 'sam@customer.example', to: 'it@acme.example', subject: 'VPN drops', text: 'Every hour.' });
    const reference = referenceIn(opened.response);
    const ack = (await outbox('acme')).find((mail) => mail.reference === reference)!;

    const threaded = await desk.send({
      from: 'sam@customer.example',
      to: 'it@acme.example',
      subject: 'Re: your ticket',
      text: 'Now every ten minutes.',
      inReplyTo: String(ack.messageId),
      references: [String(ack.messageId)],
    });
    expect(threaded.response).toContain(`commented ${reference}`);
    const bySubject = await desk.send({ from: 'sam@customer.example', to: 'it@acme.example', subject: `Re: [${reference}] VPN drops`, text: 'Still.' });
    expect(bySubject.response).toContain(`commented ${reference}`);

    const notes = (await incident('acme', reference, (body) => (body.notes as Json[]).length === 2)).body.notes as Json[];
    expect(notes.map((note) => [note.visibility, note.text, note.by])).toEqual([
      ['public', 'Now every ten minutes.', 'sam@customer.example'],
      ['public', 'Still.', 'sam@customer.example'],
    ]);
  });

  it('makes a re-sent mail (same Message-ID) one ticket, not two', async () => {
    const mail = { from: 'dup@customer.example', to: 'it@acme.example', subject: 'Disk full', text: 'C: is full', messageId: '<resent@customer.example>' };
    const first = await desk.send(mail);
    const again = await desk.send(mail);
    const reference = referenceIn(first.response);
    expect(again.response).toContain(`duplicate ${reference}`);
    const mine = await desk.eventually(
      () => desk.as('acme', 'agent').get('/incidents?q=disk%20full'),
      (result) => (result.body.items ?? []).length > 0,
    );
    expect((mine.body.items ?? []).map((item) => item.reference)).toEqual([reference]);
  });

  it('opens one ticket per desk for a mail sent to two desks of one tenant', async () => {
    const sent = await desk.send({
      from: 'dana@customer.example',
      to: ['it@acme.example', 'hr@acme.example'],
      subject: 'New starter Monday',
      text: 'Laptop and badge, please.',
    });
    const references = [...sent.response.matchAll(/opened (INC\d{7})/g)].map((match) => match[1]!);
    expect(new Set(references).size).toBe(2);
    for (const reference of references) {
      expect((await incident('acme', reference)).body).toMatchObject({ caller: 'dana@customer.example', shortDescription: 'New starter Monday' });
    }
  });

  it('makes the same mail delivered on two connections at once one ticket: the second is answered with it, or told to retry', async () => {
    const mail = { from: 'race@customer.example', to: 'it@acme.example', subject: 'Race', text: 'Twice at once', messageId: '<race@customer.example>' };
    const answers = await Promise.all([desk.sendCode(mail), desk.sendCode(mail)]);
    const opened = answers.filter((a) => a.response.includes('opened'));
    expect(opened).toHaveLength(1);
    const other = answers.find((a) => a !== opened[0])!;
    expect(other.code === 451 || other.response.includes(`duplicate ${referenceIn(opened[0]!.response)}`)).toBe(true);
  });

  it('keeps attachments under the ticket in the data dir and names them on the ticket', async () => {
    const sent = await desk.send({
      from: 'lee@customer.example',
      to: 'it@acme.example',
      subject: 'Screenshot of the error',
      text: 'See attached.',
      attachments: [{ filename: 'error.png', content: Buffer.from('not really a png'), contentType: 'image/png' }],
    });
    const view = await incident('acme', referenceIn(sent.response));
    expect(String(view.body.description)).toContain('Attachments: error.png');
    const dir = join(desk.dataDir, 'attachments', 'acme', String(view.body.id));
    const stored = readdirSync(dir).find((name) => name.endsWith('--error.png'))!;
    expect(readFileSync(join(dir, stored), 'utf8')).toBe('not really a png');
  });

  it('never lets a reply reach another tenant: a reply threaded on a globex acknowledgement, sent to an acme desk, opens an acme ticket', async () => {
    const globexMail = await desk.send({ from: 'kim@globex.example', to: 'hr@globex.example', subject: 'Payslip missing', text: 'For October.' });
    const globexReference = referenceIn(globexMail.response);
    const globexAck = (await outbox('globex')).find((mail) => mail.reference === globexReference)!;
    expect((await outbox('acme')).some((mail) => mail.reference === globexReference && mail.tenantId === 'globex')).toBe(false);

    const crossed = await desk.send({
      from: 'kim@globex.example',
      to: 'it@acme.example',
      subject: 'Re: Payslip missing',
      text: 'Any news?',
      inReplyTo: String(globexAck.messageId),
    });
    expect(crossed.response).toMatch(/opened INC\d{7}/);
    const acmeTicket = await incident('acme', referenceIn(crossed.response));
    expect(acmeTicket.body).toMatchObject({ caller: 'kim@globex.example', shortDescription: 'Re: Payslip missing' });
    expect((await incident('globex', globexReference)).body.notes).toEqual([]);
  });

  it('opens a new ticket, rather than commenting, when the sender is not the caller of the quoted ticket', async () => {
    const first = await desk.send({ from: 'owner@customer.example', to: 'it@acme.example', subject: 'Laptop slow', text: 'Very.' });
    const reference = referenceIn(first.response);
    const stranger = await desk.send({ from: 'stranger@elsewhere.example', to: 'it@acme.example', subject: `Re: ${reference}`, text: 'Me too' });
    expect(stranger.response).toMatch(/opened INC\d{7}/);
    expect(referenceIn(stranger.response)).not.toBe(reference);
    expect((await incident('acme', referenceIn(stranger.response))).body).toMatchObject({ caller: 'stranger@elsewhere.example' });
    expect((await incident('acme', reference)).body.notes).toEqual([]);
  });
});
