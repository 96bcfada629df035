import type { RecordedEvent } from '@deskstream/kernel';
import { fieldChanges, type FieldChange } from './field-changes';
import { linkedIdsOf, publicChange, type PublicFields } from './public-fields';

/** One event of a record's history, the same shape for incidents, requests, problems and articles. */
export interface HistoryEntry {
  readonly revision: number;
  readonly type: string;
  readonly actor: string;
  readonly at: string;
  /** Internal work notes are desk-only; every other entry is public. */
  readonly visibility: 'internal' | 'public';
  /** The fields of the record this event changed, as dotted paths of the record's detail. */
  readonly changes: readonly FieldChange[];
}

export interface HistoryOptions<E extends RecordedEvent, D> {
  /** The record's detail reducer (the one its projection and as-of reads use). */
  readonly apply: (doc: D | null, event: E) => D | null;
  /** The part of the document that is the record; changes are listed on it. Defaults to the whole document. */
  readonly record?: (doc: D | null) => object | null | undefined;
  readonly visibility?: (event: E) => HistoryEntry['visibility'];
  /** The stored fields the detail shows under another name or as links; the others show as stored. */
  readonly fields?: PublicFields;
}

/** Looks up the references of the records with these ids, as far as they are known. */
export type ReferenceLookup = (ids: readonly string[]) => Promise<ReadonlyMap<string, string>>;

function storedHistory<E extends RecordedEvent, D>(events: readonly E[], options: HistoryOptions<E, D>): HistoryEntry[] {
  const record = options.record ?? ((doc: D | null) => doc as object | null);
  let doc: D | null = null;
  return events.map((event) => {
    const next = options.apply(doc, event);
    const entry: HistoryEntry = {
      revision: event.revision,
      type: event.type,
      actor: event.metadata.actor,
      at: event.metadata.occurredAt,
      visibility: options.visibility?.(event) ?? 'public',
      changes: fieldChanges(record(doc), record(next)),
    };
    doc = next;
    return entry;
  });
}

const named = (entries: readonly HistoryEntry[], fields: PublicFields, references: ReadonlyMap<string, string>): HistoryEntry[] =>
  entries.map((entry) => ({ ...entry, changes: entry.changes.map((change) => publicChange(change, fields, references)) }));

/**
 * Every event with who, when and which fields of the record it changed, oldest first, named as the
 * detail names them. Links carry the references `referencesOf` finds (none without it: `reference: null`).
 */
export async function recordHistory<E extends RecordedEvent, D>(
  events: readonly E[],
  options: HistoryOptions<E, D>,
  referencesOf?: ReferenceLookup,
): Promise<HistoryEntry[]> {
  const fields = options.fields ?? {};
  const stored = storedHistory(events, options);
  const ids = linkedIdsOf(
    stored.flatMap((entry) => entry.changes),
    fields,
  );
  const references = referencesOf && ids.length > 0 ? await referencesOf(ids) : new Map<string, string>();
  return named(stored, fields, references);
}
