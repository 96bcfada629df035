import { parseStreamName, type RecordedEvent } from '@deskstream/kernel';
import { SERVICE_REQUEST_EVENT_TYPES, type ServiceRequestEvent } from '../domain/service-request.events';

const KNOWN = new Set<string>(SERVICE_REQUEST_EVENT_TYPES);

/** The domain event inside a stored one, or null for a type this version does not know. */
export function asServiceRequestEvent(event: RecordedEvent): ServiceRequestEvent | null {
  return KNOWN.has(event.type) ? ({ type: event.type, data: event.data } as ServiceRequestEvent) : null;
}

/** The request id is the id part of the stream name (`servicerequest-<tenant>.<requestId>`). */
export function requestIdOf(event: RecordedEvent): string {
  return parseStreamName(event.streamId).id;
}
