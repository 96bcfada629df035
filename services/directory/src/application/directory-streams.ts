import { streamName } from '@deskstream/kernel';
import type { EntryKind } from '../domain/directory-entry.model';

/** One stream category per kind of entry, one stream per entry: `diruser-acme.riley`. */
export const ENTRY_CATEGORIES: Readonly<Record<EntryKind, string>> = {
  user: 'diruser',
  group: 'dirgroup',
  service: 'dirservice',
  'configuration-item': 'dirci',
  location: 'dirlocation',
  category: 'dircategory',
};

export const entryStream = (kind: EntryKind, tenantId: string, id: string): string => streamName(ENTRY_CATEGORIES[kind], tenantId, id);

/** The read-model id of an entry, and the bus key of its messages. */
export const entryKey = (kind: EntryKind, id: string): string => `${kind}:${id}`;
