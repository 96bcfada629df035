import type { RecordedEvent } from '@deskstream/kernel';
import { toCloudEvent } from './cloud-event';

const recorded = (traceparent?: string): RecordedEvent => ({
  eventId: 'evt-1',
  streamId: 'incident-acme.inc-7',
  revision: 3,
  position: 42,
  type: 'IncidentAssigned',
  data: { internal: 'not published as-is' },
  metadata: {
    tenantId: 'acme',
    actor: 'agent-1',
    correlationId: 'corr-9',
    causationId: 'cmd-3',
    occurredAt: '2026-01-05T09:30:00.000Z',
    schemaVersion: 1,
    ...(traceparent ? { traceparent } : {}),
  },
});

describe('toCloudEvent', () => {
  it('takes id, time, tenant, correlation and trace from the recorded event', () => {
    const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const event = toCloudEvent(recorded(traceparent), {
      source: '/deskstream/incidents',
      type: 'deskstream.incidents.incident-assigned.v1',
      subject: 'inc-7',
      data: { incidentId: 'inc-7', assignee: 'agent-2' },
    });
    expect(event).toEqual({
      specversion: '1.0',
      id: 'evt-1',
      source: '/deskstream/incidents',
      type: 'deskstream.incidents.incident-assigned.v1',
      subject: 'inc-7',
      time: '2026-01-05T09:30:00.000Z',
      datacontenttype: 'application/json',
      data: { incidentId: 'inc-7', assignee: 'agent-2' },
      tenantid: 'acme',
      correlationid: 'corr-9',
      traceparent,
    });
  });

  it('leaves traceparent out when the event was not traced', () => {
    const event = toCloudEvent(recorded(), { source: '/s', type: 't.v1', subject: 'inc-7', data: {} });
    expect('traceparent' in event).toBe(false);
  });
});
