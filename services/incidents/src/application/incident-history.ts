import type { RecordedOf } from '@deskstream/readmodels';
import type { IncidentEvent } from '../domain/incident.events';
import { applyToDetail, type IncidentDetail } from './incident-detail.projection';

export interface FieldChange {
  readonly field: string;
  readonly from: unknown;
  readonly to: unknown;
}

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

/** Leaves of a nested record as dotted paths; arrays are compared whole. */
function flatten(value: unknown, prefix = '', into: Record<string, unknown> = {}): Record<string, unknown> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else if (prefix) {
    into[prefix] = value;
  }
  return into;
}

function changes(before: IncidentDetail | null, after: IncidentDetail | null): FieldChange[] {
  const from = flatten(before?.incident ?? {});
  const to = flatten(after?.incident ?? {});
  return [...new Set([...Object.keys(from), ...Object.keys(to)])]
    .filter((field) => JSON.stringify(from[field]) !== JSON.stringify(to[field]))
    .map((field) => ({ field, from: from[field] ?? null, to: to[field] ?? null }));
}

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
