import type { SQLInputValue } from 'node:sqlite';
import type { Filter, SortKey } from '../document-store.port';
import { checkField, parseCondition, type Scalar } from '../document-query';

/** A WHERE fragment and its parameters; values are always bound, never spliced. */
export interface SqlPart {
  readonly sql: string;
  readonly params: SQLInputValue[];
}

const COLUMNS: Record<string, string> = { id: 'id', tenantId: 'tenant_id', position: 'position' };

/**
 * The SQL expression of a field. The JSON path is a literal (the name is validated) so that it is
 * the very expression the indexes are built on, which is what lets SQLite use them.
 */
export function fieldExpression(field: string): string {
  return COLUMNS[checkField(field)] ?? `json_extract(doc, '$.${field}')`;
}

/** The field as JSON text: keeps booleans and nested values intact (json_extract turns true into 1). */
export function fieldJson(field: string): string {
  return `(doc -> '$.${checkField(field)}')`;
}

function jsonType(field: string): string {
  return `json_type(doc, '$.${checkField(field)}')`;
}

function bind(value: Scalar): SQLInputValue {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

const RANGE_SQL = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' } as const;

/** Conditions of a filter, ANDed; the caller puts `tenant_id = ?` first. */
export function filterSql(filter: Filter = {}): SqlPart {
  const clauses: string[] = [];
  const params: SQLInputValue[] = [];
  for (const [field, raw] of Object.entries(filter)) {
    const e = fieldExpression(field);
    const condition = parseCondition(field, raw);
    switch (condition.op) {
      case 'eq':
        if (condition.value === null) clauses.push(`${e} IS NULL`);
        else if (typeof condition.value === 'boolean') {
          // 1 = true in SQL: the JSON type keeps a boolean from matching the number 1.
          clauses.push(`(${e} = ? AND ${jsonType(field)} = '${condition.value}')`);
          params.push(bind(condition.value));
        } else {
          clauses.push(`${e} = ?`);
          params.push(condition.value);
        }
        break;
      case 'in':
        if (condition.values.length === 0) clauses.push('0');
        else {
          clauses.push(`${e} IN (${condition.values.map(() => '?').join(', ')})`);
          params.push(...condition.values.map(bind));
        }
        break;
      case 'ne':
        // IS NOT treats NULL as a value: a missing field is "not equal", as in MongoDB.
        clauses.push(`${e} IS NOT ?`);
        params.push(bind(condition.value));
        break;
      case 'range':
        for (const bound of condition.bounds) {
          // Compare like MongoDB: a number bound only matches numbers, a string bound only strings.
          const types = typeof bound.value === 'number' ? `('integer', 'real')` : `('text')`;
          clauses.push(`(${e} ${RANGE_SQL[bound.op]} ? AND typeof(${e}) IN ${types})`);
          params.push(bound.value);
        }
        break;
      case 'contains':
        clauses.push(`(${jsonType(field)} = 'text' AND rm_contains(${e}, ?))`);
        params.push(condition.value);
        break;
      default: {
        const unhandled: never = condition;
        throw new Error(`unhandled condition ${JSON.stringify(unhandled)}`);
      }
    }
  }
  return { sql: clauses.join(' AND '), params };
}

export function orderBySql(keys: readonly SortKey[]): string {
  return keys.map((key) => `${fieldExpression(key.field)} ${key.direction === 'asc' ? 'ASC' : 'DESC'}`).join(', ');
}

/**
 * Keyset condition "after the cursor's row" in the order of `keys`: (k1 after v1) OR (k1 = v1 AND
 * k2 after v2) ... SQLite sorts NULL first, so in ascending order everything non-null is after a
 * NULL, and in descending order NULLs come after every value.
 */
export function afterSql(keys: readonly SortKey[], values: readonly Scalar[]): SqlPart {
  const alternatives: string[] = [];
  const params: SQLInputValue[] = [];
  keys.forEach((key, i) => {
    const parts: string[] = [];
    for (let j = 0; j < i; j++) {
      parts.push(`${fieldExpression(keys[j].field)} IS ?`);
      params.push(bind(values[j]));
    }
    const e = fieldExpression(key.field);
    const value = values[i];
    if (key.direction === 'asc') {
      parts.push(value === null ? `${e} IS NOT NULL` : `${e} > ?`);
    } else {
      parts.push(value === null ? '0' : `(${e} < ? OR ${e} IS NULL)`);
    }
    if (value !== null) params.push(bind(value));
    alternatives.push(`(${parts.join(' AND ')})`);
  });
  return { sql: `(${alternatives.join(' OR ')})`, params };
}
