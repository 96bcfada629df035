import { randomUUID } from 'node:crypto';
import type { LoggerService } from '@nestjs/common';
import { isSpanContextValid, trace } from '@opentelemetry/api';
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

/** Fastify logs each request received and completed through the shared logger, under a request id. */
export function fastifyLogging(logger: Logger) {
  return {
    loggerInstance: logger,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
  };
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
