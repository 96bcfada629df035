import { recordHistory, type HistoryEntry, type PublicFields, type RecordedOf, type ReferenceLookup } from '@deskstream/readmodels';
import type { IncidentEvent } from '../domain/incident.events';
import { applyToDetail } from './incident-detail.projection';

export type { HistoryEntry } from '@deskstream/readmodels';

/** The stored fields the incident's detail shows otherwise: the incidents it links to, as links. */
export const INCIDENT_PUBLIC_FIELDS: PublicFields = {
  masterIncidentId: { name: 'masterIncident', link: true },
  'major.childIncidentIds': { name: 'major.childIncidents', link: true },
};

const isInternalNote = (event: RecordedOf<IncidentEvent>): boolean =>
  event.type === 'IncidentNoteAdded' && (event.data as { visibility: string }).visibility === 'internal';

/** Every event with who, when and which fields of the incident it changed, oldest first. */
export function historyOf(events: readonly RecordedOf<IncidentEvent>[], referencesOf?: ReferenceLookup): Promise<HistoryEntry[]> {
  return recordHistory(
    events,
    {
      apply: applyToDetail,
      record: (doc) => doc?.incident,
      visibility: (event) => (isInternalNote(event) ? 'internal' : 'public'),
      fields: INCIDENT_PUBLIC_FIELDS,
    },
    referencesOf,
  );
}
