import { randomUUID } from 'node:crypto';
import type { Principal } from '@deskstream/platform';
import type { SlaRequestContext } from '../application/sla-context';

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Tenant and actor only from the verified principal; a client-named correlation id when it is sane. */
export function slaContextOf(principal: Principal, correlationHeader?: string): SlaRequestContext {
  const given = correlationHeader !== undefined && CORRELATION_ID.test(correlationHeader) ? correlationHeader : undefined;
  return { tenantId: principal.tenantId, userId: principal.userId, correlationId: given ?? randomUUID() };
}
