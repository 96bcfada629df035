import { INCIDENT_EVENTS, SERVICE_REQUEST_EVENTS } from '@deskstream/contracts';
import type { CloudEvent } from '@deskstream/messaging';
import { observedChangeOf } from './ticket-changes';

const event = (type: string, data: Record<string, unknown>): CloudEvent => ({
  specversion: '1.0',
  id: 'e1',
  source: '/deskstream/incidents',
  type,
  subject: 'inc-1',
  time: '2026-03-23T08:00:00.000Z',
  datacontenttype: 'application/json',
  data: { incidentId: 'inc-1', at: '2026-03-23T08:00:00.000Z', ...data },
  tenantid: 'acme',
  correlationid: 'c',
});

describe('what published ticket events mean for the clocks', () => {
  it('a public comment is a response signal, an internal note is not', () => {
    expect(observedChangeOf(event(INCIDENT_EVENTS.workLogged, { by: 'agent', visibility: 'public' }))?.change).toEqual({ signal: 'public-comment' });
    expect(observedChangeOf(event(INCIDENT_EVENTS.workLogged, { by: 'agent', visibility: 'internal' }))?.change).toEqual({ signal: 'internal-note' });
  });

  it('keeps who acted, so automatic steps can be told apart', () => {
    expect(observedChangeOf(event(INCIDENT_EVENTS.assigned, { by: 'system:intake', group: 'service-desk', assignee: null }))).toMatchObject({
      by: 'system:intake',
      change: { signal: 'assigned', group: 'service-desk', assignee: null },
    });
  });

  it('maps holds with their reason and third party, a functional escalation as a new group, and ignores what no clock reads', () => {
    expect(observedChangeOf(event(INCIDENT_EVENTS.putOnHold, { by: 'a', reason: 'awaiting-third-party', thirdParty: 'Contoso' }))?.change).toEqual({
      signal: 'put-on-hold',
      holdReason: 'awaiting-third-party',
      thirdParty: 'Contoso',
    });
    expect(observedChangeOf(event(INCIDENT_EVENTS.escalated, { by: 'a', kind: 'functional', group: 'network' }))?.change).toMatchObject({
      signal: 'assigned',
      group: 'network',
    });
    expect(observedChangeOf(event(INCIDENT_EVENTS.satisfactionRated, { by: 'a', rating: 5 }))).toBeNull();
  });

  it('a submitted service request waits for approval when it has approvers', () => {
    const submitted = event(SERVICE_REQUEST_EVENTS.submitted, {
      reference: 'REQ0001001',
      catalogItem: 'laptop',
      approvers: ['boss'],
      requestedBy: 'rita',
      by: 'rita',
    });
    expect(observedChangeOf(submitted)?.change).toMatchObject({ signal: 'opened', kind: 'service-request', status: 'awaiting-approval' });
  });
});
