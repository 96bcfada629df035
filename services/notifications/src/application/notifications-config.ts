import { ValidationFailed, type FieldError } from '@deskstream/kernel';
import type { PlatformConfig } from '@deskstream/platform';

export interface NotificationsConfig {
  /** Base of the links in messages (NOTIFICATIONS_PORTAL_URL). */
  readonly portalUrl: string;
  readonly mailFrom: string;
  readonly messageIdDomain: string;
  /** SMTP_RELAY_URL, shared with intake's mail; without it the embedded mode captures mail in the dev outbox. */
  readonly relayUrl?: string;
  readonly webhookTimeoutMs: number;
}

/** NOTIFICATIONS_PORTAL_URL, NOTIFICATIONS_MAIL_FROM, SMTP_RELAY_URL, EMAIL_MESSAGE_ID_DOMAIN and NOTIFICATIONS_WEBHOOK_TIMEOUT_MS. */
export function loadNotificationsConfig(platform: PlatformConfig, env: NodeJS.ProcessEnv = process.env): NotificationsConfig {
  const problems: FieldError[] = [];
  const relayUrl = env.SMTP_RELAY_URL?.trim();
  if (relayUrl && !/^smtps?:\/\//.test(relayUrl)) problems.push({ field: 'SMTP_RELAY_URL', message: 'SMTP_RELAY_URL must be an smtp:// or smtps:// URL' });
  const portalUrl = env.NOTIFICATIONS_PORTAL_URL?.trim() || `http://localhost:${platform.port || 3000}`;
  if (!/^https?:\/\//.test(portalUrl)) problems.push({ field: 'NOTIFICATIONS_PORTAL_URL', message: 'NOTIFICATIONS_PORTAL_URL must be an http(s) URL' });
  const timeout = Number(env.NOTIFICATIONS_WEBHOOK_TIMEOUT_MS ?? 10_000);
  if (!Number.isInteger(timeout) || timeout < 100)
    problems.push({ field: 'NOTIFICATIONS_WEBHOOK_TIMEOUT_MS', message: 'a whole number of milliseconds from 100' });
  if (problems.length > 0) throw new ValidationFailed(problems);
  return {
    portalUrl,
    mailFrom: env.NOTIFICATIONS_MAIL_FROM?.trim() || 'Deskstream <no-reply@deskstream.local>',
    messageIdDomain: env.EMAIL_MESSAGE_ID_DOMAIN?.trim() || 'deskstream.local',
    ...(relayUrl ? { relayUrl } : {}),
    webhookTimeoutMs: timeout,
  };
}
