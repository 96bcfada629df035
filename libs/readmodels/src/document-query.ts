import { ValidationFailed } from '@deskstream/kernel';
import type { FieldCondition, FindOptions, GroupCount, SortKey } from './document-store.port';

/** Field names end up inside SQL expressions and Mongo paths: only plain dotted identifiers pass. */
const FIELD = /^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/;
/** Logical collection names become table / collection names. */
const COLLECTION = /^[A-Za-z][A-Za-z0-9_-]*$/;

export function checkField(field: string): string {
  if (!FIELD.test(field)) throw new ValidationFailed([{ field, message: 'invalid field name' }]);
  return field;
}

export function checkCollectionName(name: string): string {
  if (!COLLECTION.test(name)) throw new ValidationFailed([{ field: 'collection', message: `invalid collection name ${name}` }]);
  return name;
}

export function checkLimit(limit: number | undefined): number | undefined {
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
    throw new ValidationFailed([{ field: 'limit', message: 'must be a positive integer' }]);
  }
  return limit;
}

export type Scalar = string | number | boolean | null;

export type Condition =
  | { readonly op: 'eq'; readonly value: Scalar }
  | { readonly op: 'in'; readonly values: readonly (string | number | boolean)[] }
  | { readonly op: 'ne'; readonly value: Scalar }
  | { readonly op: 'range'; readonly bounds: readonly { readonly op: '$gt' | '$gte' | '$lt' | '$lte'; readonly value: string | number }[] }
  | { readonly op: 'contains'; readonly value: string };

const RANGE_OPS = ['$gt', '$gte', '$lt', '$lte'] as const;

/** Normalises one filter condition so both adapters translate the same, already validated, shape. */
export function parseCondition(field: string, condition: FieldCondition): Condition {
  if (condition === null || typeof condition !== 'object') return { op: 'eq', value: condition };
  const keys = Object.keys(condition);
  const invalid = (message: string) => new ValidationFailed([{ field, message }]);
  if ('$in' in condition) {
    if (keys.length !== 1 || !Array.isArray(condition.$in)) throw invalid('$in takes a list and nothing else');
    return { op: 'in', values: condition.$in };
  }
  if ('$ne' in condition) {
    if (keys.length !== 1) throw invalid('$ne cannot be combined');
    return { op: 'ne', value: condition.$ne };
  }
  if ('$contains' in condition) {
    if (keys.length !== 1 || typeof condition.$contains !== 'string') throw invalid('$contains takes a string');
    return { op: 'contains', value: condition.$contains };
  }
  const range = condition as Record<string, unknown>;
  const bounds = RANGE_OPS.filter((op) => range[op] !== undefined).map((op) => {
    const value = range[op];
    if (typeof value !== 'string' && typeof value !== 'number') throw invalid(`${op} takes a string or a number`);
    return { op, value };
  });
  if (bounds.length === 0 || keys.some((key) => !(RANGE_OPS as readonly string[]).includes(key))) {
    throw invalid(`unknown operator in ${keys.join(', ') || 'empty condition'}`);
  }
  return { op: 'range', bounds };
}

/** Sort keys with the id tie-breaker appended: every page boundary is then a unique point. */
export function sortKeys(options: FindOptions): SortKey[] {
  const keys = (options.sort ?? []).map((key) => {
    checkField(key.field);
    if (key.direction !== 'asc' && key.direction !== 'desc') {
      throw new ValidationFailed([{ field: key.field, message: 'direction must be asc or desc' }]);
    }
    return key;
  });
  return [...keys, { field: 'id', direction: 'asc' }];
}

export function valueAt(doc: unknown, path: string): unknown {
  let value = doc;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The cursor is the last item's sort values (id last), so the next page starts strictly after it. */
export function encodeCursor(doc: unknown, keys: readonly SortKey[]): string {
  const values = keys.map((key) => {
    const value = valueAt(doc, key.field);
    return value === undefined ? null : value;
  });
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, keys: readonly SortKey[]): Scalar[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = undefined;
  }
  const scalar = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
  if (!Array.isArray(values) || values.length !== keys.length || !values.every(scalar)) {
    throw new ValidationFailed([{ field: 'cursor', message: 'invalid cursor (or a cursor from another sort)' }]);
  }
  return values as Scalar[];
}

/** Largest group first, then by key, so both adapters answer in the same order. */
export function orderGroups(groups: GroupCount[]): GroupCount[] {
  const label = new Map(groups.map((group) => [group, JSON.stringify(group.key)]));
  return groups.sort((a, b) => b.count - a.count || (label.get(a)! < label.get(b)! ? -1 : 1));
}

/** Every stored document names its tenant, id and (integer) position: the adapters rely on all three. */
export function checkDocument(doc: { tenantId: unknown; id: unknown; position: unknown }): void {
  const errors = [];
  if (typeof doc.tenantId !== 'string' || doc.tenantId === '') errors.push({ field: 'tenantId', message: 'required' });
  if (typeof doc.id !== 'string' || doc.id === '') errors.push({ field: 'id', message: 'required' });
  if (!Number.isSafeInteger(doc.position)) errors.push({ field: 'position', message: 'must be an integer' });
  if (errors.length > 0) throw new ValidationFailed(errors);
}
