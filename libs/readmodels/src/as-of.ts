import { ValidationFailed, type Clock, type RecordedEvent } from '@deskstream/kernel';

/**
 * The instant of an `asOf` parameter, checked: an ISO 8601 time that is not in the future (the
 * record's history stops now). The answer echoes it as an ISO instant.
 */
export function asOfInstant(asOf: string, clock: Clock): string {
  const time = Date.parse(asOf);
  if (Number.isNaN(time)) throw new ValidationFailed([{ field: 'asOf', message: 'asOf must be an ISO 8601 time' }]);
  if (time > clock.now().getTime()) throw new ValidationFailed([{ field: 'asOf', message: 'asOf must not be in the future' }]);
  return new Date(time).toISOString();
}

/** The events of a stream that had happened by that instant: what an as-of read folds. */
export function eventsUntil<E extends Pick<RecordedEvent, 'metadata'>>(events: readonly E[], instant: string | undefined): readonly E[] {
  if (instant === undefined) return events;
  const moment = Date.parse(instant);
  return events.filter((event) => Date.parse(event.metadata.occurredAt) <= moment);
}
