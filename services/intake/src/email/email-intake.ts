import { SpanStatusCode, trace } from '@opentelemetry/api';
import type { AcknowledgementMailer } from './acknowledgement-mailer';
import type { AttachmentStore } from './attachment-store.port';
import type { EmailTicket, EmailTicketing } from './email-ticketing.port';
import type { MailSenders } from './mail-senders';
import type { InboundMailLog, MailRequest } from './inbound-mail-log';
import type { InboundAttachment, InboundMail } from './inbound-mail';
import type { Mailbox, MailboxDirectory } from './mailbox-directory';
import type { ContactRouter } from '../application/contact-router';
import { automatedReason, boundedMailText, mailContact, replyReference, shortDescriptionOf } from '../domain/mail.rules';

type TicketOutcome = { readonly kind: 'opened' | 'commented'; readonly ticket: EmailTicket; readonly request: MailRequest };

export type MailOutcome = TicketOutcome | { readonly kind: 'duplicate'; readonly ticket: EmailTicket } | { readonly kind: 'ignored'; readonly reason: string };

/** The same mail is being handled right now (another connection, another replica): the sender should retry (4xx). */
export class MailInProgress extends Error {
  override readonly name = 'MailInProgress';
}

const tracer = trace.getTracer('deskstream');

const kilobytes = (bytes: number): string => `${Math.max(1, Math.round(bytes / 1024))} KB`;

export interface EmailIntakeDeps {
  readonly directory: MailboxDirectory;
  readonly ticketing: EmailTicketing;
  readonly log: InboundMailLog;
  readonly attachments: AttachmentStore;
  readonly mailer: AcknowledgementMailer;
  readonly maxAttachmentBytes: number;
  /** Matches senders to directory users; without it every sender is kept by address. */
  readonly senders?: MailSenders;
  /** The tenant's routing rules; without it mail opens unrouted tickets. */
  readonly router?: ContactRouter;
}

/**
 * One received mail for one desk: automated mail is dropped, a reply becomes a public comment on the
 * ticket it names (of this tenant, by its caller), anything else opens a ticket; attachments are kept
 * with the ticket, and the sender is acknowledged. Each (tenant, Message-ID) is handled once.
 */
export class EmailIntake {
  constructor(private readonly deps: EmailIntakeDeps) {}

  receive(mail: InboundMail, mailbox: Mailbox): Promise<MailOutcome> {
    return tracer.startActiveSpan('email.receive', async (span) => {
      span.setAttributes({ 'deskstream.tenant': mailbox.tenantId, 'deskstream.mailbox': mailbox.address });
      try {
        const outcome = await this.handle(mail, mailbox);
        span.setAttribute('deskstream.email.outcome', outcome.kind);
        return outcome;
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
        throw error;
      } finally {
        span.end();
      }
    });
  }

  private async handle(mail: InboundMail, mailbox: Mailbox): Promise<MailOutcome> {
    const reason = automatedReason(mail, (address) => this.deps.directory.isOwn(address));
    if (reason) return { kind: 'ignored', reason };
    const claim = await this.deps.log.claim(mailbox.tenantId, mail.messageId, mailbox.address);
    if (claim.status === 'done') return { kind: 'duplicate', ticket: claim.ticket };
    if (claim.status === 'in-progress') throw new MailInProgress(`${mail.messageId} is being handled`);

    const kept = mail.attachments.filter((attachment) => attachment.content.length <= this.deps.maxAttachmentBytes);
    const dropped = mail.attachments.filter((attachment) => !kept.includes(attachment));
    const text = boundedMailText(`${mail.text || '(empty message)'}${this.attachmentNote(kept, dropped)}`);
    const outcome = (await this.comment(mail, mailbox, text)) ?? (await this.open(mail, mailbox, text));
    for (const attachment of kept) {
      await this.deps.attachments.save({ tenantId: mailbox.tenantId, ticketId: outcome.ticket.ticketId, ...attachment });
    }
    await this.deps.log.handled(mailbox.tenantId, mailbox.address, mail.messageId, claim.revision, outcome.ticket, outcome.request);
    this.deps.mailer.send({
      mailbox,
      to: mail.from,
      reference: outcome.ticket.reference,
      originalSubject: mail.subject,
      inReplyTo: mail.messageId,
      kind: outcome.kind,
    });
    return outcome;
  }

  private async comment(mail: InboundMail, mailbox: Mailbox, text: string): Promise<TicketOutcome | null> {
    const reference = replyReference(mail, mailbox.tenantId);
    if (!reference) return null;
    const author = await this.callerOf(mailbox.tenantId, mail.from);
    const result = await this.deps.ticketing.commentFromEmail({
      tenantId: mailbox.tenantId,
      author,
      reference,
      text,
      messageId: mail.messageId,
    });
    return typeof result === 'string' ? null : { kind: 'commented', ticket: result, request: { kind: 'commented', author, text } };
  }

  /** Also where a reply lands that cannot be a comment (unknown, someone else's or closed ticket): nothing is lost. */
  private async open(mail: InboundMail, mailbox: Mailbox, text: string): Promise<TicketOutcome> {
    const shortDescription = shortDescriptionOf(mail.subject);
    const caller = await this.callerOf(mailbox.tenantId, mail.from);
    const contact = mailContact(mail.from, mailbox, shortDescription, text);
    const routing = this.deps.router ? await this.deps.router.route(mailbox.tenantId, contact) : undefined;
    const ticket = await this.deps.ticketing.openFromEmail({
      tenantId: mailbox.tenantId,
      caller,
      requestType: mailbox.requestType,
      shortDescription,
      description: text,
      messageId: mail.messageId,
    });
    const request: MailRequest = { kind: 'opened', mailbox: mailbox.address, caller, shortDescription, description: text, ...(routing ? { routing } : {}) };
    return { kind: 'opened', ticket, request };
  }

  private callerOf(tenantId: string, address: string): Promise<string> {
    return this.deps.senders ? this.deps.senders.callerOf(tenantId, address) : Promise.resolve(address);
  }

  private attachmentNote(kept: readonly InboundAttachment[], dropped: readonly InboundAttachment[]): string {
    const list = (items: readonly InboundAttachment[]) => items.map((a) => `${a.filename} (${kilobytes(a.content.length)})`).join(', ');
    const lines = [
      ...(kept.length > 0 ? [`Attachments: ${list(kept)}`] : []),
      ...(dropped.length > 0 ? [`Not kept, over the size limit: ${list(dropped)}`] : []),
    ];
    return lines.length > 0 ? `\n\n${lines.join('\n')}` : '';
  }
}
