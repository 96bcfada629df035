import { ValidationFailed, type FieldError } from '@deskstream/kernel';
import type { PlatformConfig } from '@deskstream/platform';
import { DEMO_MAILBOXES, parseMailboxes, type Mailbox } from './mailbox-directory';

export interface EmailConfig {
  /** 0 picks a free port (tests); the bound one is on EmailListener.port(). */
  readonly port: number;
  readonly host: string;
  /** Whole message, as advertised with SIZE (RFC 1870); larger mail is refused with 552. */
  readonly maxMessageBytes: number;
  /** Larger attachments are left out of the ticket (and named in it), not stored. */
  readonly maxAttachmentBytes: number;
  /** The relay acknowledgements go through, e.g. smtp://relay.internal:25. Unset in embedded mode: captured to the outbox. */
  readonly relayUrl?: string;
  /** The domain our Message-IDs are minted in. */
  readonly messageIdDomain: string;
  readonly mailboxes: readonly Mailbox[];
}

const MB = 1024 * 1024;

function integer(env: NodeJS.ProcessEnv, key: string, fallback: number, problems: FieldError[]): number {
  const raw = env[key]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) problems.push({ field: key, message: `${key} must be a non-negative integer (got "${raw}")` });
  return value;
}

/**
 * The email channel's settings: SMTP_PORT (2525), SMTP_HOST (the platform's HOST), SMTP_MAX_MESSAGE_BYTES
 * (10 MB), SMTP_MAX_ATTACHMENT_BYTES (5 MB), SMTP_RELAY_URL, EMAIL_MESSAGE_ID_DOMAIN and EMAIL_MAILBOXES.
 * Without EMAIL_MAILBOXES the embedded mode serves the demo desks and production serves none.
 */
export function loadEmailConfig(platform: PlatformConfig, env: NodeJS.ProcessEnv = process.env): EmailConfig {
  const problems: FieldError[] = [];
  const port = integer(env, 'SMTP_PORT', 2525, problems);
  if (port > 65535) problems.push({ field: 'SMTP_PORT', message: 'SMTP_PORT must be at most 65535' });
  const maxMessageBytes = integer(env, 'SMTP_MAX_MESSAGE_BYTES', 10 * MB, problems);
  const maxAttachmentBytes = integer(env, 'SMTP_MAX_ATTACHMENT_BYTES', 5 * MB, problems);
  const relayUrl = env.SMTP_RELAY_URL?.trim();
  if (relayUrl && !/^smtps?:\/\//.test(relayUrl)) problems.push({ field: 'SMTP_RELAY_URL', message: 'SMTP_RELAY_URL must be an smtp:// or smtps:// URL' });
  if (platform.mode === 'production' && !relayUrl)
    problems.push({ field: 'SMTP_RELAY_URL', message: 'SMTP_RELAY_URL is required when DESKSTREAM_MODE=production' });
  let mailboxes: readonly Mailbox[] = platform.mode === 'embedded' ? DEMO_MAILBOXES : [];
  try {
    if (env.EMAIL_MAILBOXES?.trim()) mailboxes = parseMailboxes(env.EMAIL_MAILBOXES);
  } catch (error) {
    problems.push(...(error as ValidationFailed).errors);
  }
  if (problems.length > 0) throw new ValidationFailed(problems);
  return {
    port,
    host: env.SMTP_HOST?.trim() || platform.host,
    maxMessageBytes,
    maxAttachmentBytes,
    ...(relayUrl ? { relayUrl } : {}),
    messageIdDomain: env.EMAIL_MESSAGE_ID_DOMAIN?.trim() || 'deskstream.local',
    mailboxes,
  };
}
