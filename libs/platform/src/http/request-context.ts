import { randomUUID } from 'node:crypto';
import { ValidationFailed } from '@deskstream/kernel';

/** A client may name the conversation it is part of; anything odd is replaced rather than stored. */
const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** The X-Correlation-Id the client sent, when it is a sane one; otherwise a new conversation. */
export function correlationIdOf(header: string | readonly string[] | undefined): string {
  return typeof header === 'string' && CORRELATION_ID.test(header) ? header : randomUUID();
}

/** A record's revision as a strong entity tag. */
export const etagOf = (revision: number): string => `"${revision}"`;

/**
 * If-Match names the revision the client saw; no header (or `*`) pins nothing; anything else is a 400.
 * Settings a tenant never changed are at revision -1 (the defaults), so `"-1"` is a valid tag.
 */
export function expectedRevisionOf(ifMatch: string | readonly string[] | undefined): number | undefined {
  if (ifMatch === undefined) return undefined;
  const value = typeof ifMatch === 'string' ? ifMatch.trim() : '';
  if (value === '*') return undefined;
  const match = /^(?:W\/)?"?(-1|\d+)"?$/.exec(value);
  if (!match) throw new ValidationFailed([{ field: 'If-Match', message: 'If-Match must be an ETag from this API, e.g. "3"' }]);
  return Number(match[1]);
}
