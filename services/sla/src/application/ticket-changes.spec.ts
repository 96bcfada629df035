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

  it("keeps the opening channel (a phone call is a phone log) and a major incident's next update due, the deadline a definition may use", () => {
    const opened = event(INCIDENT_EVENTS.opened, { by: 'agent', reference: 'INC0001001', priority: 'P2', service: null, category: null, channel: 'phone' });
    expect(observedChangeOf(opened)?.change).toMatchObject({ signal: 'opened', channel: 'phone' });
    const due = '2026-03-23T09:00:00.000Z';
    expect(observedChangeOf(event(INCIDENT_EVENTS.majorIncidentDeclared, { by: 'm', nextUpdateDueAt: due }))?.change).toEqual({
      signal: 'major-incident-declared',
      nextUpdateDueAt: Date.parse(due),
    });
    expect(observedChangeOf(event(INCIDENT_EVENTS.stakeholderUpdatePublished, { by: 'm', nextUpdateDueAt: due }))?.change).toEqual({
      signal: 'stakeholder-update-published',
      nextUpdateDueAt: Date.parse(due),
    });
  });
});
