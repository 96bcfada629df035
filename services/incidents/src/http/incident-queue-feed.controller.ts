import { Controller, Get, Headers, NotAcceptableException, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentPrincipal, PROBLEM_CONTENT_TYPE, type Principal } from '@deskstream/platform';
import { IncidentQueueFeed, type QueueChange } from '../application/incident-queue-feed';

export const EVENT_STREAM = 'text/event-stream';
/** A comment line this often keeps proxies and load balancers from closing an idle stream. */
const KEEP_ALIVE_MS = 20_000;
/** What a client waits before reconnecting after the stream ends. */
const RETRY_MS = 3_000;

const frame = (event: string, data: unknown, id?: number): string =>
  `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/** The incident queue's changes, pushed as server-sent events, so that queues update without polling. */
@ApiTags('incidents')
@Controller('incidents')
export class IncidentQueueFeedController {
  constructor(private readonly feed: IncidentQueueFeed) {}

  @Get('changes')
  @ApiOperation({
    summary: 'The queue as it changes: each changed incident row, pushed as a server-sent event',
    description:
      'A `text/event-stream` (send `Accept: text/event-stream` and the bearer token in the `Authorization` header, as a fetch-based ' +
      'event-source client does). First a `ready` event once the stream is live: every change committed after it arrives. Then one ' +
      "`incident` event per change, its data the queue row as `GET /incidents` lists it and its `id` the change's order. Only the " +
      "caller's tenant, and for a requester only their own tickets. A client that reconnects re-reads the queue after `ready`.",
  })
  @ApiProduces(EVENT_STREAM)
  @ApiOkResponse({ description: 'The stream of changes', content: { [EVENT_STREAM]: { schema: { type: 'string' } } } })
  @ApiResponse({
    status: 406,
    description: 'The client did not accept `text/event-stream`',
    content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
  })
  async changes(
    @CurrentPrincipal() principal: Principal,
    @Headers('accept') accept: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (!accept?.includes(EVENT_STREAM)) throw new NotAcceptableException(`This stream answers ${EVENT_STREAM} only: send Accept: ${EVENT_STREAM}`);
    const raw = reply.raw;
    // Changes that arrive while the feed goes live wait for the stream's head and its `ready` event.
    const pending: string[] = [];
    let open = false;
    let ended = false;
    const send = (text: string) => (open ? raw.write(text) : pending.push(text));
    const keepAlive = setInterval(() => send(': keep-alive\n\n'), KEEP_ALIVE_MS);
    const end = () => {
      if (ended) return;
      ended = true;
      clearInterval(keepAlive);
      if (open) raw.end();
    };
    let stop: () => Promise<void>;
    try {
      stop = await this.feed.listen(principal, { change: (change: QueueChange) => send(frame('incident', change.row, change.position)), end });
    } catch (error) {
      clearInterval(keepAlive);
      throw error;
    }
    request.raw.once('close', () => {
      end();
      void stop();
    });
    reply.hijack();
    raw.writeHead(200, {
      'content-type': `${EVENT_STREAM}; charset=utf-8`,
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    });
    open = true;
    raw.write(`retry: ${RETRY_MS}\n\n${frame('ready', {})}${pending.splice(0).join('')}`);
    if (ended) raw.end();
  }
}
