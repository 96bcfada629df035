import { context, propagation, ROOT_CONTEXT, SpanStatusCode } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { currentTraceparent, withCommandSpan } from './command-span';
import { startTelemetry } from './start-telemetry';

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/;

describe('command spans', () => {
  let stop: () => Promise<void>;
  beforeAll(() => {
    stop = startTelemetry({ telemetry: { serviceName: 'deskstream-test', tracesExporter: 'none' } });
  });
  afterAll(() => stop());

  it('has no traceparent outside a span', () => {
    expect(currentTraceparent()).toBeUndefined();
  });

  it('makes the command span the active one, so its traceparent goes into event metadata', async () => {
    const { traceparent, span } = await withCommandSpan('OpenIncident', { 'deskstream.tenant': 'acme' }, async (s) => ({
      traceparent: currentTraceparent(),
      span: s as unknown as ReadableSpan,
    }));
    const [, traceId, spanId] = TRACEPARENT.exec(traceparent ?? '') ?? [];
    expect(traceId).toBe(span.spanContext().traceId);
    expect(spanId).toBe(span.spanContext().spanId);
    expect(span.name).toBe('OpenIncident');
    expect(span.attributes).toEqual({ 'deskstream.tenant': 'acme' });
    expect(span.ended).toBe(true);
  });

  it('continues the trace of the request (or message) that caused the command', async () => {
    const incoming = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const parent = propagation.extract(ROOT_CONTEXT, { traceparent: incoming });
    const traceparent = await context.with(parent, () => withCommandSpan('AssignIncident', {}, async () => currentTraceparent()));
    expect(traceparent).toMatch(/^00-0af7651916cd43dd8448eb211c80319c-(?!b7ad6b7169203331)[0-9a-f]{16}-01$/);
  });

  it('records a failure on the span and rethrows it unchanged', async () => {
    const failure = new Error('stream moved on');
    let span: ReadableSpan | undefined;
    await expect(
      withCommandSpan('ResolveIncident', {}, async (s) => {
        span = s as unknown as ReadableSpan;
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(span?.status).toEqual({ code: SpanStatusCode.ERROR, message: 'stream moved on' });
    expect(span?.events.map((e) => e.name)).toEqual(['exception']);
    expect(span?.ended).toBe(true);
  });
});
