import type { RecordedEvent } from '@deskstream/kernel';
import type { CloudEvent } from './integration-bus.port';

export interface CloudEventAttributes<Data> {
  /** The publishing service, e.g. `/deskstream/incidents`. */
  readonly source: string;
  /** Versioned integration type, e.g. `deskstream.incidents.incident-opened.v1`. */
  readonly type: string;
  /** The aggregate the event is about. */
  readonly subject: string;
  /** The public payload: an integration contract, never the internal event data as-is. */
  readonly data: Data;
}

/**
 * The CloudEvent for a committed domain event. Its id is the domain event's id, so that a gateway
 * that publishes the event again after a crash produces the same id and consumers' inboxes drop it;
 * time, tenant, correlation and trace come from the event's envelope.
 */
export function toCloudEvent<Data>(event: RecordedEvent, attributes: CloudEventAttributes<Data>): CloudEvent<Data> {
  const { metadata } = event;
  return {
    specversion: '1.0',
    id: event.eventId,
    source: attributes.source,
    type: attributes.type,
    subject: attributes.subject,
    time: metadata.occurredAt,
    datacontenttype: 'application/json',
    data: attributes.data,
    tenantid: metadata.tenantId,
    correlationid: metadata.correlationId,
    ...(metadata.traceparent ? { traceparent: metadata.traceparent } : {}),
  };
}
