import { projectionOf, type RecordedOf, type StoredDocument } from '@deskstream/readmodels';
import type { DirectoryEntryEvent } from '../domain/directory-entry.events';
import { DIRECTORY_ENTRY_EVENT_TYPES } from '../domain/directory-entry.events';
import type { EntryAttributes, EntryKind } from '../domain/directory-entry.model';
import { ENTRY_CATEGORIES, entryKey } from './directory-streams';

export const DIRECTORY_ENTRIES_COLLECTION = 'directory-entries';

/** An entry as lists and look-ups read it; id = `<kind>:<entry id>`. */
export interface DirectoryEntryDocument extends StoredDocument {
  readonly kind: EntryKind;
  readonly entryId: string;
  readonly name: string;
  readonly active: boolean;
  /** Users only: their addresses, so that mail finds its sender. */
  readonly emails: readonly string[];
  /** The addresses as `|a|b|`, which a `$contains` look-up matches one whole address in. */
  readonly emailKey: string;
  readonly attributes: EntryAttributes;
  readonly version: number;
  readonly updatedAt: string;
}

export function applyToEntry(_doc: DirectoryEntryDocument | null, recorded: RecordedOf<DirectoryEntryEvent>): DirectoryEntryDocument {
  const { data } = recorded;
  return {
    id: entryKey(data.kind, data.id),
    tenantId: recorded.metadata.tenantId,
    position: recorded.position,
    kind: data.kind,
    entryId: data.id,
    name: data.attributes.name,
    active: data.attributes.active,
    emails: data.attributes.kind === 'user' ? data.attributes.emails : [],
    emailKey: data.attributes.kind === 'user' ? `|${data.attributes.emails.join('|')}|` : '',
    attributes: data.attributes,
    version: data.version,
    updatedAt: data.at,
  };
}

export const directoryEntriesProjection = projectionOf<DirectoryEntryEvent, DirectoryEntryDocument>({
  name: 'directory.entries.v1',
  collection: DIRECTORY_ENTRIES_COLLECTION,
  categories: Object.values(ENTRY_CATEGORIES),
  handles: DIRECTORY_ENTRY_EVENT_TYPES,
  documentId: ({ data }) => entryKey(data.kind, data.id),
  apply: applyToEntry,
  indexes: [
    ['kind', 'entryId'],
    ['kind', 'active'],
  ],
});
