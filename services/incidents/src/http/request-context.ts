import type { CommandContext } from '@deskstream/kernel';
import { correlationIdOf, currentTraceparent, type Principal } from '@deskstream/platform';
import type { TenantViewer } from '../application/service-request-queries';

/** Who acts, for which tenant: only ever from the verified principal, never from the body. */
export function commandContext(principal: Principal, correlationHeader: string | string[] | undefined): CommandContext {
  const traceparent = currentTraceparent();
  return {
    tenantId: principal.tenantId,
    actor: principal.userId,
    correlationId: correlationIdOf(correlationHeader),
    ...(traceparent ? { traceparent } : {}),
  };
}

export function viewerOf(principal: Principal): TenantViewer {
  return { tenantId: principal.tenantId, userId: principal.userId, roles: principal.roles };
}

export { etagOf, expectedRevisionOf } from '@deskstream/platform';

export const requestLocation = (id: string): string => `/api/v1/requests/${id}`;
