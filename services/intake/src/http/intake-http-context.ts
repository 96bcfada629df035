import { HttpException, HttpStatus } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { CommandContext } from '@deskstream/kernel';
import { correlationIdOf, currentTraceparent, RateLimited, type Principal } from '@deskstream/platform';
import { commandContextOf, type IntakeRequest } from '../application/intake-request';

/** Who acts and for which tenant come only from the verified principal. */
export function intakeRequestOf(principal: Principal, correlationHeader: string | undefined): IntakeRequest {
  const traceparent = currentTraceparent();
  return { principal, correlationId: correlationIdOf(correlationHeader), ...(traceparent ? { traceparent } : {}) };
}

/** The same, for use cases that take a kernel command context. */
export function commandContextFrom(principal: Principal, correlationHeader: string | undefined): CommandContext {
  return commandContextOf(intakeRequestOf(principal, correlationHeader));
}

/** Over the tenant's rate: 429 with Retry-After (the problem filter keeps the header), never a silent drop. */
export async function withRateLimitAnswer<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof RateLimited)) throw error;
    reply.header('retry-after', String(error.retryAfterSeconds));
    throw new HttpException(error.message, HttpStatus.TOO_MANY_REQUESTS);
  }
}
