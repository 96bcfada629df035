import { parseStreamName } from '@deskstream/kernel';
import { projectionOf, type RecordedOf, type StoredDocument } from '@deskstream/readmodels';
import type { IncidentEvent } from '../domain/incident.events';
import { INCIDENT_CATEGORY } from './incident-detail.projection';

/**
 * A share of a tenant's incident counts, which only grow. The tenant's incidents are spread over
 * DESK_FIGURE_SHARDS documents by id, so an event rewrites a document holding a small share of the
 * open incidents, not all of them (one document per tenant made every event cost as much as the
 * whole backlog; 64 shares still made it cost 1/64 of it: 8 KB read and written per event with 12,000
 * incidents open); the metrics add the shares up.
 */
export interface DeskFiguresDocument extends StoredDocument {
  readonly opened: Readonly<Record<string, number>>;
  readonly resolved: Readonly<Record<string, number>>;
  /** The priority of each incident not closed or cancelled yet, so a resolution (again after a reopen) is counted under it. */
  readonly priorities: Readonly<Record<string, string>>;
}

export const DESK_FIGURE_SHARDS = 1024;

/** The share an incident is counted in: a stable hash of its id (FNV-1a). */
export function deskFiguresIdOf(incidentId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < incidentId.length; i += 1) hash = Math.imul(hash ^ incidentId.charCodeAt(i), 0x01000193);
  return `desk-figures.${(hash >>> 0) % DESK_FIGURE_SHARDS}`;
}

const bump = (counts: Readonly<Record<string, number>>, key: string) => ({ ...counts, [key]: (counts[key] ?? 0) + 1 });

const without = (priorities: Readonly<Record<string, string>>, incidentId: string) => {
  const { [incidentId]: _dropped, ...rest } = priorities;
  return rest;
};

type Counted = Extract<IncidentEvent, { type: 'IncidentOpened' | 'IncidentClassified' | 'IncidentResolved' | 'IncidentClosed' | 'IncidentCancelled' }>;

/** Counts from the events themselves, so the totals survive restarts and a rebuild reproduces them. */
export function applyToDeskFigures(doc: DeskFiguresDocument | null, event: RecordedOf<Counted>): DeskFiguresDocument {
  const incidentId = parseStreamName(event.streamId).id;
  const figures = doc ?? { id: deskFiguresIdOf(incidentId), tenantId: event.metadata.tenantId, position: -1, opened: {}, resolved: {}, priorities: {} };
  switch (event.type) {
    case 'IncidentOpened':
      return { ...figures, opened: bump(figures.opened, event.data.priority), priorities: { ...figures.priorities, [incidentId]: event.data.priority } };
    case 'IncidentClassified':
      return { ...figures, priorities: { ...figures.priorities, [incidentId]: event.data.priority } };
    case 'IncidentResolved':
      return { ...figures, resolved: bump(figures.resolved, figures.priorities[incidentId] ?? 'unknown') };
    case 'IncidentClosed':
    case 'IncidentCancelled':
      return { ...figures, priorities: without(figures.priorities, incidentId) };
  }
}

export const deskFiguresProjection = projectionOf<Counted, DeskFiguresDocument>({
  name: 'incidents.desk-figures.v3',
  collection: 'incident-desk-figures-v3',
  categories: [INCIDENT_CATEGORY],
  handles: ['IncidentOpened', 'IncidentClassified', 'IncidentResolved', 'IncidentClosed', 'IncidentCancelled'],
  documentId: (event) => deskFiguresIdOf(parseStreamName(event.streamId).id),
  apply: applyToDeskFigures,
});
