import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';
import { etagOf } from './request-context';

const revisionOf = (body: unknown): number | undefined => {
  const revision = body !== null && typeof body === 'object' ? (body as { revision?: unknown }).revision : undefined;
  return typeof revision === 'number' && Number.isInteger(revision) ? revision : undefined;
};

const matches = (ifNoneMatch: string | string[] | undefined, etag: string): boolean =>
  typeof ifNoneMatch === 'string' && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*');

/**
 * Every answer that is one versioned resource (a body with an integer `revision`) carries its ETag,
 * and a GET whose If-None-Match names the current one is answered 304 with no body: one rule for
 * tickets, settings, request types, calendars and definitions alike.
 */
export class EntityTagsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    return next.handle().pipe(
      map((body: unknown) => {
        const revision = revisionOf(body);
        if (revision === undefined || reply.statusCode >= 300) return body;
        if (!reply.getHeader('etag')) reply.header('ETag', etagOf(revision));
        const etag = String(reply.getHeader('etag'));
        if (request.method === 'GET' && matches(request.headers['if-none-match'], etag)) {
          reply.status(304);
          return undefined;
        }
        return body;
      }),
    );
  }
}
