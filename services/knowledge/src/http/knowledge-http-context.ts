import { correlationIdOf, currentTraceparent, type Principal } from '@deskstream/platform';
import type { KnowledgeViewer } from '../application/article-queries';
import type { KnowledgeCaller } from '../application/article-use-cases';

/** Who acts and for which tenant come only from the verified principal. */
export function callerOf(principal: Principal, correlationHeader: string | undefined): KnowledgeCaller {
  const correlationId = correlationIdOf(correlationHeader);
  const traceparent = currentTraceparent();
  return { tenantId: principal.tenantId, userId: principal.userId, roles: principal.roles, correlationId, ...(traceparent ? { traceparent } : {}) };
}

export const viewerOf = (principal: Principal): KnowledgeViewer => ({ tenantId: principal.tenantId, userId: principal.userId, roles: principal.roles });

export { etagOf, expectedRevisionOf } from '@deskstream/platform';

export const articleLocation = (id: string): string => `/api/v1/knowledge/articles/${id}`;
