import { parseStreamName } from '@deskstream/kernel';
import { projectionOf, type RecordedOf, type StoredDocument } from '@deskstream/readmodels';
import { evolveIncidentActivity, type IncidentActivityObserved, type IncidentFacts, type IncidentStatus } from '../domain/incident-activity.decider';
import { INCIDENT_ACTIVITY_CATEGORY } from './problem-streams';

/** One line of an incident's published history, as the problem timeline shows it. */
export interface IncidentTimelineLine {
  readonly at: string;
  readonly kind: string;
  readonly summary: string;
  readonly by: string;
}

/**
 * One incident as the problems service knows it: for linked-incident lists, for finding an incident
 * by reference, and its published history line by line, so that a problem's timeline reads all its
 * incidents in one query.
 */
export interface KnownIncident extends StoredDocument, IncidentFacts {
  readonly status: IncidentStatus;
  readonly openedAt: string | null;
  readonly timeline: readonly IncidentTimelineLine[];
  readonly updatedAt: string;
}

export function applyToKnownIncident(doc: KnownIncident | null, event: RecordedOf<IncidentActivityObserved>): KnownIncident {
  const incidentId = parseStreamName(event.streamId).id;
  const before = doc ? { ...doc, incidentId, messageIds: [] } : { status: 'unknown' as const, messageIds: [] };
  const state = evolveIncidentActivity(before, event);
  if (state.status === 'unknown') throw new Error('an observed activity always makes the incident known');
  const { reference, shortDescription, service, configurationItem, category, priority, status, openedAt } = state;
  const { at, kind, summary, by } = event.data;
  return {
    id: incidentId,
    tenantId: event.metadata.tenantId,
    position: event.position,
    reference,
    shortDescription,
    service,
    configurationItem,
    category,
    priority,
    status,
    openedAt,
    timeline: [...(doc?.timeline ?? []), { at, kind, summary, by }],
    updatedAt: event.metadata.occurredAt,
  };
}

export const knownIncidentsProjection = projectionOf<IncidentActivityObserved, KnownIncident>({
  name: 'problems.known-incidents.v1',
  collection: 'problem-known-incidents',
  categories: [INCIDENT_ACTIVITY_CATEGORY],
  handles: ['IncidentActivityObserved'],
  documentId: (event) => parseStreamName(event.streamId).id,
  apply: applyToKnownIncident,
  indexes: [['reference'], ['status']],
});

export function presentKnownIncident(doc: KnownIncident) {
  const { id, reference, status, shortDescription, service, configurationItem, category, priority, openedAt, updatedAt } = doc;
  return { id, reference, status, shortDescription, service, configurationItem, category, priority, openedAt, updatedAt };
}
