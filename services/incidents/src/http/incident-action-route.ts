import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Unauthenticated } from '@deskstream/kernel';
import type { Principal } from '@deskstream/platform';
import type { ActionInputs } from '../application/incident-actions';
import type { CommandReceipt, IncidentUseCases } from '../application/incident-use-cases';
import type { IncidentAction } from '../domain/lifecycle.rules';
import { etagOf, expectedRevisionOf, requestContextOf } from './incident-http-context';

export interface ActionRequest {
  readonly principal: Principal;
  readonly idOrReference: string;
  readonly ifMatch: string | undefined;
  readonly correlationId: string | undefined;
  readonly reply: FastifyReply;
}

const header = (request: FastifyRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

const documentTarget = ApiParam({
  name: 'idOrReference',
  description: 'The incident id, or its reference (INC0001001)',
  schema: { type: 'string' },
});

/**
 * Everything an action route needs from the request: the verified principal, the target, If-Match, the reply.
 * The decorator also declares the `{idOrReference}` path parameter in the OpenAPI document, for every
 * route that takes the request this way.
 */
export const ActionRequestOf = createParamDecorator(
  (_: unknown, context: ExecutionContext): ActionRequest => {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest & { principal?: Principal; params: Record<string, string> }>();
    if (!request.principal) throw new Unauthenticated('This route needs an authenticated principal');
    return {
      principal: request.principal,
      idOrReference: request.params.idOrReference ?? '',
      ifMatch: header(request, 'if-match'),
      correlationId: header(request, 'x-correlation-id'),
      reply: http.getResponse<FastifyReply>(),
    };
  },
  [
    (target, key) => {
      if (key !== undefined) documentTarget(target, key, Object.getOwnPropertyDescriptor(target, key)!);
    },
  ],
);

/** The shape every `POST /incidents/{id}/{action}` shares: If-Match in, receipt and ETag out. */
export async function runAction<A extends IncidentAction>(
  useCases: IncidentUseCases,
  request: ActionRequest,
  action: A,
  input: ActionInputs[A],
): Promise<CommandReceipt> {
  const expectedRevision = expectedRevisionOf(request.ifMatch);
  const receipt = await useCases.act(requestContextOf(request.principal, request.correlationId), request.idOrReference, action, input, expectedRevision);
  request.reply.header('ETag', etagOf(receipt.revision));
  return receipt;
}
