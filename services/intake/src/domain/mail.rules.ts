import { MAX_TICKET_TEXT_LENGTH } from '@deskstream/kernel';
import type { Contact } from './routing.rules';

/** The email channel's rules, pure: which mail is automated, which ticket a reply is about, our Message-IDs. */

export interface MailHeaders {
  /** The envelope sender; empty for bounces (MAIL FROM:<>). */
  readonly envelopeFrom: string;
  readonly from: string;
  readonly subject: string;
  readonly contentType: string;
  /** Lower-cased header name to its raw values. */
  readonly headers: ReadonlyMap<string, readonly string[]>;
}

const PRECEDENCE_OF_LISTS = ['bulk', 'junk', 'list', 'auto_reply'];
const SYSTEM_SENDERS = /^(mailer-daemon|postmaster)@/i;
const AUTOREPLY_HEADERS = ['x-autoreply', 'x-autorespond'];

/**
 * Why a mail must not open a ticket (RFC 3834 auto-replies, RFC 3464 bounces, list traffic, our own
 * mail coming back), or null for mail written by a person.
 */
export function automatedReason(mail: MailHeaders, isOwnDesk: (address: string) => boolean): string | null {
  const first = (name: string): string => (mail.headers.get(name)?.[0] ?? '').trim().toLowerCase();
  if (!mail.envelopeFrom) return 'bounce (null envelope sender)';
  if (SYSTEM_SENDERS.test(mail.from) || SYSTEM_SENDERS.test(mail.envelopeFrom)) return 'bounce (mailer-daemon or postmaster sender)';
  if (/^multipart\/report/i.test(mail.contentType)) return 'delivery report';
  const autoSubmitted = first('auto-submitted');
  if (autoSubmitted && autoSubmitted !== 'no') return `auto-submitted: ${autoSubmitted}`;
  const precedence = first('precedence');
  if (PRECEDENCE_OF_LISTS.includes(precedence)) return `precedence: ${precedence}`;
  if (AUTOREPLY_HEADERS.some((name) => mail.headers.has(name))) return 'auto-reply header';
  if ((mail.headers.get('x-loop') ?? []).some((value) => isOwnDesk(value.trim()))) return 'loop (X-Loop names our desk)';
  if (isOwnDesk(mail.from)) return 'loop (sent from our own desk)';
  return null;
}

const SUBJECT_REFERENCE = /\b((?:INC|REQ)\d{7,})\b/;
const ACK_ID = /^<?ds\.([a-z0-9_]+)\.((?:INC|REQ)\d{7,})\.[^@>]+@[^>]+>?$/i;

/** The Message-ID of our acknowledgement: it carries tenant and reference, so a reply finds its ticket. */
export function acknowledgementMessageId(tenantId: string, reference: string, unique: string, domain: string): string {
  return `<ds.${tenantId}.${reference}.${unique}@${domain}>`;
}

/** Splits In-Reply-To / References values into single message ids. */
export function messageIds(values: readonly string[]): string[] {
  return values.flatMap((value) => value.match(/<[^<>\s]+>/g) ?? []);
}

/**
 * The ticket a reply is about, within the tenant of the desk it reached: first from our own Message-IDs
 * in In-Reply-To / References (only those minted for this tenant), then from the subject. Null for a new mail.
 */
export function replyReference(mail: MailHeaders, tenantId: string): string | null {
  const threaded = messageIds([...(mail.headers.get('in-reply-to') ?? []), ...(mail.headers.get('references') ?? [])]);
  for (const id of threaded) {
    const match = ACK_ID.exec(id);
    if (match && match[1]!.toLowerCase() === tenantId) return match[2]!.toUpperCase();
  }
  return SUBJECT_REFERENCE.exec(mail.subject)?.[1] ?? null;
}

/** A short description fits the ticket's 200 characters; an empty subject still says where it came from. */
export function shortDescriptionOf(subject: string): string {
  const clean = subject.replace(/\s+/g, ' ').trim();
  if (!clean) return '(no subject)';
  return clean.length > 200 ? `${clean.slice(0, 197)}...` : clean;
}

/** A new mail as the routing rules see it: its subject and text, the sender's domain and the desk it was sent to. */
export function mailContact(from: string, desk: { readonly address: string; readonly requestType: string }, subject: string, text: string): Contact {
  const at = from.lastIndexOf('@');
  return {
    channel: 'email',
    requestType: desk.requestType,
    fields: { shortDescription: subject, description: text },
    senderDomain: at >= 0 ? from.slice(at + 1).toLowerCase() : null,
    mailbox: desk.address,
    labels: {},
    service: null,
  };
}

/** A mail's text as the ticket keeps it: within the ticket text limit, cut with a note saying so when longer. */
export function boundedMailText(text: string): string {
  return text.length > MAX_TICKET_TEXT_LENGTH ? `${text.slice(0, MAX_TICKET_TEXT_LENGTH - 40)}\n[message shortened by the desk]` : text;
}
