import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';
import type { DeliveredMessage } from './integration-bus.port';

const tracer = () => trace.getTracer('deskstream');

/** The context a W3C `traceparent` names, or the active one when there is none. */
export function contextFromTraceparent(traceparent: string | undefined): Context {
  return traceparent ? propagation.extract(ROOT_CONTEXT, { traceparent }) : context.active();
}

/**
 * The `traceparent` of a span, computed from the span itself rather than the active context, so
 * that it is right even where no context manager is installed.
 */
export function traceparentOf(span: Span): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(trace.setSpan(ROOT_CONTEXT, span), carrier);
  return carrier.traceparent;
}

/** Runs fn in a span that ends with fn, marked as an error when fn throws. */
export function inSpan<T>(
  name: string,
  options: { kind: SpanKind; parent: Context; attributes?: Record<string, string | number> },
  fn: (span: Span) => Promise<T>,
): Promise<T> {
  return tracer().startActiveSpan(name, { kind: options.kind, attributes: options.attributes ?? {} }, options.parent, async (span) => {
    try {
      return await fn(span);
    } catch (error) {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** A consumer span per delivered message, child of the producer's `traceparent` header (or the CloudEvent's own attribute). */
export function consumeInSpan(message: DeliveredMessage, fn: () => Promise<void>): Promise<void> {
  return inSpan(
    `${message.topic} process`,
    {
      kind: SpanKind.CONSUMER,
      parent: contextFromTraceparent(message.headers.traceparent ?? message.event.traceparent),
      attributes: {
        'messaging.destination.name': message.topic,
        'messaging.destination.partition.id': String(message.partition),
        'messaging.message.id': message.event.id,
        'messaging.operation.type': 'process',
      },
    },
    fn,
  );
}
