/** One field of a record that an event changed, for history views. */
export interface FieldChange {
  readonly field: string;
  readonly from: unknown;
  readonly to: unknown;
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

/** Absent, null and an empty list all read as "no value": a change between them is no change. */
const valueOf = (value: unknown): unknown => (value === undefined || (Array.isArray(value) && value.length === 0) ? null : value);

/** The fields whose values differ between two states of a record (a missing record is empty). */
export function fieldChanges(before: object | null | undefined, after: object | null | undefined): FieldChange[] {
  const from = flatten(before ?? {});
  const to = flatten(after ?? {});
  return [...new Set([...Object.keys(from), ...Object.keys(to)])]
    .map((field) => ({ field, from: valueOf(from[field]), to: valueOf(to[field]) }))
    .filter((change) => JSON.stringify(change.from) !== JSON.stringify(change.to));
}
