import { parseStreamName, type RecordedEvent } from '@deskstream/kernel';
import type { Projection, StoredDocument } from '@deskstream/readmodels';
import { evolveIncident } from '../domain/incident.evolve';
import { INCIDENT_EVENT_TYPES, type IncidentEvent } from '../domain/incident.events';
import { initialIncidentState, type Incident } from '../domain/incident.state';
import { INCIDENT_CATEGORY } from './incident-detail.projection';

/** One row of a work queue or of "my tickets"; `state` is kept so the next event can be folded in. */
export interface IncidentSummary extends StoredDocument {
  readonly reference: string;
  readonly status: Incident['status'];
  readonly priority: string;
  readonly group: string | null;
  readonly assignee: string | null;
  readonly caller: string;
  readonly channel: string;
  readonly service: string | null;
  readonly tier: number;
  readonly major: boolean;
  readonly shortDescription: string;
  /** Lower-cased short description and description: what text search looks in. */
  readonly searchText: string;
  readonly openedAt: string;
  readonly updatedAt: string;
  readonly state: Incident;
}

export function applyToSummary(doc: IncidentSummary | null, event: RecordedEvent): IncidentSummary | null {
  const state = evolveIncident(doc?.state ?? initialIncidentState(), event as unknown as IncidentEvent);
  if (state.status === 'none') return doc;
  return {
    id: state.incidentId,
    tenantId: event.metadata.tenantId,
    position: event.position,
    reference: state.reference,
    status: state.status,
    priority: state.classification.priority,
    group: state.group,
    assignee: state.assignee,
    caller: state.caller,
    channel: state.channel,
    service: state.service,
    tier: state.tier,
    major: state.major !== null,
    shortDescription: state.shortDescription,
    searchText: `${state.shortDescription}\n${state.description}`.toLowerCase(),
    openedAt: state.openedAt,
    updatedAt: event.metadata.occurredAt,
    state,
  };
}

const summaryProjection = (name: string, collection: string, indexes: readonly (readonly string[])[]): Projection<IncidentSummary> => ({
  name,
  collection,
  categories: [INCIDENT_CATEGORY],
  handles: INCIDENT_EVENT_TYPES,
  documentId: (event) => parseStreamName(event.streamId).id,
  apply: applyToSummary,
  indexes,
});

/** The desk's queues: by group, assignee, status, priority and age; sorted by priority, then oldest first. */
export const incidentQueueProjection = summaryProjection('incidents.incident-queue.v1', 'incident-queue', [
  ['status', 'priority', 'openedAt'],
  ['group', 'status'],
  ['assignee', 'status'],
  ['reference'],
]);

/** "My tickets": the same rows, kept apart so a requester's queries never touch the desk's queue. */
export const myIncidentsProjection = summaryProjection('incidents.my-incidents.v1', 'incident-my-tickets', [['caller', 'updatedAt']]);

export const QUEUE_SORT = [
  { field: 'priority', direction: 'asc' },
  { field: 'openedAt', direction: 'asc' },
] as const;

export function presentSummary(doc: IncidentSummary) {
  const { state: _state, searchText: _searchText, position: _position, tenantId: _tenantId, ...row } = doc;
  return row;
}
