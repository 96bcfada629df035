import { fieldChanges, type FieldChange, type RecordedOf } from '@deskstream/readmodels';
import type { IncidentEvent } from '../domain/incident.events';
import { applyToDetail, type IncidentDetail } from './incident-detail.projection';

export type { FieldChange } from '@deskstream/readmodels';

export interface HistoryEntry {
  readonly revision: number;
  readonly type: string;
  readonly actor: string;
  readonly at: string;
  /** Internal work notes are desk-only; every other entry is public. */
  readonly visibility: 'internal' | 'public';
  readonly data: unknown;
  readonly changes: readonly FieldChange[];
}

const changes = (before: IncidentDetail | null, after: IncidentDetail | null) => fieldChanges(before?.incident, after?.incident);

/** Every event with who, when and which fields of the record it changed, oldest first. */
export function historyOf(events: readonly RecordedOf<IncidentEvent>[]): HistoryEntry[] {
  let doc: IncidentDetail | null = null;
  return events.map((event) => {
    const next = applyToDetail(doc, event);
    const entry: HistoryEntry = {
      revision: event.revision,
      type: event.type,
      actor: event.metadata.actor,
      at: event.metadata.occurredAt,
      visibility: event.type === 'IncidentNoteAdded' && (event.data as { visibility: string }).visibility === 'internal' ? 'internal' : 'public',
      data: event.data,
      changes: changes(doc, next),
    };
    doc = next;
    return entry;
  });
}
