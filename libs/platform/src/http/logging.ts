import { randomUUID } from 'node:crypto';
import type { LoggerService } from '@nestjs/common';
import { isSpanContextValid, trace } from '@opentelemetry/api';
import { createRequire } from 'node:module';
import type { FastifyAdapter } from '@nestjs/platform-fastify';
import pino, { type DestinationStream, type Level, type Logger } from 'pino';
import type { PlatformConfig } from '../config/platform-config';

/** Puts the active span's ids on every log line, so a log line leads to its trace. */
export function traceFields(): Record<string, string> {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const spanContext = span.spanContext();
  return isSpanContextValid(spanContext) ? { trace_id: spanContext.traceId, span_id: spanContext.spanId } : {};
}

/** The process's one logger: JSON lines with the service name and the active trace. */
export function createLogger(config: PlatformConfig, destination?: DestinationStream): Logger {
  const options = {
    level: config.logLevel,
    base: { service: config.telemetry.serviceName, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin: traceFields,
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * Fastify logs through the shared logger, under a request id, with request lines at the level they
 * deserve (see `RequestLogController`).
 */
export function fastifyLogging(logger: Logger, slowRequestMs: number) {
  return {
    loggerInstance: logger,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    // The same class at runtime; the type checker sees two copies of Fastify's declarations.
    logController: new RequestLogController(slowRequestMs) as unknown as AdapterLogController,
  };
}

/**
 * The Fastify that Nest's adapter runs, which may be a copy of its own rather than the workspace's:
 * Fastify accepts only a LogController of its own class.
 */
const nestFastify = createRequire(require.resolve('@nestjs/platform-fastify'))('fastify') as typeof import('fastify');
const { LogController } = nestFastify;
type LoggedRequest = Parameters<InstanceType<typeof LogController>['incomingRequest']>[0];
type LoggedReply = Parameters<InstanceType<typeof LogController>['requestCompleted']>[2];
type AdapterLogController = NonNullable<Extract<ConstructorParameters<typeof FastifyAdapter>[0], { logController?: unknown }>['logController']>;
type RequestLogger = LoggedRequest['log'] & Pick<Logger, 'isLevelEnabled'>;
const logOf = (holder: { log: unknown }) => holder.log as RequestLogger;

/**
 * Fastify writes two lines per request at info ("incoming request", "request completed"): under
 * load a JSON line per request on the hot path and tens of MB of logs per minute, for what the
 * metrics count already. Here both are at debug, and a request comes out at warn only when it failed
 * on the server's side (5xx) or took longer than `slowMs`; errors stay at error.
 */
export class RequestLogController extends LogController {
  constructor(private readonly slowMs: number) {
    super();
  }

  override incomingRequest(request: LoggedRequest): void {
    if (logOf(request).isLevelEnabled('debug')) request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(error: Error | null | undefined, request: LoggedRequest, reply: LoggedReply): void {
    if (error) return super.requestCompleted(error, request, reply);
    const slow = reply.elapsedTime > this.slowMs;
    const level = slow || reply.statusCode >= 500 ? 'warn' : 'debug';
    if (logOf(reply).isLevelEnabled(level)) reply.log[level]({ res: reply, responseTime: reply.elapsedTime }, slow ? 'slow request' : 'request completed');
  }

  override routeNotFound(request: LoggedRequest): void {
    if (logOf(request).isLevelEnabled('debug')) request.log.debug(`Route ${request.raw.method}:${request.raw.url} not found`);
  }
}

const STACK = /\n\s+at /;

/**
 * Nest's logger interface over pino, so that framework messages and `new Logger(...)` calls in
 * services come out as the same JSON lines as request logs, trace ids included. Nest passes the
 * context last, and for errors the stack first.
 */
/** Nest's start-up chatter (one line per module and per route) is for debugging, not for operators. */
const STARTUP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication']);

export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    const context = params.at(-1);
    this.write(typeof context === 'string' && STARTUP_CONTEXTS.has(context) ? 'debug' : 'info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    const strings = params.filter((p): p is string => typeof p === 'string');
    const stack = strings.find((p) => STACK.test(p));
    const context = strings.filter((p) => p !== stack).at(-1);
    const fields: Record<string, unknown> = { ...(context ? { context } : {}) };
    if (message instanceof Error) {
      this.logger[level]({ ...fields, err: message }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.logger[level]({ ...fields, data: message });
    } else {
      this.logger[level]({ ...fields, ...(stack ? { stack } : {}) }, String(message));
    }
  }
}
