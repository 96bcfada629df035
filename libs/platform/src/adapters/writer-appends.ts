import cluster, { type Worker } from 'node:cluster';
import {
  ConcurrencyConflict,
  type AppendResult,
  type EventHandler,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type Subscription,
  type SubscriptionOptions,
} from '@deskstream/kernel';
import type { SqliteEventStore } from '@deskstream/eventstore';
import type { ProgressSnapshot } from '../metrics/platform-metrics';

/**
 * What a process does on a shared SQLite data dir: `whole` is everything in one process (the
 * default); with `DESKSTREAM_WORKERS`, the `writer` holds the one connection that appends events and
 * runs every projection, consumer, timer and the gateway, while each `edge` serves HTTP and mail
 * (auth, validation, deciding, reads) and sends its appends to the writer.
 */
export type ProcessRole = 'whole' | 'writer' | 'edge';

/** An edge's line to its writer (the cluster IPC channel in production, a pair of functions in tests). */
export interface EdgeChannel {
  send(message: unknown): void;
  onMessage(listener: (message: unknown) => void): () => void;
}

/** The writer's side: requests from any edge, each answered to its sender, and news for all of them. */
export interface WriterChannel {
  onMessage(listener: (message: unknown, reply: (answer: unknown) => void) => void): () => void;
  broadcast(message: unknown): void;
}

interface AppendRequest {
  readonly deskstream: 'append';
  readonly id: number;
  readonly streamId: string;
  readonly events: readonly EventToAppend[];
  readonly expectedRevision: ExpectedRevision;
}

type WireError =
  | { readonly kind: 'conflict'; readonly streamId: string; readonly expected: string; readonly actual: string }
  | { readonly kind: 'error'; readonly message: string };

type WriterMessage =
  | { readonly deskstream: 'appended'; readonly id: number; readonly result: AppendResult }
  | { readonly deskstream: 'append-failed'; readonly id: number; readonly error: WireError }
  | { readonly deskstream: 'categories'; readonly categories: readonly string[] }
  | { readonly deskstream: 'progress-is'; readonly id: number; readonly progress: ProgressSnapshot }
  | { readonly deskstream: 'consumed'; readonly name: string };

/**
 * How a process reports the progress of projections, consumers and the gateway on /metrics: its own,
 * or (on an edge, which runs none of them) its writer's, asked over the channel.
 */
export interface ProcessLink {
  /** Takes this process's own progress; returns what its metrics should report. */
  shareProgress(own: () => Promise<ProgressSnapshot>): () => Promise<ProgressSnapshot>;
  /** Writer: its consumer `name` has handled a message (the edges drop what they keep of it in memory). */
  consumed(name: string): void;
  /** Edge: hears which of the writer's consumers have handled a message. */
  onConsumed(listener: (name: string) => void): void;
}

const NO_PROGRESS: ProgressSnapshot = { projections: [], gateway: null, consumers: [] };

interface ProgressRequest {
  readonly deskstream: 'progress';
  readonly id: number;
}

const isAppendRequest = (message: unknown): message is AppendRequest => (message as AppendRequest | null)?.deskstream === 'append';
const isProgressRequest = (message: unknown): message is ProgressRequest => (message as ProgressRequest | null)?.deskstream === 'progress';

const WRITER_MESSAGES = new Set(['appended', 'append-failed', 'categories', 'progress-is', 'consumed']);
const isWriterMessage = (message: unknown): message is WriterMessage => WRITER_MESSAGES.has((message as WriterMessage | null)?.deskstream as string);

function toWire(error: unknown): WireError {
  if (error instanceof ConcurrencyConflict) return { kind: 'conflict', streamId: error.streamId, expected: error.expected, actual: error.actual };
  return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
}

function fromWire(error: WireError): Error {
  // A conflict stays a conflict across the hop, so the command path retries or answers 409 as it does in one process.
  return error.kind === 'conflict'
    ? new ConcurrencyConflict(error.streamId, error.expected, error.actual)
    : new Error(`the writer process refused the append: ${error.message}`);
}

/**
 * The writer's half: appends what the edges send, in its group commit with its own appends, and tells
 * every edge which categories were appended to (its own appends too), so their subscriptions (the
 * live queue, chat, the search index) wake at once instead of at their next poll.
 */
export function serveAppends(store: SqliteEventStore, channel: WriterChannel): ProcessLink & { stop(): void } {
  let progress: () => Promise<ProgressSnapshot> = async () => NO_PROGRESS;
  const stopAnnouncing = store.onAppended((categories) => channel.broadcast({ deskstream: 'categories', categories: [...categories] }));
  const stopServing = channel.onMessage((message, reply) => {
    if (isProgressRequest(message)) {
      const { id } = message;
      progress().then(
        (snapshot) => reply({ deskstream: 'progress-is', id, progress: snapshot }),
        () => reply({ deskstream: 'progress-is', id, progress: NO_PROGRESS }),
      );
      return;
    }
    if (!isAppendRequest(message)) return;
    const { id, streamId, events, expectedRevision } = message;
    store.appendToStream(streamId, events, { expectedRevision }).then(
      (result) => reply({ deskstream: 'appended', id, result }),
      (error: unknown) => reply({ deskstream: 'append-failed', id, error: toWire(error) }),
    );
  });
  return {
    shareProgress(own) {
      progress = own;
      return own;
    },
    consumed: (name) => channel.broadcast({ deskstream: 'consumed', name }),
    onConsumed: () => undefined,
    stop() {
      stopServing();
      stopAnnouncing();
    },
  };
}

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

interface Batch {
  readonly deskstream: 'batch';
  readonly messages: readonly unknown[];
}

const isBatch = (message: unknown): message is Batch => (message as Batch | null)?.deskstream === 'batch';

/**
 * The messages sent to one process during a turn of the event loop go as one: one write to the IPC
 * pipe instead of one per append or answer (each is a system call, and under load they add up).
 */
function batching(send: (message: unknown) => void): (message: unknown) => void {
  let queue: unknown[] | null = null;
  return (message) => {
    if (!queue) {
      queue = [];
      setImmediate(() => {
        const messages = queue!;
        queue = null;
        send(messages.length === 1 ? messages[0] : ({ deskstream: 'batch', messages } satisfies Batch));
      });
    }
    queue.push(message);
  };
}

const eachOf = (message: unknown, listener: (one: unknown) => void): void => {
  if (isBatch(message)) message.messages.forEach(listener);
  else listener(message);
};

/** A cluster worker's channel to the primary. */
export function clusterEdgeChannel(): EdgeChannel {
  const send = batching((message) => {
    if (process.connected) process.send!(message);
  });
  return {
    send: (message) => {
      if (!process.send || !process.connected) throw new Error('the writer process is gone');
      send(message);
    },
    onMessage: (listener) => {
      const onMessage = (message: unknown) => eachOf(message, listener);
      process.on('message', onMessage);
      return () => process.off('message', onMessage);
    },
  };
}

/** The cluster primary's channel to its workers. */
export function clusterWriterChannel(): WriterChannel {
  const senders = new WeakMap<Worker, (message: unknown) => void>();
  const sendTo = (worker: Worker, message: unknown): void => {
    let send = senders.get(worker);
    if (!send) {
      send = batching((batch) => {
        if (worker.isConnected()) worker.send(batch as never);
      });
      senders.set(worker, send);
    }
    send(message);
  };
  return {
    onMessage: (listener) => {
      const onMessage = (worker: Worker, message: unknown) => eachOf(message, (one) => listener(one, (answer) => sendTo(worker, answer)));
      cluster.on('message', onMessage);
      return () => cluster.off('message', onMessage);
    },
    broadcast: (message) => {
      for (const worker of Object.values(cluster.workers ?? {})) if (worker?.isConnected()) sendTo(worker, message);
    },
  };
}
