import type { EventMetadata } from './metadata';

/** Revision of the last event in a stream; a stream with no events has no revision. */
export type ExpectedRevision = number | 'any' | 'no_stream' | 'stream_exists';

export interface EventToAppend {
  readonly eventId: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

export interface RecordedEvent<Type extends string = string, Data = unknown> {
  readonly eventId: string;
  readonly streamId: string;
  /** 0-based position of the event in its stream. */
  readonly revision: number;
  /** Position in the global log; strictly increasing across all streams. */
  readonly position: number;
  readonly type: Type;
  readonly data: Data;
  readonly metadata: EventMetadata;
}

export interface AppendResult {
  /** Revision of the last appended event: pass it as expectedRevision for the next append. */
  readonly nextExpectedRevision: number;
  /** Global position of the last appended event. */
  readonly position: number;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive. Defaults to the start (forwards) or the end (backwards). */
  readonly fromRevision?: number;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. Omit to start from the beginning. */
  readonly after?: number;
  readonly maxCount?: number;
}

export interface SubscriptionOptions {
  /** Exclusive: deliver events strictly after this position. Omit to start from the beginning. */
  readonly after?: number;
  /** Only streams of these categories (`<category>-<tenant>.<id>`). Omit for all. */
  readonly categories?: readonly string[];
  /**
   * Called when the handler throws (with its event), or when the subscription itself fails (a lost
   * connection: no event); it has then stopped, and nothing after the failure is delivered.
   */
  readonly onError?: (error: unknown, event?: RecordedEvent) => void;
}

/**
 * Handles one event; the next is delivered once its promise settles, or at once when it returns
 * nothing (a replay folding millions of events need not make a promise for each).
 */
export type EventHandler = (event: RecordedEvent) => Promise<void> | void;

export interface Subscription {
  /** Resolves once the subscription has delivered everything that existed when it started. */
  readonly caughtUp: Promise<void>;
  /** Stops delivery; resolves after the event in flight (if any) has been handled. */
  stop(): Promise<void>;
}

/**
 * The event store port. Appends are all-or-nothing with optimistic concurrency; reading a stream
 * that does not exist yields no events. Subscriptions catch up from a position, then go live,
 * delivering events one at a time in global order; a handler that throws stops the subscription
 * (and `onError` is told) so nothing is skipped.
 */
export interface EventStore {
  appendToStream(streamId: string, events: readonly EventToAppend[], options: { readonly expectedRevision: ExpectedRevision }): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Position of the newest event in the global log, or -1 when the log is empty. */
  headPosition(): Promise<number>;
  subscribe(handler: EventHandler, options?: SubscriptionOptions): Subscription;
  /**
   * Milliseconds: the longest recent wait between an append by this process and the delivery of
   * the event to one of its subscriptions, or the end of its handling there (DeliveryLag). Stores
   * that cannot tell leave it out.
   */
  deliveryLagMs?(): number;
  close(): Promise<void>;
}

/** Where a checkpointed subscriber (a projection, the gateway) has got to in the global log. */
export interface CheckpointStore {
  load(name: string): Promise<number | undefined>;
  save(name: string, position: number): Promise<void>;
}
