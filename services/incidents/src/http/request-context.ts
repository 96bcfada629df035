import { randomUUID } from 'node:crypto';
import { ValidationFailed, type CommandContext } from '@deskstream/kernel';
import { currentTraceparent, type Principal } from '@deskstream/platform';
import type { TenantViewer } from '../application/service-request-queries';

/** A client may name the conversation it is part of; anything odd is replaced rather than stored. */
const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Who acts, for which tenant: only ever from the verified principal, never from the body. */
export function commandContext(principal: Principal, correlationHeader: string | string[] | undefined): CommandContext {
  const given = typeof correlationHeader === 'string' && CORRELATION_ID.test(correlationHeader) ? correlationHeader : undefined;
  const traceparent = currentTraceparent();
  return {
    tenantId: principal.tenantId,
    actor: principal.userId,
    correlationId: given ?? randomUUID(),
    ...(traceparent ? { traceparent } : {}),
  };
}

export function viewerOf(principal: Principal): TenantViewer {
  return { tenantId: principal.tenantId, userId: principal.userId, roles: principal.roles };
}

/** The revision as a strong entity tag. */
export const etagOf = (revision: number): string => `"${revision}"`;

/** If-Match names the revision the client saw; `*` (or no header) pins nothing. */
export function expectedRevisionOf(ifMatch: string | string[] | undefined): number | undefined {
  if (ifMatch === undefined || ifMatch === '*') return undefined;
  const match = typeof ifMatch === 'string' ? /^(?:W\/)?"?(\d+)"?$/.exec(ifMatch.trim()) : null;
  if (!match) throw new ValidationFailed([{ field: 'If-Match', message: 'If-Match must be an ETag from this API, e.g. "3"' }]);
  return Number(match[1]);
}

export const requestLocation = (id: string): string => `/api/v1/requests/${id}`;
