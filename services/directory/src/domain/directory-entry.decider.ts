import { AlreadyExists, assertNever, NotFound, ValidationFailed, type Decider } from '@deskstream/kernel';
import type { DirectoryEntryCommand, DirectoryEntryEvent, EraseUser } from './directory-entry.events';
import type { DirectoryEntry, EntryKind } from './directory-entry.model';
import { entryErrors, erasedUser } from './directory-entry.rules';

export type DirectoryEntryState = { readonly status: 'none' } | { readonly status: 'registered'; readonly entry: DirectoryEntry };

const KIND_NAMES: Record<EntryKind, string> = {
  user: 'User',
  group: 'Group',
  service: 'Service',
  'configuration-item': 'Configuration item',
  location: 'Location',
  category: 'Category',
};

export const kindName = (kind: EntryKind): string => KIND_NAMES[kind];

/** Only a person can be erased; erasing one already erased changes nothing. */
function eraseUser({ id, by, at }: EraseUser['data'], state: DirectoryEntryState): DirectoryEntryEvent[] {
  if (state.status === 'none' || state.entry.attributes.kind !== 'user') throw new NotFound('User', id);
  const attributes = erasedUser(state.entry.attributes);
  if (JSON.stringify(state.entry.attributes) === JSON.stringify(attributes)) return [];
  return [{ type: 'DirectoryUserErased', data: { kind: 'user', id, attributes, version: state.entry.version + 1, by, at } }];
}

function decide(command: DirectoryEntryCommand, state: DirectoryEntryState): DirectoryEntryEvent[] {
  if (command.type === 'EraseUser') return eraseUser(command.data, state);
  const { id, attributes, lookups, by, at } = command.data;
  const errors = entryErrors(id, attributes, lookups);
  switch (command.type) {
    case 'RegisterEntry':
      if (state.status !== 'none') throw new AlreadyExists(kindName(attributes.kind), id);
      if (errors.length > 0) throw new ValidationFailed(errors);
      return [{ type: 'DirectoryEntryRegistered', data: { kind: attributes.kind, id, attributes, version: 1, by, at } }];
    case 'ReviseEntry': {
      if (state.status === 'none' || state.entry.attributes.kind !== attributes.kind) throw new NotFound(kindName(attributes.kind), id);
      if (errors.length > 0) throw new ValidationFailed(errors);
      // Sending the entry as it stands changes nothing (a repeated PUT, a seed run again).
      if (JSON.stringify(state.entry.attributes) === JSON.stringify(attributes)) return [];
      return [{ type: 'DirectoryEntryRevised', data: { kind: attributes.kind, id, attributes, version: state.entry.version + 1, by, at } }];
    }
    default:
      return assertNever(command, 'directory command');
  }
}

function evolve(_state: DirectoryEntryState, event: DirectoryEntryEvent): DirectoryEntryState {
  switch (event.type) {
    case 'DirectoryEntryRegistered':
    case 'DirectoryEntryRevised':
    case 'DirectoryUserErased':
      return { status: 'registered', entry: { id: event.data.id, attributes: event.data.attributes, version: event.data.version } };
    default:
      return assertNever(event, 'directory event');
  }
}

/** One directory entry (a user, a group, a service, a configuration item or a location): registered once, then revised. */
export const directoryEntryDecider: Decider<DirectoryEntryCommand, DirectoryEntryEvent, DirectoryEntryState> = {
  decide,
  evolve,
  initialState: () => ({ status: 'none' }),
};
