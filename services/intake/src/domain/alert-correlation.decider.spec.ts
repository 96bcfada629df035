import { specification, ValidationFailed } from '@deskstream/kernel';
import { compileRules } from '../application/contact-router';
import { alertCorrelationDecider, correlationKeyOf, type AlertEvent, type RecordAlertFiring } from './alert-correlation.decider';
import { alert } from './intake.fixtures';
import type { Routing, RoutingRule } from './routing.rules';

const spec = specification(alertCorrelationDecider);
const at = '2026-01-05T09:00:00.000Z';
const newIncident = { incidentId: 'i-1', reference: 'INC0001001' };
const firing = (fingerprint: string, when = at, incident: typeof newIncident | null = null, routingRules: RoutingRule[] = []): RecordAlertFiring => ({
  type: 'RecordAlertFiring',
  data: { alert: alert(fingerprint), stormWindowMinutes: 10, newIncident: incident, routingRules: compileRules(routingRules), at: when },
});
/** No rule: no group, and the levels of a critical alert. */
const bySeverity: Routing = {
  category: null,
  group: null,
  impact: 1,
  urgency: 1,
  decisions: [
    { attribute: 'category', value: null, rule: 'alert severity' },
    { attribute: 'group', value: null, rule: 'alert severity' },
    { attribute: 'impact', value: 1, rule: 'alert severity' },
    { attribute: 'urgency', value: 1, rule: 'alert severity' },
  ],
};
const opened: AlertEvent = { type: 'AlertIncidentOpened', data: { ...newIncident, alert: alert('fp-a'), impact: 1, urgency: 1, routing: bySeverity, at } };

describe('alert correlation', () => {
  it('opens an incident for the first firing, at the severity of the alert', () => {
    spec
      .given([])
      .when(firing('fp-a', at, newIncident))
      .then([opened]);
  });

  it("routes the incident it opens by the tenant's rules on the alert's labels and service; a rule may lower the levels", () => {
    const rules: RoutingRule[] = [
      { name: 'staging is not urgent', when: { alertLabel: { name: 'env', equals: 'staging' } }, then: { impact: 3, urgency: 3 } },
      { name: 'checkout to payments', when: { channels: ['monitoring'], service: 'Checkout' }, then: { group: 'payments', category: 'application' } },
      { name: 'mail only', when: { channels: ['email'], keywords: ['checkout'] }, then: { group: 'service-desk' } },
    ];
    const staging = { ...alert('fp-a'), labels: { ...alert('fp-a').labels, env: 'staging' } };
    spec
      .given([])
      .when({ ...firing('fp-a', at, newIncident, rules), data: { ...firing('fp-a', at, newIncident, rules).data, alert: staging } })
      .then([
        {
          type: 'AlertIncidentOpened',
          data: {
            ...newIncident,
            alert: staging,
            impact: 3,
            urgency: 3,
            routing: {
              category: 'application',
              group: 'payments',
              impact: 3,
              urgency: 3,
              decisions: [
                { attribute: 'category', value: 'application', rule: 'checkout to payments' },
                { attribute: 'group', value: 'payments', rule: 'checkout to payments' },
                { attribute: 'impact', value: 3, rule: 'staging is not urgent' },
                { attribute: 'urgency', value: 3, rule: 'staging is not urgent' },
              ],
            },
            at,
          },
        },
      ]);
  });

  it('routes nothing of a firing that joins the open incident', () => {
    const rules: RoutingRule[] = [{ name: 'checkout to payments', when: { service: 'checkout' }, then: { group: 'payments' } }];
    spec
      .given([opened])
      .when(firing('fp-a', '2026-01-05T09:01:00.000Z', null, rules))
      .then([{ type: 'AlertCorrelated', data: { ...newIncident, alert: alert('fp-a'), count: 2, at: '2026-01-05T09:01:00.000Z' } }]);
  });

  it('needs a pre-allocated incident to open one', () => {
    spec.given([]).when(firing('fp-a')).thenThrows(ValidationFailed);
  });

  it('adds a repeat of the same fingerprint to the open incident with a count', () => {
    spec
      .given([opened])
      .when(firing('fp-a', '2026-01-05T11:00:00.000Z'))
      .then([{ type: 'AlertCorrelated', data: { ...newIncident, alert: alert('fp-a'), count: 2, at: '2026-01-05T11:00:00.000Z' } }]);
  });

  it('folds a storm of other alerts of the same service within the window into one incident', () => {
    const second: AlertEvent = { type: 'AlertCorrelated', data: { ...newIncident, alert: alert('fp-b'), count: 2, at: '2026-01-05T09:05:00.000Z' } };
    spec.given([opened]).when(firing('fp-b', '2026-01-05T09:05:00.000Z')).then([second]);
    spec
      .given([opened, second])
      .when(firing('fp-c', '2026-01-05T09:14:00.000Z'))
      .thenState((s) => expect(s.incident).toMatchObject({ count: 3, firing: ['fp-a', 'fp-b', 'fp-c'] }));
  });

  it('opens a new incident for another alert after the window', () => {
    const recovered: AlertEvent = { type: 'AlertRecovered', data: { ...newIncident, alert: alert('fp-a'), resolve: false, at } };
    const later = { incidentId: 'i-2', reference: 'INC0001002' };
    spec
      .given([opened, recovered])
      .when(firing('fp-b', '2026-01-05T09:11:00.000Z', later))
      .then([
        { type: 'AlertIncidentOpened', data: { ...later, alert: alert('fp-b'), impact: 1, urgency: 1, routing: bySeverity, at: '2026-01-05T09:11:00.000Z' } },
      ]);
  });

  it('notes a recovery, and resolves only when the tenant chose so and nothing fires any more', () => {
    const resolved = (resolveOnRecovery: boolean) => ({ type: 'RecordAlertResolved' as const, data: { alert: alert('fp-a'), resolveOnRecovery, at } });
    spec
      .given([opened])
      .when(resolved(false))
      .then([{ type: 'AlertRecovered', data: { ...newIncident, alert: alert('fp-a'), resolve: false, at } }]);
    spec
      .given([opened])
      .when(resolved(true))
      .then([{ type: 'AlertRecovered', data: { ...newIncident, alert: alert('fp-a'), resolve: true, at } }]);
    const stormed: AlertEvent = { type: 'AlertCorrelated', data: { ...newIncident, alert: alert('fp-b'), count: 2, at } };
    spec
      .given([opened, stormed])
      .when(resolved(true))
      .then([{ type: 'AlertRecovered', data: { ...newIncident, alert: alert('fp-a'), resolve: false, at } }]);
  });

  it('ignores a recovery of an alert it never saw fire', () => {
    spec
      .given([])
      .when({ type: 'RecordAlertResolved', data: { alert: alert('fp-z'), resolveOnRecovery: true, at } })
      .then([]);
  });
});

describe('the correlation key of an alert', () => {
  it('is its service, so that a storm on one service feeds one incident; else its own fingerprint', () => {
    expect(correlationKeyOf({ service: 'email', fingerprint: 'fp-a' })).toBe('service:email');
    expect(correlationKeyOf({ service: 'email', fingerprint: 'fp-b' })).toBe('service:email');
    expect(correlationKeyOf({ service: null, fingerprint: 'fp-a' })).toBe('fingerprint:fp-a');
  });
});
