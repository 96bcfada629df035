import { SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { categoryOf, type CheckpointStore, type EventStore, type RecordedEvent, type Subscription } from '@deskstream/kernel';
import type { IntegrationBus, IntegrationEventMapper, OutgoingMessage } from './integration-bus.port';
import { contextFromTraceparent, traceparentOf } from './tracing';

export interface IntegrationGatewayDeps {
  readonly store: EventStore;
  readonly bus: IntegrationBus;
  readonly checkpoints: CheckpointStore;
  readonly mappers: readonly IntegrationEventMapper[];
  /** The checkpoint is `gateway:<name>`. Default `default`. */
  readonly name?: string;
  /** Delay before the first restart after a failure; it doubles on each further failure, up to 30 s. Default 1 s. */
  readonly restartDelayMs?: number;
  /** Told of every failure (the gateway restarts by itself); for logs and health. */
  /** A failed publish (with the event it failed on) or a failed subscription (without one); the gateway restarts either way. */
  readonly onError?: (error: unknown, event?: RecordedEvent) => void;
}

/** Checkpoint writes are batched: after this many events or this long, whichever comes first. */
const SAVE_EVERY_EVENTS = 100;
const SAVE_EVERY_MS = 1000;
const MAX_RESTART_DELAY_MS = 30_000;
const PAGE = 500;
/** A batch this large makes the subscription wait for its publish (back-pressure on a slow bus). */
const MAX_BATCH_MESSAGES = 500;

/** The events delivered during one turn of the event loop, published together with one bus.publish. */
interface Batch {
  readonly subscription: Subscription | null;
  readonly messages: OutgoingMessage[];
  readonly spans: Span[];
  readonly first: RecordedEvent;
  last: number;
  published?: Promise<void>;
}

/**
 * Publishes integration messages from committed events: a command handler only appends to its
 * stream, and this subscriber (with a checkpoint) turns what was committed into messages, so the
 * store and the bus are never written in one handler. Each event is published before the gateway
 * moves past it; a failure stops the subscription and restarts it from the last published event
 * after a backoff, so nothing is lost. The checkpoint lags a little (it is saved in batches), so after
 * a crash some messages are published again: their CloudEvent id is the event id and consumers'
 * inboxes drop the duplicates.
 *
 * The events the subscription delivers in one turn of the event loop are published with one
 * bus.publish (one transaction on the embedded bus rather than one per event); the position moves
 * past them only once that publish has succeeded, and batches are published one after another.
 */
export class IntegrationGateway {
  private readonly checkpointName: string;
  private readonly categories: ReadonlySet<string>;
  private subscription: Subscription | null = null;
  private restartTimer: NodeJS.Timeout | null = null;
  private flushTimer: NodeJS.Timeout | null = null;
  private lastPublished: number | undefined;
  private lastSaved: number | undefined;
  private unsaved = 0;
  private savedAt = 0;
  private saving: Promise<void> = Promise.resolve();
  private failures = 0;
  private running = false;
  private batch: Batch | null = null;
  /** The last batch handed to the bus (each waits for the one before it, so order is kept). */
  private publishing: Promise<void> = Promise.resolve();

  constructor(private readonly deps: IntegrationGatewayDeps) {
    this.checkpointName = `gateway:${deps.name ?? 'default'}`;
    this.categories = new Set(deps.mappers.flatMap((mapper) => mapper.categories));
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.lastPublished = this.lastSaved = await this.deps.checkpoints.load(this.checkpointName);
    this.running = true;
    this.failures = 0;
    this.flushTimer = setInterval(() => void this.flush().catch(() => undefined), SAVE_EVERY_MS);
    this.flushTimer.unref();
    this.subscribe();
  }

  /** Stops after the event in flight, and saves the checkpoint. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    if (this.flushTimer) clearInterval(this.flushTimer);
    this.restartTimer = this.flushTimer = null;
    const subscription = this.subscription;
    this.subscription = null;
    await subscription?.stop();
    // A batch not handed to the bus yet is dropped: its events are after the saved position, so they are published on the next start.
    this.batch = null;
    await this.publishing;
    await this.flush();
  }

  /** Position of the last event published (or found to publish nothing); -1 before the first. */
  position(): number {
    return this.lastPublished ?? -1;
  }

  /** Resolves once every event committed before the call (in the mappers' categories) has been published. */
  async caughtUp(): Promise<void> {
    const head = await this.deps.store.headPosition();
    while (await this.pendingUpTo(head)) {
      if (!this.running) throw new Error(`${this.checkpointName} is not running`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  private subscribe(): void {
    const subscription: Subscription = this.deps.store.subscribe((event) => this.collect(subscription, event), {
      ...(this.lastPublished === undefined ? {} : { after: this.lastPublished }),
      categories: [...this.categories],
      // A subscription already replaced (its batch failed) reports nothing more.
      onError: (error, event) => {
        if (subscription === this.subscription) this.failed(error, event);
      },
    });
    this.subscription = subscription;
  }

  private failed(error: unknown, event?: RecordedEvent): void {
    this.subscription = null;
    this.batch = null;
    this.deps.onError?.(error, event);
    if (!this.running) return;
    this.failures += 1;
    const delay = Math.min(MAX_RESTART_DELAY_MS, (this.deps.restartDelayMs ?? 1000) * 2 ** (this.failures - 1));
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      if (this.running) this.subscribe();
    }, delay);
  }

  /**
   * Adds the event's messages to this turn's batch. Events of a subscription stopped after a failure
   * are ignored: the restarted one delivers them again from the last published position.
   */
  private async collect(subscription: Subscription | null, event: RecordedEvent): Promise<void> {
    if (subscription !== this.subscription) return;
    const category = categoryOf(event.streamId);
    const messages = this.deps.mappers.filter((mapper) => mapper.categories.includes(category)).flatMap((mapper) => mapper.map(event));
    if (!this.batch) {
      this.batch = { subscription, messages: [], spans: [], first: event, last: event.position };
      setImmediate(() => void this.publishBatch().catch(() => undefined));
    }
    const batch = this.batch;
    batch.last = event.position;
    if (messages.length > 0) {
      const span = trace
        .getTracer('deskstream')
        .startSpan(
          `${event.type} publish`,
          { kind: SpanKind.PRODUCER, attributes: { 'deskstream.event.id': event.eventId, 'deskstream.event.position': event.position } },
          contextFromTraceparent(event.metadata.traceparent),
        );
      const traceparent = traceparentOf(span) ?? event.metadata.traceparent;
      batch.spans.push(span);
      batch.messages.push(...messages.map((message) => withTraceparent(message, traceparent)));
    }
    if (batch.messages.length >= MAX_BATCH_MESSAGES) await this.publishBatch();
  }

  /** Publishes the open batch after the ones before it; a failure stops the subscription and restarts it from the last published event. */
  private publishBatch(): Promise<void> {
    const batch = this.batch;
    if (!batch) return this.publishing;
    if (batch.published) return batch.published;
    this.batch = null;
    batch.published = this.publishing.then(async () => {
      if (batch.subscription !== this.subscription) return;
      try {
        if (batch.messages.length > 0) await this.deps.bus.publish(batch.messages);
      } catch (error) {
        for (const span of batch.spans) {
          span.recordException(error instanceof Error ? error : String(error));
          span.setStatus({ code: SpanStatusCode.ERROR });
          span.end();
        }
        if (batch.subscription === this.subscription) {
          void batch.subscription?.stop();
          this.failed(error, batch.first);
        }
        throw error;
      }
      for (const span of batch.spans) span.end();
      this.lastPublished = batch.last;
      this.failures = 0;
      this.unsaved += 1;
      if (this.unsaved >= SAVE_EVERY_EVENTS || Date.now() - this.savedAt >= SAVE_EVERY_MS) await this.flush();
    });
    this.publishing = batch.published.catch(() => undefined);
    return batch.published;
  }

  /** Saves the checkpoint if it moved; saves run one after another, so an older position never overwrites a newer one. */
  private flush(): Promise<void> {
    this.saving = this.saving
      .catch(() => undefined)
      .then(async () => {
        const position = this.lastPublished;
        if (position === undefined || position === this.lastSaved) return;
        await this.deps.checkpoints.save(this.checkpointName, position);
        this.lastSaved = position;
        this.unsaved = 0;
        this.savedAt = Date.now();
      });
    return this.saving;
  }

  /** True while an event of the mappers' categories at or before `head` has not been published yet. */
  private async pendingUpTo(head: number): Promise<boolean> {
    let after = this.lastPublished;
    while (after === undefined || after < head) {
      const page = await this.deps.store.readAll({ ...(after === undefined ? {} : { after }), maxCount: PAGE });
      for (const event of page) {
        if (event.position > head) return false;
        if (this.categories.has(categoryOf(event.streamId))) return true;
        after = event.position;
      }
      if (page.length < PAGE) return false;
    }
    return false;
  }
}

function withTraceparent(message: OutgoingMessage, traceparent: string | undefined): OutgoingMessage {
  return traceparent ? { ...message, headers: { ...message.headers, traceparent } } : message;
}
