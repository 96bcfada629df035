import { createHash } from 'node:crypto';
import { simpleParser, type AddressObject } from 'mailparser';
import type { MailHeaders } from '../domain/mail.rules';
import { normaliseAddress } from './mailbox-directory';

export interface InboundAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly content: Buffer;
}

/** A received mail, parsed: what the channel's rules and the ticket need, nothing of the MIME tree. */
export interface InboundMail extends MailHeaders {
  /** The Message-ID, or a digest of the whole message for mail that has none (so a re-send is still recognised). */
  readonly messageId: string;
  readonly text: string;
  readonly attachments: readonly InboundAttachment[];
}

/** Mail we refuse outright (5xx): nothing is created for it. */
export class MalformedMail extends Error {
  override readonly name = 'MalformedMail';
}

const ADDRESS = /^[^\s@<>]+@[^\s@<>]+$/;

const unfold = (line: string): string =>
  line
    .slice(line.indexOf(':') + 1)
    .replace(/\r?\n[ \t]+/g, ' ')
    .trim();

function firstAddress(from: AddressObject | undefined): string {
  return normaliseAddress(from?.value.find((entry) => entry.address)?.address ?? '');
}

/** Parses with mailparser; a mail without a usable From address, or one it cannot read, is malformed. */
export async function parseInboundMail(raw: Buffer, envelopeFrom: string): Promise<InboundMail> {
  const parsed = await simpleParser(raw, { skipHtmlToText: false, skipTextToHtml: true, skipTextLinks: true }).catch((error: unknown) => {
    throw new MalformedMail(`unreadable message: ${String(error)}`);
  });
  if (parsed.headerLines.length === 0) throw new MalformedMail('message has no header section');
  const from = firstAddress(parsed.from);
  if (!ADDRESS.test(from)) throw new MalformedMail('message has no valid From address');
  const headers = new Map<string, string[]>();
  for (const { key, line } of parsed.headerLines) headers.set(key, [...(headers.get(key) ?? []), unfold(line)]);
  const messageId = parsed.messageId?.trim() || `<sha256.${createHash('sha256').update(raw).digest('hex')}@no-message-id>`;
  return {
    envelopeFrom: normaliseAddress(envelopeFrom),
    from,
    subject: parsed.subject ?? '',
    contentType: headers.get('content-type')?.[0] ?? 'text/plain',
    headers,
    messageId,
    text: (parsed.text ?? '').trim(),
    attachments: parsed.attachments
      .filter((attachment) => !attachment.related)
      .map((attachment) => ({
        filename: attachment.filename ?? 'attachment',
        contentType: attachment.contentType,
        content: attachment.content,
      })),
  };
}
