import { Logger } from '@nestjs/common';
import { loadConfig } from '../config/platform-config';
import { withCommandSpan } from '../telemetry/command-span';
import { startTelemetry } from '../telemetry/start-telemetry';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { createLogger, fastifyLogging, PinoNestLogger } from './logging';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) };
  return { lines, destination };
}

describe('logging', () => {
  const config = loadConfig({ OTEL_SERVICE_NAME: 'deskstream-test', LOG_LEVEL: 'info' });
  let stopTelemetry: () => Promise<void>;
  beforeAll(() => {
    stopTelemetry = startTelemetry(config);
  });
  afterAll(() => stopTelemetry());

  it('writes Nest log calls as JSON lines with the service, the context and the active trace', async () => {
    const { lines, destination } = capture();
    const logger = new PinoNestLogger(createLogger(config, destination));
    const traceId = await withCommandSpan('OpenIncident', {}, async (span) => {
      logger.log('incident opened', 'IncidentsService');
      return span.spanContext().traceId;
    });
    expect(lines).toEqual([
      expect.objectContaining({ level: 30, service: 'deskstream-test', context: 'IncidentsService', msg: 'incident opened', trace_id: traceId }),
    ]);
    expect(lines[0]?.time).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('keeps the stack of an error apart from its context, and honours the level', () => {
    const { lines, destination } = capture();
    const logger = new PinoNestLogger(createLogger(config, destination));
    const stack = new Error('boom').stack!;
    logger.error('request failed', stack, 'ProblemDetails');
    logger.debug('too chatty for info', 'Anything');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50, context: 'ProblemDetails', msg: 'request failed', stack });
    expect(lines[0]).not.toHaveProperty('trace_id');
  });

  it('is what Nest Logger instances write through once installed', () => {
    const { lines, destination } = capture();
    Logger.overrideLogger(new PinoNestLogger(createLogger(config, destination)));
    new Logger('PlatformRuntime').warn('projection lagging');
    expect(lines).toEqual([expect.objectContaining({ level: 40, context: 'PlatformRuntime', msg: 'projection lagging' })]);
  });

  describe('request logs', () => {
    // The slow threshold sits far above what a quick request takes even on a busy machine; only the
    // slow route, which waits past it, can cross it.
    const slowMs = 1000;
    async function served(level: string) {
      const { lines, destination } = capture();
      const app = new FastifyAdapter(fastifyLogging(createLogger(loadConfig({ LOG_LEVEL: level }), destination), slowMs)).getInstance();
      app.get('/fast', async () => ({ ok: true }));
      app.get('/slow', async () => new Promise((done) => setTimeout(() => done({ ok: true }), slowMs + 50)));
      app.get('/broken', async () => {
        throw new Error('store unavailable');
      });
      await app.ready();
      return { app, lines };
    }

    it('writes nothing for a request that went well at the default level, a warn line for a slow one, the error and a warn line for a failed one', async () => {
      const { app, lines } = await served('info');
      for (const url of ['/fast', '/fast', '/slow', '/broken']) await app.inject({ method: 'GET', url });
      await app.close();
      expect(lines.filter((line) => line.res !== undefined)).toEqual([
        expect.objectContaining({ level: 40, msg: 'slow request', res: { statusCode: 200 }, reqId: expect.any(String) }),
        expect.objectContaining({ level: 50, msg: 'store unavailable', res: { statusCode: 500 } }),
        expect.objectContaining({ level: 40, msg: 'request completed', res: { statusCode: 500 } }),
      ]);
      expect(lines.some((line) => line.msg === 'incoming request')).toBe(false);
    });

    it('writes one debug line per request when asked for debug', async () => {
      const { app, lines } = await served('debug');
      await app.inject({ method: 'GET', url: '/fast' });
      await app.close();
      expect(lines.filter((line) => line.msg === 'incoming request' || line.msg === 'request completed')).toEqual([
        expect.objectContaining({ level: 20, msg: 'incoming request', req: expect.objectContaining({ method: 'GET', url: '/fast' }) }),
        expect.objectContaining({ level: 20, msg: 'request completed', res: { statusCode: 200 }, responseTime: expect.any(Number) }),
      ]);
    });
  });
});
