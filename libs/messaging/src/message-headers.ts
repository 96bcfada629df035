import { ValidationFailed, type FieldError } from '@deskstream/kernel';
import type { OutgoingMessage } from './integration-bus.port';

/** Kafka's structured-mode content type for a CloudEvent carried whole in the message value. */
export const CLOUD_EVENT_CONTENT_TYPE = 'application/cloudevents+json; charset=UTF-8';

/**
 * The headers every adapter puts on a message: the caller's, plus the CloudEvent attributes a
 * broker-side router or a consumer can read without parsing the value. Both adapters use this, so a
 * consumer sees the same headers on SQLite and on Kafka. Tenancy is structural: a message without a
 * tenant is refused here, before anything is written.
 */
export function outgoingHeaders(message: OutgoingMessage): Record<string, string> {
  const { event } = message;
  const problems: FieldError[] = [];
  if (!message.topic) problems.push({ field: 'topic', message: 'is empty' });
  if (!message.key) problems.push({ field: 'key', message: 'is empty' });
  if (!event.id) problems.push({ field: 'event.id', message: 'is empty' });
  if (!event.type) problems.push({ field: 'event.type', message: 'is empty' });
  if (!event.tenantid) problems.push({ field: 'event.tenantid', message: 'is empty: every message belongs to a tenant' });
  if (problems.length > 0) throw new ValidationFailed(problems);

  const headers: Record<string, string> = {
    ...message.headers,
    'content-type': CLOUD_EVENT_CONTENT_TYPE,
    ce_id: event.id,
    ce_type: event.type,
    ce_source: event.source,
    tenantid: event.tenantid,
    correlationid: event.correlationid,
  };
  const traceparent = message.headers?.traceparent ?? event.traceparent;
  if (traceparent) headers.traceparent = traceparent;
  return headers;
}
