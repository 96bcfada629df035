import type {
  AppendResult,
  EventHandler,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  Subscription,
  SubscriptionOptions,
} from '@deskstream/kernel';
import type { SqliteEventStore } from '@deskstream/eventstore';
import type { ProgressSnapshot } from '../metrics/platform-metrics';
import { fromWire, isWriterMessage, type AppendRequest, type EdgeChannel, type ProcessLink, type ProgressRequest } from './writer-link';

/** The writer's lag, as last told with an append, counts for this long: without appends, nothing is behind for long. */
const WRITER_LAG_KEPT_MS = 100;

interface Pending {
  readonly resolve: (answer: never) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * The edge's event store: reads and subscriptions on its own connection to the file (SQLite's WAL
 * lets readers work beside the writer), appends sent to the writer and acknowledged only once the
 * writer's commit is done, so what an edge acknowledges is committed, and one connection writes.
 */
export class ForwardedAppendsEventStore implements EventStore, ProcessLink {
  private lastId = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly stopListening: () => void;
  private readonly consumedListeners: ((name: string) => void)[] = [];
  private writerLag = { ms: 0, at: 0 };

  constructor(
    private readonly local: SqliteEventStore,
    private readonly channel: EdgeChannel,
  ) {
    this.stopListening = channel.onMessage((message) => this.receive(message));
  }

  appendToStream(streamId: string, events: readonly EventToAppend[], options: { readonly expectedRevision: ExpectedRevision }): Promise<AppendResult> {
    return this.ask<AppendResult>((id) => ({ deskstream: 'append', id, streamId, events, expectedRevision: options.expectedRevision }) satisfies AppendRequest);
  }

  /** The writer runs every projection, consumer and the gateway: their progress is its to report. */
  shareProgress(): () => Promise<ProgressSnapshot> {
    return () => this.ask<ProgressSnapshot>((id) => ({ deskstream: 'progress', id }) satisfies ProgressRequest);
  }

  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.local.readStream(streamId, options);
  }

  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.local.readAll(options);
  }

  headPosition(): Promise<number> {
    return this.local.headPosition();
  }

  subscribe(handler: EventHandler, options?: SubscriptionOptions): Subscription {
    return this.local.subscribe(handler, options);
  }

  /** The subscribers are the writer's: its lag, as it told it with its last append, is this process's too. */
  deliveryLagMs(): number {
    return Date.now() - this.writerLag.at < WRITER_LAG_KEPT_MS ? this.writerLag.ms : 0;
  }

  shareDeliveryLag(): void {
    // An edge runs no subscriber: it passes on the writer's lag.
  }

  consumed(): void {
    // An edge runs no consumer.
  }

  onConsumed(listener: (name: string) => void): void {
    this.consumedListeners.push(listener);
  }

  async close(): Promise<void> {
    this.stopListening();
    for (const { reject } of this.pending.values()) reject(new Error('the event store closed before the writer answered'));
    this.pending.clear();
    await this.local.close();
  }

  private ask<Answer>(request: (id: number) => AppendRequest | ProgressRequest): Promise<Answer> {
    return new Promise<Answer>((resolve, reject) => {
      this.lastId += 1;
      const id = this.lastId;
      this.pending.set(id, { resolve: resolve as (answer: never) => void, reject });
      try {
        this.channel.send(request(id));
      } catch (error) {
        this.pending.delete(id);
        reject(error);
      }
    });
  }

  private receive(message: unknown): void {
    if (!isWriterMessage(message)) return;
    if (message.deskstream === 'categories') {
      this.writerLag = { ms: message.lagMs, at: Date.now() };
      this.local.noticeAppended(message.categories);
      return;
    }
    if (message.deskstream === 'consumed') {
      for (const listener of this.consumedListeners) listener(message.name);
      return;
    }
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    this.pending.delete(message.id);
    if (message.deskstream === 'appended') waiting.resolve(message.result as never);
    else if (message.deskstream === 'progress-is') waiting.resolve(message.progress as never);
    else waiting.reject(fromWire(message.error));
  }
}
