import type { RecordedEvent } from './event-store.port';
import { Upcasters } from './upcasting';

const stored = (schemaVersion: number, data: unknown): RecordedEvent => ({
  eventId: 'e1',
  streamId: 'incident-acme.1',
  revision: 0,
  position: 0,
  type: 'IncidentOpened',
  data,
  metadata: { tenantId: 'acme', actor: 'agent', correlationId: 'c', causationId: 'c', occurredAt: '2026-01-01T00:00:00Z', schemaVersion },
});

describe('upcasters', () => {
  const upcasters = new Upcasters([
    { eventType: 'IncidentOpened', fromVersion: 1, upcast: (d) => ({ data: { ...(d as object), channel: 'portal' } }) },
    { eventType: 'IncidentOpened', fromVersion: 2, upcast: (d) => ({ data: { ...(d as object), impact: 3 } }) },
  ]);

  it('chain old versions up to the current one', () => {
    const current = upcasters.apply(stored(1, { title: 'printer' }));
    expect(current.data).toEqual({ title: 'printer', channel: 'portal', impact: 3 });
    expect(current.metadata.schemaVersion).toBe(3);
  });

  it('leave current events untouched', () => {
    const event = stored(3, { title: 'x' });
    expect(upcasters.apply(event)).toBe(event);
  });
});
