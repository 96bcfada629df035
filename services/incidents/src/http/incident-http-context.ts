import { correlationIdOf, type Principal } from '@deskstream/platform';
import type { RequestContext } from '../application/incident-use-cases';

/** Who acts and for which tenant come only from the verified principal. */
export function requestContextOf(principal: Principal, correlationHeader: string | undefined): RequestContext {
  return { principal, correlationId: correlationIdOf(correlationHeader) };
}

export { etagOf, expectedRevisionOf } from '@deskstream/platform';

export const incidentLocation = (id: string): string => `/api/v1/incidents/${id}`;
