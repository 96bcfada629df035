import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyError } from 'fastify';
import { PROBLEM_CONTENT_TYPE, statusProblemType } from './problem-details';

/**
 * Errors Fastify and Node answer before any route runs (a bad URL, a slow or oversized request, a
 * request arriving while the server drains) get the same RFC 9457 body as everything else.
 */

const problemBody = (status: number, detail: string, instance?: string): string =>
  JSON.stringify({ type: statusProblemType(status), title: STATUS_CODES[status] ?? 'Error', status, detail, ...(instance ? { instance } : {}) });

/** What Node reports on the socket, as a status and a reason the client can act on. */
function clientErrorStatus(error: NodeJS.ErrnoException): { status: number; detail: string } {
  switch (error.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, detail: 'The request did not arrive in time' };
    case 'HPE_HEADER_OVERFLOW':
      return { status: 431, detail: 'The request line and headers exceed the allowed size' };
    default:
      return { status: 400, detail: 'The request is not valid HTTP' };
  }
}

/** Fastify's `clientErrorHandler`: the socket has no request object yet, so the answer is written raw. */
export function problemClientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const { status, detail } = clientErrorStatus(error);
  const body = problemBody(status, detail);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/** Fastify's `frameworkErrors`: malformed percent-encoding (400), a path parameter over its length (414). */
/** What of Fastify's reply this needs: its raw response (HTTP/1 or 2), written directly as Fastify's own answer is. */
interface RawReply {
  readonly raw: { writeHead(status: number, headers: Record<string, string | number>): unknown; end(body: string): unknown };
}

export function problemFrameworkErrors(error: FastifyError, _request: unknown, reply: RawReply): void {
  const status = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : (error.statusCode ?? 400);
  const detail =
    error.code === 'FST_ERR_BAD_URL'
      ? 'The URL has malformed percent-encoding'
      : status === 414
        ? 'A path segment is longer than allowed'
        : 'The request could not be routed';
  // No instance: the URL is what is wrong, and echoing a long one would amplify the request.
  const body = problemBody(status, detail);
  reply.raw.writeHead(status, { 'content-type': PROBLEM_CONTENT_TYPE, 'content-length': Buffer.byteLength(body), 'x-content-type-options': 'nosniff' });
  reply.raw.end(body);
}

/**
 * Fastify answers requests arriving on open connections while it drains with a JSON 503 of its own
 * (`return503OnClosing`, turned off in the adapter options); this answers them with problem+json.
 */
export function answerProblemWhileClosing(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  let closing = false;
  fastify.addHook('preClose', async () => {
    closing = true;
  });
  fastify.addHook('onRequest', async (request, reply) => {
    if (!closing) return;
    await reply
      .status(503)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .header('connection', 'close')
      .header('retry-after', '1')
      .send(problemBody(503, 'The server is shutting down; retry on another instance or shortly', request.url.split('?')[0]));
  });
}
