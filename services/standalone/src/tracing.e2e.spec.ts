import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { loadConfig, startTelemetry } from '@deskstream/platform';
import { eventually } from '@deskstream/testing';
import { startStandaloneApp, type StandaloneTestApp } from './standalone-test-app';

const parentOf = (span: ReadableSpan): string | undefined => span.parentSpanContext?.spanId;

/** The span and its ancestors among the finished spans, root first. */
function ancestry(span: ReadableSpan, spans: readonly ReadableSpan[]): ReadableSpan[] {
  const byId = new Map(spans.map((each) => [each.spanContext().spanId, each]));
  const chain: ReadableSpan[] = [];
  for (let at: ReadableSpan | undefined = span; at; at = byId.get(parentOf(at) ?? '')) chain.unshift(at);
  return chain;
}

/**
 * The server span of the HTTP request comes from the HTTP instrumentation, which patches `node:http`
 * through Node's own module loader; Jest loads modules its own way, so here the trace starts at the
 * intake command the request runs.
 */
describe('one trace per request, across every hop (embedded)', () => {
  const exporter = new InMemorySpanExporter();
  let stopTelemetry: () => Promise<void>;
  let kit: StandaloneTestApp;

  beforeAll(async () => {
    stopTelemetry = startTelemetry(loadConfig({ OTEL_SERVICE_NAME: 'deskstream-trace-test' }), { exporter });
    kit = await startStandaloneApp('tracing');
  }, 60_000);

  afterAll(async () => {
    await kit?.close();
    await stopTelemetry?.();
  });

  it('follows a portal submission through the gateway, the incidents consumer and its appends to the incident queue projection in one trace', async () => {
    const token = await kit.token('requester');
    exporter.reset();
    const submitted = await fetch(`${kit.base}/api/v1/intake/submissions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ requestType: 'something-is-broken', fields: { shortDescription: 'Scanner on floor 2 is offline', description: 'Since noon' } }),
    });
    expect(submitted.status).toBe(202);

    // Each hop ends after the hops it caused, so wait until the whole chain has finished.
    const chain = await eventually(() => {
      const spans = exporter.getFinishedSpans();
      const queueApply = spans.find((s) => s.name === 'project incidents.incident-queue.v1' && s.attributes['deskstream.event.type'] === 'IncidentOpened');
      if (!queueApply) throw new Error('the incident queue has not applied the opened incident yet');
      const found = ancestry(queueApply, spans);
      if (found[0]?.name !== 'intake submit') throw new Error(`the chain is not complete yet: ${found.map((s) => s.name).join(' < ')}`);
      return found;
    }, 20_000);

    expect(chain.map((span) => span.name)).toEqual([
      'intake submit',
      'SubmissionAccepted publish',
      'deskstream.intake.submission.v1 process',
      'incidents intake-handoff',
      'project incidents.incident-queue.v1',
    ]);
    const [traceId] = new Set(chain.map((span) => span.spanContext().traceId));
    expect(new Set(chain.map((span) => span.spanContext().traceId)).size).toBe(1);
    // The incident's own events go on: their publish and every consumer and projection downstream stay in that trace.
    // The publish ends before its consumers run: wait for both.
    await eventually(() => {
      const names = new Set(exporter.getFinishedSpans().map((s) => s.name));
      expect(['IncidentOpened publish', 'deskstream.incidents.incident.v1 process'].filter((name) => !names.has(name))).toEqual([]);
    }, 20_000);
    const caused = exporter.getFinishedSpans().filter((s) => /^(project |IncidentOpened publish|deskstream\.\S+ process)/.test(s.name));
    expect(new Set(caused.map((span) => span.spanContext().traceId))).toEqual(new Set([traceId]));
    expect(caused.map((s) => s.name)).toEqual(
      expect.arrayContaining(['IncidentOpened publish', 'deskstream.incidents.incident.v1 process', 'project incidents.incident-detail.v1']),
    );
  }, 30_000);
});
