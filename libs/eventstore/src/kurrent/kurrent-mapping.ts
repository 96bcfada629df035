import {
  ANY,
  excludeSystemEvents,
  jsonEvent,
  NO_STREAM,
  STREAM_EXISTS,
  streamNameFilter,
  type AllStreamResolvedEvent,
  type AppendStreamState,
  type CurrentStreamState,
  type EventData,
  type Filter,
  type JSONType,
  type Position,
  type ResolvedEvent,
} from '@kurrent/kurrentdb-client';
import type { EventMetadata, EventToAppend, ExpectedRevision, RecordedEvent } from '@deskstream/kernel';

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * The port's position is the commit position. Events appended through this adapter are implicitly
 * committed, so each one's prepare position equals its commit position and the pair round-trips.
 */
export function toKurrentPosition(position: number): Position {
  const at = BigInt(position);
  return { commit: at, prepare: at };
}

/** -1 when the server gives no real position (older servers report u64::MAX on stream reads). */
export function positionOf(position: Position | undefined): number {
  return position && position.commit <= MAX_SAFE ? Number(position.commit) : -1;
}

export function toStreamState(expected: ExpectedRevision): AppendStreamState {
  if (expected === 'any') return ANY;
  if (expected === 'no_stream') return NO_STREAM;
  if (expected === 'stream_exists') return STREAM_EXISTS;
  return BigInt(expected);
}

export function describeActual(actual: CurrentStreamState): string {
  return actual === NO_STREAM ? 'no_stream' : String(actual);
}

export function toEventData(event: EventToAppend): EventData {
  return jsonEvent({
    id: event.eventId,
    type: event.type,
    data: event.data as JSONType,
    metadata: event.metadata as unknown as JSONType,
  });
}

/** System streams and events (`$`-prefixed: projections' links, stats, metadata) are not domain events. */
export function isSystem(streamId: string, type: string): boolean {
  return streamId.startsWith('$') || type.startsWith('$');
}

export function toRecorded(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | null {
  const event = resolved.event;
  if (!event || isSystem(event.streamId, event.type)) return null;
  const position = positionOf(event.position);
  return {
    eventId: event.id,
    streamId: event.streamId,
    revision: Number(event.revision),
    position: position >= 0 || resolved.commitPosition === undefined ? position : Number(resolved.commitPosition),
    type: event.type,
    data: event.data,
    metadata: event.metadata as unknown as EventMetadata,
  };
}

/** Server-side filter: the given categories (`<category>-` stream prefixes), or every non-system event. */
export function filterFor(categories: readonly string[] | undefined): Filter {
  return categories && categories.length > 0 ? streamNameFilter({ prefixes: categories.map((category) => `${category}-`) }) : excludeSystemEvents();
}
