import { Logger } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Clock, IdGenerator } from '@deskstream/kernel';
import type { EmailConfig } from './email-config';
import type { DevOutbox } from './dev-outbox';
import type { Mailbox } from './mailbox-directory';
import { acknowledgementMessageId } from '../domain/mail.rules';

export interface Acknowledgement {
  readonly mailbox: Mailbox;
  readonly to: string;
  readonly reference: string;
  readonly originalSubject: string;
  readonly inReplyTo: string;
  readonly kind: 'opened' | 'commented';
}

const BODIES = {
  opened: (reference: string) =>
    `Thank you for your message. We have recorded it as ${reference}.\n\nReply to this mail to add to it; please keep ${reference} in the subject.`,
  commented: (reference: string) => `Thank you, your message has been added to ${reference}.`,
};

/**
 * Sends acknowledgements through the configured SMTP relay, or, in the embedded mode without one,
 * composes them with nodemailer's JSON transport and captures them in the dev outbox. Every
 * acknowledgement is marked Auto-Submitted and X-Loop, so that no desk (ours included) answers it.
 */
export class AcknowledgementMailer {
  private readonly logger = new Logger('AcknowledgementMailer');
  private readonly transport: Transporter;
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly config: EmailConfig,
    private readonly outbox: DevOutbox | null,
    private readonly ids: IdGenerator,
    private readonly clock: Clock,
  ) {
    this.transport = config.relayUrl ? nodemailer.createTransport(config.relayUrl) : nodemailer.createTransport({ jsonTransport: true });
  }

  /** Sends in the background: an unreachable relay must not make the SMTP sender retry a mail already ticketed. */
  send(ack: Acknowledgement): void {
    const sending = this.deliver(ack)
      .catch((error: unknown) => this.logger.warn(`acknowledgement of ${ack.reference} to ${ack.to} not sent: ${String(error)}`))
      .finally(() => this.pending.delete(sending));
    this.pending.add(sending);
  }

  /** Waits for acknowledgements in flight (shutdown, tests). */
  async drain(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  close(): void {
    this.transport.close();
  }

  private async deliver(ack: Acknowledgement): Promise<void> {
    const messageId = acknowledgementMessageId(ack.mailbox.tenantId, ack.reference, this.ids.next(), this.config.messageIdDomain);
    const subject = ack.originalSubject.includes(ack.reference) ? ack.originalSubject : `[${ack.reference}] ${ack.originalSubject}`.trim();
    const headers = { 'Auto-Submitted': 'auto-replied', 'X-Loop': ack.mailbox.address, 'X-Deskstream-Reference': ack.reference };
    const text = BODIES[ack.kind](ack.reference);
    const info = await this.transport.sendMail({
      from: ack.mailbox.address,
      to: ack.to,
      subject,
      text,
      messageId,
      inReplyTo: ack.inReplyTo,
      references: [ack.inReplyTo],
      headers,
    });
    if (this.config.relayUrl || !this.outbox) return;
    const composed = JSON.parse((info as { message: string }).message) as { headers?: Record<string, string> };
    await this.outbox.capture({
      id: messageId.slice(1, -1),
      tenantId: ack.mailbox.tenantId,
      sentAt: this.clock.now().toISOString(),
      from: ack.mailbox.address,
      to: ack.to,
      subject,
      messageId,
      inReplyTo: ack.inReplyTo,
      reference: ack.reference,
      headers: { ...composed.headers, ...headers },
      text,
    });
  }
}
