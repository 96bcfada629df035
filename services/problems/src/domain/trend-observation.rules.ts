import type { ClusterIncident, ObserveIncident } from './problem-cluster.workflow';
import type { TrendDimension, TrendRule } from './problem-settings';

/** Cluster ids name what the incidents share: `service:email`, `category:network`, `major:<incident id>`. */
export const clusterIdOf = (dimension: string, value: string): string => `${dimension}:${value.trim().toLowerCase()}`;

/** An observation for one cluster workflow; the candidate id it would raise is drawn by the caller. */
export interface TrendObservation {
  readonly clusterId: string;
  readonly data: Omit<ObserveIncident['data'], 'candidateId'>;
}

/**
 * The clusters an incident counts in: one per dimension the tenant detects on where the incident has
 * a value (a blank value is no value), under the tenant's window, threshold and similarity.
 */
export function trendObservations(
  incident: ClusterIncident,
  at: string,
  values: Readonly<Record<TrendDimension, string | null>>,
  trend: TrendRule,
): TrendObservation[] {
  return trend.dimensions.flatMap((dimension) => {
    const value = values[dimension];
    if (!value || !value.trim()) return [];
    const { windowMinutes, threshold, similarity } = trend;
    return [{ clusterId: clusterIdOf(dimension, value), data: { ...incident, at, dimension, value, windowMinutes, threshold, similarity } }];
  });
}

/** A major incident always yields a candidate: it is a cluster of its own with a threshold of one. */
export function majorIncidentObservation(incident: ClusterIncident, at: string): TrendObservation {
  return {
    clusterId: clusterIdOf('major', incident.incidentId),
    data: { ...incident, at, dimension: 'major', value: incident.reference, windowMinutes: 1, threshold: 1, similarity: null },
  };
}
