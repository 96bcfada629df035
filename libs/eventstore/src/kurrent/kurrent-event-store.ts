import {
  BACKWARDS,
  DeadlineExceededError,
  END,
  excludeSystemEvents,
  FORWARDS,
  KurrentDBClient,
  START,
  StreamDeletedError,
  streamNameFilter,
  StreamNotFoundError,
  StreamTombstonedError,
  TimeoutError,
  UnavailableError,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type Filter,
  type ReadRevision,
  type ResolvedEvent,
} from '@kurrent/kurrentdb-client';
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
  tenantStreamsPattern,
} from '@deskstream/kernel';
import { describeExpected } from '../expected-revision';
import { OpenSubscriptions } from '../open-subscriptions';
import { describeActual, positionOf, toEventData, toKurrentPosition, toRecorded, toStreamState } from './kurrent-mapping';
import { kurrentSubscription } from './kurrent-subscription';

/** Attempts of an append that fails in transit before its error reaches the caller. */
const APPEND_ATTEMPTS = 4;

/** Errors after which the append may or may not have been written. */
const inTransit = (error: unknown): boolean => error instanceof UnavailableError || error instanceof DeadlineExceededError || error instanceof TimeoutError;

const alreadyDeleted = (error: unknown): boolean => error instanceof StreamDeletedError || error instanceof StreamTombstonedError;

/**
 * The production event store on KurrentDB. Positions are $all commit positions, revisions are stream
 * event numbers, data and metadata are stored as JSON. System streams and events are never returned.
 */
export class KurrentEventStore implements EventStore {
  private readonly subscriptions = new OpenSubscriptions();

  /** `ownsClient`: close() also disposes the client (true when created by `connect`). */
  constructor(
    private readonly client: KurrentDBClient,
    private readonly ownsClient = false,
  ) {}

  /** e.g. `kurrentdb://localhost:2113?tls=false` */
  static connect(connectionString: string): KurrentEventStore {
    return new KurrentEventStore(KurrentDBClient.connectionString(connectionString), true);
  }

  /**
   * An append that fails in transit (connection lost, deadline passed) may have been written: it is
   * retried with the very same events, ids included (they are made once, before the first attempt),
   * so the server recognises them and does not write them twice, even with `any`, where no expected
   * revision would catch the repeat.
   */
  async appendToStream(streamId: string, events: readonly EventToAppend[], options: { readonly expectedRevision: ExpectedRevision }): Promise<AppendResult> {
    const expected = options.expectedRevision;
    const data = events.map(toEventData);
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await this.client.appendToStream(streamId, data, { streamState: toStreamState(expected) });
        if (!result.success) throw new ConcurrencyConflict(streamId, describeExpected(expected), 'unknown');
        return { nextExpectedRevision: Number(result.nextExpectedRevision), position: positionOf(result.position) };
      } catch (error) {
        if (error instanceof WrongExpectedVersionError) {
          throw new ConcurrencyConflict(streamId, describeExpected(expected), describeActual(error.actualState));
        }
        if (!inTransit(error) || attempt >= APPEND_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** (attempt - 1)));
      }
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    if (options.maxCount === 0) return [];
    const backwards = options.direction === 'backwards';
    const fromRevision: ReadRevision = options.fromRevision !== undefined ? BigInt(options.fromRevision) : backwards ? END : START;
    const events: RecordedEvent[] = [];
    try {
      const reading = this.client.readStream(streamId, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision,
        ...(options.maxCount !== undefined ? { maxCount: options.maxCount } : {}),
      });
      for await (const resolved of reading) {
        const event = toRecorded(resolved);
        if (event) events.push(event);
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const { maxCount } = options;
    if (maxCount === 0) return [];
    const after = options.after !== undefined && options.after >= 0 ? options.after : -1;
    const events: RecordedEvent[] = [];
    // A read from a position includes the event at that position: one more than asked covers it.
    const reading = this.client.readAll({
      fromPosition: after < 0 ? START : toKurrentPosition(after),
      filter: excludeSystemEvents(),
      ...(maxCount !== undefined ? { maxCount: maxCount + 1 } : {}),
    });
    for await (const resolved of reading) {
      const event = toRecorded(resolved);
      if (!event || event.position <= after) continue;
      events.push(event);
      if (maxCount !== undefined && events.length >= maxCount) break;
    }
    return events;
  }

  /**
   * Hard-deletes (tombstones) every stream of a deleted tenant, found by the stream naming
   * convention (`<category>-<tenant>.<id>`) in `$all`. A tombstoned stream can never be written
   * again, which suits a tenant whose id is never onboarded again. The server removes the events at
   * its next scavenge; until then `$all` still holds them (sealed personal fields unreadable, the
   * keys being gone). Run again, it finds only tombstoned streams and deletes nothing more.
   */
  async purgeTenant(tenantId: string): Promise<Record<string, number>> {
    const streams = new Set<string>();
    const reading = this.client.readAll({ filter: streamNameFilter({ regex: tenantStreamsPattern(tenantId) }) });
    for await (const resolved of reading) if (resolved.event) streams.add(resolved.event.streamId);
    let tombstoned = 0;
    for (const stream of streams) {
      try {
        await this.client.tombstoneStream(stream);
        tombstoned++;
      } catch (error) {
        if (!alreadyDeleted(error)) throw error;
      }
    }
    return tombstoned > 0 ? { streams: tombstoned } : {};
  }

  async headPosition(): Promise<number> {
    return this.headOf(excludeSystemEvents());
  }

  subscribe(handler: EventHandler, options: SubscriptionOptions = {}): Subscription {
    const subscription = kurrentSubscription({ client: this.client, headOf: (filter) => this.headOf(filter) }, handler, options);
    return this.subscriptions.track(subscription);
  }

  async close(): Promise<void> {
    await this.subscriptions.stopAll();
    if (this.ownsClient) await this.client.dispose();
  }

  private headOf(filter: Filter): Promise<number> {
    return newestPosition(this.client.readAll({ direction: BACKWARDS, fromPosition: END, filter }));
  }
}

/**
 * The position of the first domain event of a backwards read: system events the server filter lets
 * through (e.g. in `$`-streams) are passed over rather than taken for an empty store. Reading stops there.
 */
export async function newestPosition(backwards: AsyncIterable<ResolvedEvent | AllStreamResolvedEvent>): Promise<number> {
  for await (const resolved of backwards) {
    const event = toRecorded(resolved);
    if (event) return event.position;
  }
  return -1;
}
