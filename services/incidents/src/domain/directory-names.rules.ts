import { ValidationFailed, type FieldError } from '@deskstream/kernel';

/** The tenant directory's answer for the names of one kind a command gives (looked up before deciding). */
export interface KnownNames {
  /** False while the tenant's directory lists no entry of this kind: names are free text until it does. */
  readonly listed: boolean;
  readonly known: readonly string[];
}

/** What the directory knows of the groups and users a command names; absent where nothing was looked up. */
export interface DirectoryFacts {
  readonly groups?: KnownNames;
  readonly users?: KnownNames;
}

export interface NamedField {
  readonly field: string;
  readonly kind: 'group' | 'user';
  readonly value: string | null | undefined;
}

/**
 * A group or person a ticket is handed to must exist in the tenant's directory (and be active): a typo
 * must not create a queue nobody watches. A tenant whose directory has no groups (or no users) yet
 * works with free text for that kind, as it did before it had a directory.
 */
export function unknownNames(fields: readonly NamedField[], facts: DirectoryFacts | undefined): FieldError[] {
  if (!facts) return [];
  return fields.flatMap(({ field, kind, value }) => {
    const names = kind === 'group' ? facts.groups : facts.users;
    if (value === null || value === undefined || !names?.listed || names.known.includes(value)) return [];
    return [{ field, message: `no active ${kind} "${value}" in the directory` }];
  });
}

export function ensureKnownNames(fields: readonly NamedField[], facts: DirectoryFacts | undefined): void {
  const errors = unknownNames(fields, facts);
  if (errors.length > 0) throw new ValidationFailed(errors);
}
