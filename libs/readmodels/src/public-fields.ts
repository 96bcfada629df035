import type { FieldChange } from './field-changes';

/**
 * How a stored field of a record shows in the record's detail (docs/api-conventions.md): under its
 * public name, and, when it holds ids of other records, as links `{ id, reference }`. Keys and names
 * are dotted paths; a key also maps the paths under it, and an empty name lifts them to the top
 * (`content` with name '' shows `content.title` as `title`).
 */
export interface PublicField {
  readonly name: string;
  readonly link?: true;
}

export type PublicFields = Readonly<Record<string, PublicField>>;

export interface RecordLink {
  readonly id: string;
  readonly reference: string | null;
}

function mappingOf(field: string, fields: PublicFields): { field: string; link: boolean } {
  for (const [stored, shown] of Object.entries(fields)) {
    if (field === stored) return { field: shown.name, link: shown.link === true };
    if (field.startsWith(`${stored}.`)) {
      const rest = field.slice(stored.length + 1);
      return { field: shown.name ? `${shown.name}.${rest}` : rest, link: false };
    }
  }
  return { field, link: false };
}

const linksOf = (value: unknown, references: ReadonlyMap<string, string>): unknown => {
  const link = (id: unknown): unknown => (typeof id === 'string' ? { id, reference: references.get(id) ?? null } : id);
  return Array.isArray(value) ? value.map(link) : link(value);
};

/** A change as the detail names it: its public field, and links with the references known. */
export function publicChange(change: FieldChange, fields: PublicFields, references: ReadonlyMap<string, string>): FieldChange {
  const mapped = mappingOf(change.field, fields);
  if (!mapped.link) return { ...change, field: mapped.field };
  return { field: mapped.field, from: linksOf(change.from, references), to: linksOf(change.to, references) };
}

/** The ids the changes of these stored fields name as links, to look their references up. */
export function linkedIdsOf(changes: readonly FieldChange[], fields: PublicFields): string[] {
  const ids = changes
    .filter((change) => fields[change.field]?.link)
    .flatMap((change) => [change.from, change.to].flatMap((value) => (Array.isArray(value) ? value : [value])))
    .filter((id): id is string => typeof id === 'string');
  return [...new Set(ids)];
}
