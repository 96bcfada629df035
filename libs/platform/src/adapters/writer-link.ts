import { ConcurrencyConflict, type AppendResult, type EventToAppend, type ExpectedRevision } from '@deskstream/kernel';
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

export interface AppendRequest {
  readonly deskstream: 'append';
  readonly id: number;
  readonly streamId: string;
  readonly events: readonly EventToAppend[];
  readonly expectedRevision: ExpectedRevision;
}

export type WireError =
  | { readonly kind: 'conflict'; readonly streamId: string; readonly expected: string; readonly actual: string }
  | { readonly kind: 'error'; readonly message: string };

export type WriterMessage =
  | { readonly deskstream: 'appended'; readonly id: number; readonly result: AppendResult }
  | { readonly deskstream: 'append-failed'; readonly id: number; readonly error: WireError }
  | { readonly deskstream: 'categories'; readonly categories: readonly string[]; readonly lagMs: number }
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
  /** Writer: how far behind its subscribers are (the admission gate's figure), told to the edges with each append. */
  shareDeliveryLag(lagMs: () => number): void;
}

export const NO_PROGRESS: ProgressSnapshot = { projections: [], gateway: null, consumers: [] };

export interface ProgressRequest {
  readonly deskstream: 'progress';
  readonly id: number;
}

export const isAppendRequest = (message: unknown): message is AppendRequest => (message as AppendRequest | null)?.deskstream === 'append';
export const isProgressRequest = (message: unknown): message is ProgressRequest => (message as ProgressRequest | null)?.deskstream === 'progress';

const WRITER_MESSAGES = new Set(['appended', 'append-failed', 'categories', 'progress-is', 'consumed']);
export const isWriterMessage = (message: unknown): message is WriterMessage => WRITER_MESSAGES.has((message as WriterMessage | null)?.deskstream as string);

export function toWire(error: unknown): WireError {
  if (error instanceof ConcurrencyConflict) return { kind: 'conflict', streamId: error.streamId, expected: error.expected, actual: error.actual };
  return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
}

export function fromWire(error: WireError): Error {
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
  let deliveryLag = () => 0;
  const stopAnnouncing = store.onAppended((categories) => channel.broadcast({ deskstream: 'categories', categories: [...categories], lagMs: deliveryLag() }));
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
    shareDeliveryLag(lagMs) {
      deliveryLag = lagMs;
    },
    stop() {
      stopServing();
      stopAnnouncing();
    },
  };
}
