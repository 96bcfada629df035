import type { Alert } from './alert-correlation.decider';
import type { RequestTypeDefinition } from './request-type.decider';

/** Shared test data for the intake specs. */
export const brokenForm: RequestTypeDefinition = {
  name: 'Something is broken',
  description: 'Report a fault',
  kind: 'incident',
  form: { type: 'object', required: ['shortDescription'], properties: { shortDescription: { type: 'string' } } },
  category: 'general',
  group: 'service-desk',
  impact: 3,
  urgency: 3,
};

export const laptopForm: RequestTypeDefinition = { ...brokenForm, name: 'New laptop', kind: 'service-request', category: 'hardware', group: 'fulfilment' };

export const passwordForm: RequestTypeDefinition = { ...brokenForm, name: 'Password reset', kind: 'service-request', category: 'access', group: 'identity' };

export function alert(fingerprint: string, overrides: Partial<Alert> = {}): Alert {
  return {
    fingerprint,
    name: 'HighErrorRate',
    service: 'checkout',
    severity: 'critical',
    summary: 'Checkout error rate above 5%',
    description: '',
    labels: { alertname: 'HighErrorRate', service: 'checkout' },
    startsAt: '2026-01-05T09:00:00.000Z',
    endsAt: null,
    source: 'alertmanager',
    ...overrides,
  };
}
