import { MAX_TICKET_TEXT_LENGTH } from '@deskstream/kernel';
import { acknowledgementMessageId, automatedReason, boundedMailText, replyReference, shortDescriptionOf, type MailHeaders } from './mail.rules';

/** The desks' own addresses, as the mailbox directory knows them. */
const DESKS = ['it@acme.example', 'hr@globex.example'];
const own = (address: string) => DESKS.includes(address.trim().toLowerCase());

function mail(headers: Record<string, string> = {}, overrides: Partial<MailHeaders> = {}): MailHeaders {
  return {
    envelopeFrom: 'pat@customer.example',
    from: 'pat@customer.example',
    subject: 'Printer jammed',
    contentType: 'text/plain',
    headers: new Map(Object.entries(headers).map(([key, value]) => [key, [value]])),
    ...overrides,
  };
}

describe('automated mail opens no ticket', () => {
  it('lets mail written by a person through, Auto-Submitted: no included', () => {
    expect(automatedReason(mail(), own)).toBeNull();
    expect(automatedReason(mail({ 'auto-submitted': 'no' }), own)).toBeNull();
    expect(automatedReason(mail({ precedence: 'first-class' }), own)).toBeNull();
  });

  it.each([
    [{ 'auto-submitted': 'auto-replied' }, {}, 'auto-submitted: auto-replied'],
    [{ 'auto-submitted': 'auto-generated' }, {}, 'auto-submitted: auto-generated'],
    [{ precedence: 'junk' }, {}, 'precedence: junk'],
    [{ precedence: 'list' }, {}, 'precedence: list'],
    [{ 'x-autoreply': 'yes' }, {}, 'auto-reply header'],
    [{ 'x-loop': 'IT@acme.example' }, {}, 'loop (X-Loop names our desk)'],
    [{}, { from: 'postmaster@mx.example' }, 'bounce (mailer-daemon or postmaster sender)'],
    [{}, { envelopeFrom: '' }, 'bounce (null envelope sender)'],
    [{}, { contentType: 'multipart/report; report-type=delivery-status' }, 'delivery report'],
    [{}, { from: 'hr@globex.example' }, 'loop (sent from our own desk)'],
  ])('drops %j %j as %s', (headers, overrides, reason) => {
    expect(automatedReason(mail(headers, overrides), own)).toBe(reason);
  });
});

describe('which ticket a reply is about', () => {
  const ack = acknowledgementMessageId('acme', 'INC0001042', 'abc', 'desk.example');

  it('reads our acknowledgement Message-ID in In-Reply-To or References, for the same tenant only', () => {
    expect(ack).toBe('<ds.acme.INC0001042.abc@desk.example>');
    expect(replyReference(mail({ 'in-reply-to': ack }), 'acme')).toBe('INC0001042');
    expect(replyReference(mail({ references: `<other@x.example> ${ack}` }), 'acme')).toBe('INC0001042');
    expect(replyReference(mail({ 'in-reply-to': ack }), 'globex')).toBeNull();
  });

  it('falls back to a reference quoted in the subject, and is null for a new mail', () => {
    expect(replyReference(mail({}, { subject: 'Re: [REQ0001007] new laptop' }), 'acme')).toBe('REQ0001007');
    expect(replyReference(mail({}, { subject: 'Re: INC0001001 still broken' }), 'acme')).toBe('INC0001001');
    expect(replyReference(mail({}, { subject: 'INC12 is not a reference' }), 'acme')).toBeNull();
  });

  it('makes a short description that fits 200 characters', () => {
    expect(shortDescriptionOf('  Printer \r\n jammed ')).toBe('Printer jammed');
    expect(shortDescriptionOf('')).toBe('(no subject)');
    expect(shortDescriptionOf('x'.repeat(300))).toHaveLength(200);
  });
});

describe('a mail longer than a ticket keeps', () => {
  it('is kept whole up to the ticket text limit', () => {
    const text = 'x'.repeat(MAX_TICKET_TEXT_LENGTH);
    expect(boundedMailText(text)).toBe(text);
  });

  it('is cut within the limit beyond it, with a note saying so', () => {
    const shortened = boundedMailText('x'.repeat(MAX_TICKET_TEXT_LENGTH + 1));
    expect(shortened.length).toBeLessThanOrEqual(MAX_TICKET_TEXT_LENGTH);
    expect(shortened).toMatch(/^x+\n\[message shortened by the desk\]$/);
  });
});
