import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Unauthenticated } from '@deskstream/kernel';
import { correlationIdOf, expectedRevisionOf, type Principal } from '@deskstream/platform';
import type { RequestContext } from '../application/request-context';

export function requestContextOf(principal: Principal, correlationHeader: string | undefined): RequestContext {
  return { principal, correlationId: correlationIdOf(correlationHeader) };
}

export { etagOf, expectedRevisionOf } from '@deskstream/platform';

export const problemLocation = (id: string): string => `/api/v1/problems/${id}`;

export interface RouteRequest {
  readonly context: RequestContext;
  readonly param: string;
  readonly expectedRevision: number | undefined;
  readonly reply: FastifyReply;
}

const header = (request: FastifyRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** The verified principal, the target in the path, If-Match and the reply, as every problem route needs them. */
export const RouteRequestOf = createParamDecorator((paramName: string, context: ExecutionContext): RouteRequest => {
  const http = context.switchToHttp();
  const request = http.getRequest<FastifyRequest & { principal?: Principal; params: Record<string, string> }>();
  if (!request.principal) throw new Unauthenticated('This route needs an authenticated principal');
  return {
    context: requestContextOf(request.principal, header(request, 'x-correlation-id')),
    param: request.params[paramName ?? 'idOrReference'] ?? '',
    expectedRevision: expectedRevisionOf(header(request, 'if-match')),
    reply: http.getResponse<FastifyReply>(),
  };
});
