import { randomUUID } from 'node:crypto';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Unauthenticated, ValidationFailed } from '@deskstream/kernel';
import type { Principal } from '@deskstream/platform';
import type { RequestContext } from '../application/request-context';

/** A client may name the conversation it is part of; anything odd is replaced rather than stored. */
const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export function requestContextOf(principal: Principal, correlationHeader: string | undefined): RequestContext {
  const given = correlationHeader !== undefined && CORRELATION_ID.test(correlationHeader) ? correlationHeader : undefined;
  return { principal, correlationId: given ?? randomUUID() };
}

export const etagOf = (revision: number): string => `"${revision}"`;

/** If-Match names the revision the client saw; no header (or `*`) pins nothing. */
export function expectedRevisionOf(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined || ifMatch.trim() === '*') return undefined;
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(ifMatch.trim());
  if (!match) throw new ValidationFailed([{ field: 'If-Match', message: 'If-Match must be an ETag from this API, e.g. "3"' }]);
  return Number(match[1]);
}

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
