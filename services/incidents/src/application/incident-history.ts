import { recordHistory, type HistoryEntry, type RecordedOf } from '@deskstream/readmodels';
import type { IncidentEvent } from '../domain/incident.events';
import { applyToDetail } from './incident-detail.projection';

export type { HistoryEntry } from '@deskstream/readmodels';

const isInternalNote = (event: RecordedOf<IncidentEvent>): boolean =>
  event.type === 'IncidentNoteAdded' && (event.data as { visibility: string }).visibility === 'internal';

/** Every event with who, when and which fields of the incident it changed, oldest first. */
export function historyOf(events: readonly RecordedOf<IncidentEvent>[]): HistoryEntry[] {
  return recordHistory(events, {
    apply: applyToDetail,
    record: (doc) => doc?.incident,
    visibility: (event) => (isInternalNote(event) ? 'internal' : 'public'),
  });
}
