import type mongoose from 'mongoose';
import type { Filter, GroupCount, SortKey } from '../document-store.port';
import { checkField, parseCondition, type Scalar } from '../document-query';

type Query = mongoose.mongo.Document;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The port's filter as a MongoDB query; the caller ANDs it with the tenant. */
export function filterQuery(filter: Filter = {}): Query[] {
  return Object.entries(filter).map(([field, raw]) => {
    checkField(field);
    const condition = parseCondition(field, raw);
    switch (condition.op) {
      case 'eq':
        return { [field]: condition.value };
      case 'in':
        return { [field]: { $in: condition.values } };
      case 'ne':
        return { [field]: { $ne: condition.value } };
      case 'range':
        return { [field]: Object.fromEntries(condition.bounds.map((bound) => [bound.op, bound.value])) };
      case 'contains':
        return { [field]: { $regex: escapeRegex(condition.value), $options: 'i' } };
      default: {
        const unhandled: never = condition;
        throw new Error(`unhandled condition ${JSON.stringify(unhandled)}`);
      }
    }
  });
}

export function sortSpec(keys: readonly SortKey[]): [string, 1 | -1][] {
  return keys.map((key) => [key.field, key.direction === 'asc' ? 1 : -1]);
}

/**
 * Keyset condition "after the cursor's document", mirroring the SQLite adapter: null and missing
 * sort first, so ascending, every value is after null; descending, nulls come after every value.
 */
export function afterQuery(keys: readonly SortKey[], values: readonly Scalar[]): Query {
  const alternatives = keys.map((key, i) => {
    const ties = Object.fromEntries(keys.slice(0, i).map((previous, j) => [previous.field, values[j]]));
    const value = values[i];
    let after: Query;
    if (key.direction === 'asc') after = value === null ? { [key.field]: { $ne: null } } : { [key.field]: { $gt: value } };
    else after = value === null ? { id: { $in: [] } } : { $or: [{ [key.field]: { $lt: value } }, { [key.field]: null }] };
    return { $and: [ties, after] };
  });
  return { $or: alternatives };
}

/**
 * $group key on the raw fields. Missing and null are one group, as in SQL: the server keeps them
 * apart (a missing field leaves the key out), so `mergeGroups` joins them after the query. Folding
 * them with `$ifNull` in the key would need a server that evaluates expressions in `$group`.
 */
export function groupKey(fields: readonly string[]): Query | null {
  if (fields.length === 0) return null;
  return Object.fromEntries(fields.map((field, i) => [`k${i}`, `$${checkField(field)}`]));
}

/** The rows of a `groupKey` aggregation as counts per key, missing values as null. */
export function mergeGroups(fields: readonly string[], rows: readonly { _id: Record<string, unknown> | null; count: number }[]): GroupCount[] {
  const groups = new Map<string, GroupCount>();
  for (const row of rows) {
    const key = Object.fromEntries(fields.map((field, i) => [field, (row._id?.[`k${i}`] as Scalar | undefined) ?? null]));
    const label = JSON.stringify(fields.map((field) => key[field]));
    const previous = groups.get(label);
    groups.set(label, { key, count: (previous?.count ?? 0) + row.count });
  }
  return [...groups.values()];
}
