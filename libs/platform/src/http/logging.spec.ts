import { Logger } from '@nestjs/common';
import { loadConfig } from '../config/platform-config';
import { withCommandSpan } from '../telemetry/command-span';
import { startTelemetry } from '../telemetry/start-telemetry';
import { createLogger, PinoNestLogger } from './logging';

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
});
