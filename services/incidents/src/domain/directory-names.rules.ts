import { ValidationFailed, type FieldError } from '@deskstream/kernel';

/** The tenant directory's answer for the names of one kind a command gives (looked up before deciding). */
export interface KnownNames {
  /** False while the tenant's directory lists no entry of this kind: names are free text until it does. */
  readonly listed: boolean;
  readonly known: readonly string[];
}

/** What the directory knows of the groups, users, services and configuration items a command names; absent where nothing was looked up. */
export interface DirectoryFacts {
  readonly groups?: KnownNames;
  readonly users?: KnownNames;
  readonly services?: KnownNames;
  readonly configurationItems?: KnownNames;
}

export type NamedKind = 'group' | 'user' | 'service' | 'configuration-item';

export interface NamedField {
  readonly field: string;
  readonly kind: NamedKind;
  readonly value: string | null | undefined;
}

const FACTS_OF: Readonly<Record<NamedKind, keyof DirectoryFacts>> = {
  group: 'groups',
  user: 'users',
  service: 'services',
  'configuration-item': 'configurationItems',
};

/**
 * A group or person a ticket is handed to, and the service or configuration item it is about, must
 * exist in the tenant's directory (and be active): a typo must not create a queue nobody watches, nor
 * a service nobody reports on. A tenant whose directory has no entry of a kind yet works with free
 * text for that kind, as it did before it had a directory.
 */
export function unknownNames(fields: readonly NamedField[], facts: DirectoryFacts | undefined): FieldError[] {
  if (!facts) return [];
  return fields.flatMap(({ field, kind, value }) => {
    const names = facts[FACTS_OF[kind]];
    if (value === null || value === undefined || !names?.listed || names.known.includes(value)) return [];
    return [{ field, message: `no active ${kind.replace('-', ' ')} "${value}" in the directory` }];
  });
}

export function ensureKnownNames(fields: readonly NamedField[], facts: DirectoryFacts | undefined): void {
  const errors = unknownNames(fields, facts);
  if (errors.length > 0) throw new ValidationFailed(errors);
}
