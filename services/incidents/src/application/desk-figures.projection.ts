import { parseStreamName } from '@deskstream/kernel';
import { projectionOf, type RecordedOf, type StoredDocument } from '@deskstream/readmodels';
import type { IncidentEvent } from '../domain/incident.events';
import { INCIDENT_CATEGORY } from './incident-detail.projection';

/** A tenant's incident counts, which only grow: one document per tenant. */
export interface DeskFiguresDocument extends StoredDocument {
  readonly opened: Readonly<Record<string, number>>;
  readonly resolved: Readonly<Record<string, number>>;
  /** The priority of each incident not closed or cancelled yet, so a resolution (again after a reopen) is counted under it. */
  readonly priorities: Readonly<Record<string, string>>;
}

export const DESK_FIGURES_ID = 'desk-figures';

const bump = (counts: Readonly<Record<string, number>>, key: string) => ({ ...counts, [key]: (counts[key] ?? 0) + 1 });

const without = (priorities: Readonly<Record<string, string>>, incidentId: string) => {
  const { [incidentId]: _dropped, ...rest } = priorities;
  return rest;
};

type Counted = Extract<IncidentEvent, { type: 'IncidentOpened' | 'IncidentClassified' | 'IncidentResolved' | 'IncidentClosed' | 'IncidentCancelled' }>;

/** Counts from the events themselves, so the totals survive restarts and a rebuild reproduces them. */
export function applyToDeskFigures(doc: DeskFiguresDocument | null, event: RecordedOf<Counted>): DeskFiguresDocument {
  const figures = doc ?? { id: DESK_FIGURES_ID, tenantId: event.metadata.tenantId, position: -1, opened: {}, resolved: {}, priorities: {} };
  const incidentId = parseStreamName(event.streamId).id;
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
  name: 'incidents.desk-figures.v1',
  collection: 'incident-desk-figures',
  categories: [INCIDENT_CATEGORY],
  handles: ['IncidentOpened', 'IncidentClassified', 'IncidentResolved', 'IncidentClosed', 'IncidentCancelled'],
  documentId: () => DESK_FIGURES_ID,
  apply: applyToDeskFigures,
});
