import type { TrendRule } from './problem-settings';
import { clusterIdOf, majorIncidentObservation, trendObservations } from './trend-observation.rules';

const incident = { incidentId: 'inc-1', reference: 'INC0001001', shortDescription: 'Mail is down' };
const at = '2026-01-05T09:00:00.000Z';
const trend: TrendRule = { windowMinutes: 60, threshold: 3, dimensions: ['service', 'category'], similarity: 0.5 };

describe('the clusters an incident counts in', () => {
  it('names a cluster by its dimension and value, trimmed and lower-cased', () => {
    expect(clusterIdOf('service', '  E-Mail ')).toBe('service:e-mail');
  });

  it('are one per dimension the tenant detects on, under the tenant rule', () => {
    expect(trendObservations(incident, at, { service: 'Email', configurationItem: 'mx-1', category: 'network' }, trend)).toEqual([
      { clusterId: 'service:email', data: { ...incident, at, dimension: 'service', value: 'Email', windowMinutes: 60, threshold: 3, similarity: 0.5 } },
      { clusterId: 'category:network', data: { ...incident, at, dimension: 'category', value: 'network', windowMinutes: 60, threshold: 3, similarity: 0.5 } },
    ]);
  });

  it('leave out a dimension the incident has no value for, or only a blank one', () => {
    expect(trendObservations(incident, at, { service: '  ', configurationItem: null, category: null }, trend)).toEqual([]);
  });

  it('for a major incident, is a cluster of its own that raises a candidate at once', () => {
    expect(majorIncidentObservation(incident, at)).toEqual({
      clusterId: 'major:inc-1',
      data: { ...incident, at, dimension: 'major', value: 'INC0001001', windowMinutes: 1, threshold: 1, similarity: null },
    });
  });
});
