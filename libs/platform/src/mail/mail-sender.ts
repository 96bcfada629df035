import nodemailer, { type Transporter } from 'nodemailer';
import type { Clock } from '@deskstream/kernel';
import type { DevOutbox } from './dev-outbox';

/** One mail to one recipient, as a service composes it. */
export interface OutgoingMail {
  readonly tenantId: string;
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
  /** With angle brackets, e.g. `<n-1@deskstream.local>`. */
  readonly messageId: string;
  /** The ticket reference the mail is about (dev outbox filter). */
  readonly reference: string;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Sends mail through an SMTP relay (nodemailer), or, in the embedded mode without one, composes it with
 * nodemailer's JSON transport and captures it in the dev outbox, where GET /dev/outbox shows it.
 */
export class MailSender {
  private readonly transport: Transporter;

  constructor(
    private readonly relayUrl: string | undefined,
    private readonly outbox: DevOutbox | null,
    private readonly clock: Clock,
  ) {
    this.transport = relayUrl ? nodemailer.createTransport(relayUrl) : nodemailer.createTransport({ jsonTransport: true });
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = await this.transport.sendMail({
      from: mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      ...(mail.html ? { html: mail.html } : {}),
      messageId: mail.messageId,
      headers: { ...mail.headers },
    });
    if (this.relayUrl || !this.outbox) return;
    const composed = JSON.parse((info as { message: string }).message) as { headers?: Record<string, string> };
    await this.outbox.capture({
      id: mail.messageId.replace(/^<|>$/g, ''),
      tenantId: mail.tenantId,
      sentAt: this.clock.now().toISOString(),
      from: mail.from,
      to: mail.to,
      subject: mail.subject,
      messageId: mail.messageId,
      inReplyTo: null,
      reference: mail.reference,
      headers: { ...composed.headers, ...mail.headers },
      text: mail.text,
    });
  }

  close(): void {
    this.transport.close();
  }
}
