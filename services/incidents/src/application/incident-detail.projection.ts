import { parseStreamName } from '@deskstream/kernel';
import { projectionOf, type RecordedOf, type StoredDocument } from '@deskstream/readmodels';
import { evolveIncident } from '../domain/incident.evolve';
import { INCIDENT_EVENT_TYPES, type IncidentEvent, type IncidentNote } from '../domain/incident.events';
import { initialIncidentState, type Incident } from '../domain/incident.state';
import { seesEntry } from '../domain/incident.access';
import { allowedActions, type IncidentAction } from '../domain/lifecycle.rules';

export const INCIDENT_CATEGORY = 'incident';

/** The detail view of one incident: its state, its notes and comments, and the stream revision (the ETag). */
export interface IncidentDetail extends StoredDocument {
  readonly incident: Incident;
  readonly notes: readonly IncidentNote[];
  readonly revision: number;
  readonly updatedAt: string;
}

/** Pure reducer shared by the projection, the consistent read and the as-of read, so they cannot disagree. */
export function applyToDetail(doc: IncidentDetail | null, event: RecordedOf<IncidentEvent>): IncidentDetail | null {
  const domainEvent: IncidentEvent = event;
  const state = evolveIncident(doc?.incident ?? initialIncidentState(), domainEvent);
  if (state.status === 'none') return doc;
  const notes = domainEvent.type === 'IncidentNoteAdded' ? [...(doc?.notes ?? []), { ...domainEvent.data }] : (doc?.notes ?? []);
  return {
    id: state.incidentId,
    tenantId: event.metadata.tenantId,
    position: event.position,
    incident: state,
    notes,
    revision: event.revision,
    updatedAt: event.metadata.occurredAt,
  };
}

export function foldDetail(events: readonly RecordedOf<IncidentEvent>[]): IncidentDetail | null {
  return events.reduce<IncidentDetail | null>(applyToDetail, null);
}

export const incidentDetailProjection = projectionOf<IncidentEvent, IncidentDetail>({
  name: 'incidents.incident-detail.v1',
  collection: 'incident-detail',
  categories: [INCIDENT_CATEGORY],
  handles: INCIDENT_EVENT_TYPES,
  documentId: (event) => parseStreamName(event.streamId).id,
  apply: applyToDetail,
});

/** How a detail is shown: to whom, which of the allowed actions they may take, and whether it is a view of the past. */
export interface Presentation {
  readonly audience: 'desk' | 'requester';
  readonly mayTake: (allowed: readonly IncidentAction[]) => IncidentAction[];
  /** An as-of view is history: it offers no actions and says which instant it shows. */
  readonly asOf?: string;
}

/** A link to another incident, as every link in the API is given: its id and the reference people quote. */
export interface IncidentLink {
  readonly id: string;
  readonly reference: string | null;
}

/** The incidents a record links to (its major incident, a major incident's children), by id. */
export function linkedIncidentIds(incident: Incident): string[] {
  return [...(incident.masterIncidentId ? [incident.masterIncidentId] : []), ...(incident.major?.childIncidentIds ?? [])];
}

/** What a client sees. A requester sees only public comments. Links carry the references `references` knows. */
export function presentDetail(doc: IncidentDetail, presentation: Presentation, references: ReadonlyMap<string, string> = new Map()) {
  const { incident, notes, revision, updatedAt } = doc;
  const { masterIncidentId, major, ...record } = incident;
  const link = (id: string): IncidentLink => ({ id, reference: references.get(id) ?? null });
  const { childIncidentIds, ...majorRecord } = major ?? { childIncidentIds: [] };
  return {
    ...record,
    masterIncident: masterIncidentId ? link(masterIncidentId) : null,
    relatedProblem: incident.relatedProblem ?? null,
    major: major ? { ...majorRecord, childIncidents: childIncidentIds.map(link) } : null,
    id: incident.incidentId,
    priority: incident.classification.priority,
    notes: notes.filter((note) => seesEntry(presentation.audience, note.visibility)),
    allowedActions: presentation.asOf === undefined ? presentation.mayTake(allowedActions(incident)) : [],
    revision,
    updatedAt,
    ...(presentation.asOf === undefined ? {} : { asOf: presentation.asOf }),
  };
}

export type IncidentDetailView = ReturnType<typeof presentDetail>;
