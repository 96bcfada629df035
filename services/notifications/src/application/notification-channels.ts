import { createHash, createHmac } from 'node:crypto';
import type { MailSender } from '@deskstream/platform';
import type { RenderedNotification } from '../domain/notification.events';

/** Sends one rendered notification on its channel; throws when the channel did not take it. */
export interface NotificationChannel {
  send(tenantId: string, notification: RenderedNotification, secret: string | null): Promise<void>;
}

export interface NotificationChannelsConfig {
  /** The From of notification mail (NOTIFICATIONS_MAIL_FROM). */
  readonly mailFrom: string;
  readonly messageIdDomain: string;
  /** How long a webhook receiver may take to answer. */
  readonly webhookTimeoutMs: number;
}

/** Mail through the platform's sender (SMTP relay, or the dev outbox in the embedded mode). */
export class EmailChannel implements NotificationChannel {
  constructor(
    private readonly mail: MailSender,
    private readonly config: NotificationChannelsConfig,
  ) {}

  async send(tenantId: string, n: RenderedNotification): Promise<void> {
    if (!n.recipient.address) throw new Error('no address to mail');
    const id = createHash('sha256').update(`${tenantId}/${n.key}`).digest('hex').slice(0, 32);
    await this.mail.send({
      tenantId,
      from: this.config.mailFrom,
      to: n.recipient.address,
      subject: n.subject,
      text: n.text,
      ...(n.html ? { html: n.html } : {}),
      messageId: `<notification-${id}@${this.config.messageIdDomain}>`,
      reference: n.reference,
      // A notification is not a conversation: receivers' auto-responders must not answer it.
      headers: { 'Auto-Submitted': 'auto-generated', 'X-Deskstream-Reference': n.reference, 'X-Deskstream-Notification': n.key },
    });
  }
}

/** The signature a receiver recomputes: HMAC-SHA256 over `<timestamp>.<body>` with the rule's secret. */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Posts the notification's JSON body, signed; any answer other than 2xx is a failed attempt. */
export class WebhookChannel implements NotificationChannel {
  constructor(
    private readonly config: NotificationChannelsConfig,
    private readonly now: () => Date,
  ) {}

  async send(_tenantId: string, n: RenderedNotification, secret: string | null): Promise<void> {
    if (!n.url || !secret) throw new Error('the webhook rule has no url or secret any more');
    const timestamp = String(Math.floor(this.now().getTime() / 1000));
    const response = await fetch(n.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-deskstream-delivery': n.key,
        'x-deskstream-timestamp': timestamp,
        'x-deskstream-signature': webhookSignature(secret, timestamp, n.text),
      },
      body: n.text,
      signal: AbortSignal.timeout(this.config.webhookTimeoutMs),
    });
    if (!response.ok) throw new Error(`webhook answered ${response.status}`);
  }
}
