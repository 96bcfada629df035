import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ConsumerLag } from '@deskstream/messaging';
import { registerDeskMetrics, type DeskObservation } from './desk-metrics';

export interface SubscriberProgress {
  readonly name: string;
  /** Last global position applied; -1 before the first event. */
  readonly position: number;
  /** Events of the subscriber's own categories not applied yet (ProjectionRunner.lag). */
  readonly lag: number;
}

/** Where the checkpointed subscribers are, read at scrape time so the numbers are never stale. */
export interface ProgressSnapshot {
  readonly projections: readonly SubscriberProgress[];
  /** Null when no module contributed an integration mapper (no gateway runs). */
  readonly gateway: { readonly position: number } | null;
  /** Messages each consumer group of this process has yet to handle, per topic. */
  readonly consumers: readonly ConsumerLag[];
}

/** What the admission gate lets the metrics read: the background's delivery lag and the commands it held. */
export interface AdmissionObservation {
  readonly lagMs: () => number;
  readonly held: () => number;
}

const NO_PROGRESS: ProgressSnapshot = { projections: [], gateway: null, consumers: [] };

/**
 * The process's Prometheus registry. Its own registry rather than prom-client's global one, so
 * several apps in one process (tests) do not clash over metric names.
 */
@Injectable()
export class PlatformMetrics {
  readonly registry = new Registry();
  readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
  readonly commands: Counter<'service' | 'command' | 'outcome'>;
  private progress: () => Promise<ProgressSnapshot> = async () => NO_PROGRESS;
  private desk: DeskObservation = { sources: [], tenants: async () => [] };
  private admission: AdmissionObservation = { lagMs: () => 0, held: () => 0 };

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.httpRequests = new Counter({
      name: 'deskstream_http_requests_total',
      help: 'HTTP requests served, by route template and status code',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    this.httpDuration = new Histogram({
      name: 'deskstream_http_request_duration_seconds',
      help: 'Time to serve an HTTP request',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.commands = new Counter({
      name: 'deskstream_commands_total',
      help: 'Commands handled, by service, command and outcome',
      labelNames: ['service', 'command', 'outcome'],
      registers,
    });
    registerDeskMetrics(this.registry, () => this.desk);
    const snapshot = () => this.progress();
    new Gauge({
      name: 'deskstream_projection_lag_events',
      help: 'Events of the categories a projection follows that it has not applied yet',
      labelNames: ['projection'],
      registers,
      async collect() {
        const { projections } = await snapshot();
        this.reset();
        for (const p of projections) this.set({ projection: p.name }, p.lag);
      },
    });
    new Gauge({
      name: 'deskstream_consumer_lag_messages',
      help: 'Messages published to a topic that a consumer group of this process has not handled yet (Kafka or the embedded bus)',
      labelNames: ['group', 'topic'],
      registers,
      async collect() {
        const { consumers } = await snapshot();
        this.reset();
        for (const c of consumers) this.set({ group: c.groupId, topic: c.topic }, c.messages);
      },
    });
    new Gauge({
      name: 'deskstream_projection_position',
      help: 'Global log position of the last event a projection applied',
      labelNames: ['projection'],
      registers,
      async collect() {
        const { projections } = await snapshot();
        this.reset();
        for (const p of projections) this.set({ projection: p.name }, p.position);
      },
    });
    const admission = () => this.admission;
    new Gauge({
      name: 'deskstream_delivery_lag_seconds',
      help: 'Longest recent wait between an append or publish by this process and its delivery to a subscriber (the admission gate holds commands above its limit)',
      registers,
      collect() {
        this.set(admission().lagMs() / 1000);
      },
    });
    new Gauge({
      name: 'deskstream_admission_held_commands',
      help: 'Commands the admission gate has held since the process started, while the background was behind',
      registers,
      collect() {
        this.set(admission().held());
      },
    });
    new Gauge({
      name: 'deskstream_gateway_position',
      help: 'Global log position of the last event the integration gateway published',
      registers,
      async collect() {
        const { gateway } = await snapshot();
        this.reset();
        if (gateway) this.set(gateway.position);
      },
    });
  }

  /** The runtime tells the metrics where to read subscriber progress from. */
  observeProgress(source: () => Promise<ProgressSnapshot>): void {
    this.progress = source;
  }

  /** The platform tells the metrics where the admission gate's figures come from. */
  observeAdmission(admission: AdmissionObservation): void {
    this.admission = admission;
  }

  /** The platform tells the metrics which services contributed desk figures, and which tenants there are. */
  observeDesk(desk: DeskObservation): void {
    this.desk = desk;
  }

  observeHttp(method: string, route: string, status: number, seconds: number): void {
    const labels = { method, route, status: String(status) };
    this.httpRequests.inc(labels);
    this.httpDuration.observe(labels, seconds);
  }

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
