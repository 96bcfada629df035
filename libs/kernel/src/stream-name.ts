import { ValidationFailed } from './errors';

/** Tenants and categories are plain slugs so that `<category>-<tenant>.<id>` parses back unambiguously. */
const SLUG = /^[a-z][a-z0-9_]*$/;
const TENANT = /^[a-z0-9][a-z0-9_]*$/;

export interface StreamName {
  readonly category: string;
  readonly tenantId: string;
  readonly id: string;
}

export function streamName(category: string, tenantId: string, id: string): string {
  if (!SLUG.test(category)) throw new ValidationFailed([{ field: 'category', message: `invalid stream category ${category}` }]);
  if (!TENANT.test(tenantId)) throw new ValidationFailed([{ field: 'tenantId', message: `invalid tenant ${tenantId}` }]);
  if (!id) throw new ValidationFailed([{ field: 'id', message: 'stream id is empty' }]);
  return `${category}-${tenantId}.${id}`;
}

export function parseStreamName(name: string): StreamName {
  const dash = name.indexOf('-');
  const dot = name.indexOf('.', dash + 1);
  if (dash <= 0 || dot <= dash + 1 || dot === name.length - 1) {
    throw new ValidationFailed([{ field: 'streamId', message: `not a <category>-<tenant>.<id> stream: ${name}` }]);
  }
  return { category: name.slice(0, dash), tenantId: name.slice(dash + 1, dot), id: name.slice(dot + 1) };
}

export function categoryOf(name: string): string {
  const dash = name.indexOf('-');
  return dash > 0 ? name.slice(0, dash) : name;
}

/**
 * A regular expression matching the name of every stream of a tenant, whatever its category, for a
 * store that finds streams by name (KurrentDB's `$all` read with a stream-name filter).
 */
export function tenantStreamsPattern(tenantId: string): string {
  if (!TENANT.test(tenantId)) throw new ValidationFailed([{ field: 'tenantId', message: `invalid tenant ${tenantId}` }]);
  // A category is a slug: the same characters as in SLUG, unanchored at the end.
  return `^${SLUG.source.slice(1, -1)}-${tenantId}\\.`;
}
