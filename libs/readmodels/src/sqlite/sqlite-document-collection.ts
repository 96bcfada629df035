import type { SQLInputValue, StatementSync } from 'node:sqlite';
import { transaction, type Sqlite } from '@deskstream/sqlite';
import type { DocumentCollection, Filter, FindOptions, GroupCount, Page, StoredDocument } from '../document-store.port';
import { checkDocument, checkField, checkLimit, decodeCursor, encodeCursor, orderGroups, sortKeys } from '../document-query';
import type { BatchDocumentWriter, DocumentWrite } from '../document-writes';
import { afterSql, fieldExpression, fieldJson, filterSql, orderBySql } from './sqlite-query';
import type { SqliteShadowWriter } from './sqlite-shadow-writer';

/** Where a collection's rows are: the table can change under a logical name (swap after a rebuild). */
export interface TableRef {
  table(): string;
  /** Called when the table vanished (swapped by another process); the next table() looks again. */
  refresh(): void;
}

interface HotStatements {
  readonly table: string;
  readonly get: StatementSync;
  readonly put: StatementSync;
  readonly delete: StatementSync;
}

/** Distinct query shapes kept prepared per collection. */
const PREPARED_QUERIES = 32;

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The guarded writes of a table's documents: a put applies only over an older position, a delete only an older document. */
export function writeStatementsOf(table: string): { readonly putSql: string; readonly deleteSql: string } {
  const t = quoteIdentifier(table);
  return {
    putSql: `INSERT INTO ${t} (tenant_id, id, position, doc) VALUES (?, ?, ?, ?)
           ON CONFLICT (tenant_id, id) DO UPDATE SET position = excluded.position, doc = excluded.doc
           WHERE excluded.position > ${t}.position`,
    deleteSql: `DELETE FROM ${t} WHERE tenant_id = ? AND id = ? AND position < ?`,
  };
}

/** One logical collection in SQLite: documents as JSON, tenant and id as the primary key. */
export class SqliteDocumentCollection<T extends StoredDocument = StoredDocument> implements DocumentCollection<T>, BatchDocumentWriter<T> {
  private hot: HotStatements | null = null;
  /** Queries prepared once per SQL text (the shape of a filter and sort, never its values), the least recently used dropped past the cap. */
  private readonly queries = new Map<string, StatementSync>();

  constructor(
    private readonly db: Sqlite,
    private readonly ref: TableRef,
    /** Where batches go instead of this connection (a rebuild's fresh copy, written from the other core). */
    private readonly batches: SqliteShadowWriter | null = null,
  ) {}

  async get(tenantId: string, id: string): Promise<T | null> {
    return this.withTable(() => {
      const row = this.statements().get.get(tenantId, id) as { doc: string } | undefined;
      return row ? (JSON.parse(row.doc) as T) : null;
    });
  }

  async put(doc: T): Promise<boolean> {
    checkDocument(doc);
    return this.withTable(() => this.putNow(doc));
  }

  async delete(tenantId: string, id: string, position: number): Promise<boolean> {
    return this.withTable(() => this.statements().delete.run(tenantId, id, position).changes > 0);
  }

  async writeMany(writes: readonly DocumentWrite<T>[]): Promise<number> {
    for (const write of writes) if (write.kind === 'put') checkDocument(write.doc);
    if (this.batches?.open) {
      return this.batches.write(
        writes.map((write) =>
          write.kind === 'put'
            ? [write.doc.tenantId, write.doc.id, write.doc.position, JSON.stringify(write.doc)]
            : [write.tenantId, write.id, write.position, null],
        ),
      );
    }
    return this.withTable(() =>
      transaction(this.db, () => {
        const statements = this.statements();
        let applied = 0;
        for (const write of writes) {
          const changed = write.kind === 'put' ? this.putNow(write.doc) : statements.delete.run(write.tenantId, write.id, write.position).changes > 0;
          if (changed) applied += 1;
        }
        return applied;
      }),
    );
  }

  async find(tenantId: string, options: FindOptions = {}): Promise<Page<T>> {
    const limit = checkLimit(options.limit);
    const keys = sortKeys(options);
    const where = filterSql(options.filter);
    const after = options.cursor === undefined ? null : afterSql(keys, decodeCursor(options.cursor, keys));
    const clauses = ['tenant_id = ?', where.sql, after?.sql].filter(Boolean).join(' AND ');
    const params: SQLInputValue[] = [tenantId, ...where.params, ...(after?.params ?? []), limit === undefined ? -1 : limit + 1];
    const rows = this.withTable(
      () => this.query(`SELECT doc FROM ${this.table()} WHERE ${clauses} ORDER BY ${orderBySql(keys)} LIMIT ?`).all(...params) as { doc: string }[],
    );
    const items = rows.slice(0, limit).map((row) => JSON.parse(row.doc) as T);
    const more = limit !== undefined && rows.length > limit;
    return { items, nextCursor: more ? encodeCursor(items[items.length - 1], keys) : null };
  }

  async count(tenantId: string, filter?: Filter): Promise<number> {
    const where = filterSql(filter);
    const clauses = ['tenant_id = ?', where.sql].filter(Boolean).join(' AND ');
    const row = this.withTable(() => this.query(`SELECT COUNT(*) AS n FROM ${this.table()} WHERE ${clauses}`).get(tenantId, ...where.params) as { n: number });
    return row.n;
  }

  async countBy(tenantId: string, fields: readonly string[], filter?: Filter): Promise<GroupCount[]> {
    fields.forEach(checkField);
    const where = filterSql(filter);
    const clauses = ['tenant_id = ?', where.sql].filter(Boolean).join(' AND ');
    // Grouped on the indexed expression; each group's JSON value is read back to keep its type.
    const keys = fields.map((field, i) => `${fieldJson(field)} AS k${i}`).join(', ');
    const groupBy = fields.map(fieldExpression).join(', ');
    const sql = `SELECT ${keys}${fields.length > 0 ? ', ' : ''}COUNT(*) AS n FROM ${this.table()} WHERE ${clauses}${
      fields.length > 0 ? ` GROUP BY ${groupBy}` : ''
    }`;
    const rows = this.withTable(() => this.query(sql).all(tenantId, ...where.params) as Record<string, string | number | null>[]);
    const groups = rows
      .filter((row) => Number(row.n) > 0)
      .map((row) => ({
        key: Object.fromEntries(fields.map((field, i) => [field, row[`k${i}`] === null ? null : JSON.parse(String(row[`k${i}`]))])),
        count: Number(row.n),
      }));
    return orderGroups(groups);
  }

  private putNow(doc: T): boolean {
    return this.statements().put.run(doc.tenantId, doc.id, doc.position, JSON.stringify(doc)).changes > 0;
  }

  private query(sql: string): StatementSync {
    let statement = this.queries.get(sql);
    if (statement) this.queries.delete(sql);
    else {
      statement = this.db.prepare(sql);
      if (this.queries.size >= PREPARED_QUERIES) this.queries.delete(this.queries.keys().next().value!);
    }
    this.queries.set(sql, statement);
    return statement;
  }

  private table(): string {
    return quoteIdentifier(this.ref.table());
  }

  /** Prepared once per table: get and put run for every projected event. */
  private statements(): HotStatements {
    const table = this.ref.table();
    if (this.hot?.table !== table) {
      const { putSql, deleteSql } = writeStatementsOf(table);
      this.hot = {
        table,
        get: this.db.prepare(`SELECT doc FROM ${quoteIdentifier(table)} WHERE tenant_id = ? AND id = ?`),
        put: this.db.prepare(putSql),
        delete: this.db.prepare(deleteSql),
      };
    }
    return this.hot;
  }

  /** Retries once after another process swapped the collection and dropped the table we knew. */
  private withTable<R>(operation: () => R): R {
    try {
      return operation();
    } catch (error) {
      // Not `instanceof Error`: errors from node:sqlite may come from another realm (Jest's sandbox).
      if (!/no such table/.test(String((error as { message?: unknown } | null)?.message))) throw error;
      this.hot = null;
      this.queries.clear();
      this.ref.refresh();
      return operation();
    }
  }
}
