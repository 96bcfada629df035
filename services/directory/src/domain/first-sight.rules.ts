import type { EntryAttributes } from './directory-entry.model';
import { MAX_NAME_LENGTH } from './directory-entry.rules';

/** The names another desk's history gave its people, groups, categories and locations, as it wrote them. */
export interface NamesMet {
  readonly users: readonly string[];
  readonly groups: readonly string[];
  readonly categories: readonly string[];
  readonly locations: readonly string[];
}

export interface EntryFirstSeen {
  readonly id: string;
  readonly attributes: EntryAttributes;
}

/**
 * The directory id a source's name is filed under: lower-case, every run of other characters one `-`
 * (`max.agent` stays `max.agent`, `Network Team` is `network-team`). Null when nothing of it is left.
 */
export function entryIdOf(name: string): string | null {
  const id = name
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return id === '' ? null : id;
}

/**
 * What the directory registers for the names an import met, when it has no entry under their id yet:
 * active entries named as the source named them, with no roles, members or manager (an admin grants
 * those), in UTC until an admin says where they are.
 */
export function entriesFirstSeen(met: NamesMet): EntryFirstSeen[] {
  const entries = new Map<string, EntryFirstSeen>();
  const add = (names: readonly string[], attributesOf: (name: string) => EntryAttributes) => {
    for (const source of names) {
      const id = entryIdOf(source);
      const name = source.trim().slice(0, MAX_NAME_LENGTH);
      const attributes = attributesOf(name);
      if (id !== null && name !== '' && !entries.has(`${attributes.kind}:${id}`)) entries.set(`${attributes.kind}:${id}`, { id, attributes });
    }
  };
  add(met.users, (name) => ({ kind: 'user', name, active: true, emails: [], timeZone: 'UTC', locale: 'en-GB', manager: null, roles: [] }));
  add(met.groups, (name) => ({ kind: 'group', name, active: true, members: [], manager: null, tier: 1, calendar: null, email: null }));
  add(met.categories, (name) => ({ kind: 'category', name, active: true }));
  add(met.locations, (name) => ({ kind: 'location', name, active: true, timeZone: 'UTC' }));
  return [...entries.values()];
}
