import { randomUUID } from 'node:crypto';
import { ValidationFailed } from '@deskstream/kernel';
import { currentTraceparent, type Principal } from '@deskstream/platform';
import type { KnowledgeViewer } from '../application/article-queries';
import type { KnowledgeCaller } from '../application/article-use-cases';

/** A client may name the conversation it is part of; anything odd is replaced rather than stored. */
const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Who acts and for which tenant come only from the verified principal. */
export function callerOf(principal: Principal, correlationHeader: string | undefined): KnowledgeCaller {
  const correlationId = correlationHeader !== undefined && CORRELATION_ID.test(correlationHeader) ? correlationHeader : randomUUID();
  const traceparent = currentTraceparent();
  return { tenantId: principal.tenantId, userId: principal.userId, roles: principal.roles, correlationId, ...(traceparent ? { traceparent } : {}) };
}

export const viewerOf = (principal: Principal): KnowledgeViewer => ({ tenantId: principal.tenantId, userId: principal.userId, roles: principal.roles });

export const etagOf = (revision: number): string => `"${revision}"`;

/** If-Match names the revision the client saw; no header (or `*`) pins nothing. */
export function expectedRevisionOf(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined || ifMatch.trim() === '*') return undefined;
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(ifMatch.trim());
  if (!match) throw new ValidationFailed([{ field: 'If-Match', message: 'If-Match must be an ETag from this API, e.g. "3"' }]);
  return Number(match[1]);
}

export const articleLocation = (id: string): string => `/api/v1/knowledge/articles/${id}`;
