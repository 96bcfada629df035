import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { NodeSDK } from '@opentelemetry/sdk-node';
import {
  BatchSpanProcessor,
  ConsoleSpanExporter,
  NoopSpanProcessor,
  SimpleSpanProcessor,
  type SpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import type { PlatformConfig } from '../config/platform-config';

/** Probes and scrapes would drown the traces that matter. */
const UNTRACED_PATHS = /^\/(health|metrics)(\/|\?|$)/;

function spanProcessorFor(telemetry: PlatformConfig['telemetry']): SpanProcessor {
  switch (telemetry.tracesExporter) {
    case 'otlp':
      return new BatchSpanProcessor(new OTLPTraceExporter(telemetry.otlpEndpoint ? { url: `${telemetry.otlpEndpoint.replace(/\/+$/, '')}/v1/traces` } : {}));
    case 'console':
      return new SimpleSpanProcessor(new ConsoleSpanExporter());
    case 'none':
      // Spans are still created (trace ids in logs, traceparent in event metadata), just not exported.
      return new NoopSpanProcessor();
  }
}

export interface TelemetryOptions {
  /** Takes every finished span instead of the configured exporter (a suite's in-memory exporter). */
  readonly exporter?: SpanExporter;
}

/**
 * Starts the OpenTelemetry SDK: W3C trace context, incoming/outgoing HTTP spans, and the exporter the
 * configuration names. Call it first in a main.ts. Metrics and logs stay with Prometheus and pino:
 * the SDK's own readers are switched off.
 */
export function startTelemetry(config: Pick<PlatformConfig, 'telemetry'>, options: TelemetryOptions = {}): () => Promise<void> {
  const sdk = new NodeSDK({
    serviceName: config.telemetry.serviceName,
    textMapPropagator: new W3CTraceContextPropagator(),
    spanProcessors: [options.exporter ? new SimpleSpanProcessor(options.exporter) : spanProcessorFor(config.telemetry)],
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [new HttpInstrumentation({ ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.test(request.url ?? '') })],
  });
  sdk.start();
  // The instrumentation patches `http` when it is next required. Importing this module has already
  // loaded Nest and Fastify (and `http` with them), so require it again now: the patch lands on the
  // shared module object, which the server Fastify creates later uses.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('node:http');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('node:https');
  return () => sdk.shutdown();
}
