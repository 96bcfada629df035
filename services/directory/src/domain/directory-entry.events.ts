import type { Message } from '@deskstream/kernel';
import type { EntryAttributes, EntryKind, EntryLookups } from './directory-entry.model';

interface Issued {
  readonly by: string;
  readonly at: string;
}

/** Adds an entry under an id of its kind that the tenant has not used yet. */
export type RegisterEntry = Message<'RegisterEntry', Issued & { readonly id: string; readonly attributes: EntryAttributes; readonly lookups: EntryLookups }>;

/** Replaces every attribute of an existing entry (deactivating it is `active: false`). */
export type ReviseEntry = Message<'ReviseEntry', Issued & { readonly id: string; readonly attributes: EntryAttributes; readonly lookups: EntryLookups }>;

/** Erases a person (right to erasure): their personal data reads as erased from now on, in every event before. */
export type EraseUser = Message<'EraseUser', Issued & { readonly id: string }>;

export type DirectoryEntryCommand = RegisterEntry | ReviseEntry | EraseUser;

export type DirectoryEntryRegistered = Message<
  'DirectoryEntryRegistered',
  Issued & { readonly kind: EntryKind; readonly id: string; readonly attributes: EntryAttributes; readonly version: 1 }
>;

export type DirectoryEntryRevised = Message<
  'DirectoryEntryRevised',
  Issued & { readonly kind: EntryKind; readonly id: string; readonly attributes: EntryAttributes; readonly version: number }
>;

/** The user's entry as it stands once erased: placeholders for the personal fields, inactive; the rest kept. */
export type DirectoryUserErased = Message<
  'DirectoryUserErased',
  Issued & { readonly kind: 'user'; readonly id: string; readonly attributes: EntryAttributes; readonly version: number }
>;

export type DirectoryEntryEvent = DirectoryEntryRegistered | DirectoryEntryRevised | DirectoryUserErased;

export const DIRECTORY_ENTRY_EVENT_TYPES: readonly DirectoryEntryEvent['type'][] = ['DirectoryEntryRegistered', 'DirectoryEntryRevised', 'DirectoryUserErased'];
