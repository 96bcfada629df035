import { createHash } from 'node:crypto';
import { ValidationFailed } from '@deskstream/kernel';
import { transaction, type Sqlite } from '@deskstream/sqlite';
import type { DocumentCollection, DocumentStore, StoredDocument } from '../document-store.port';
import { checkCollectionName, checkField } from '../document-query';
import { fieldExpression } from './sqlite-query';
import { quoteIdentifier, SqliteDocumentCollection, writeStatementsOf } from './sqlite-document-collection';
import { SqliteShadowWriter } from './sqlite-shadow-writer';

interface CollectionRow {
  physical: string;
  generation: number;
}

function containsIgnoringCase(haystack: unknown, needle: unknown): number {
  return typeof haystack === 'string' && typeof needle === 'string' && haystack.toLowerCase().includes(needle.toLowerCase()) ? 1 : 0;
}

/**
 * Read models in the shared SQLite file. Each logical collection is one `rm_` table of JSON documents
 * keyed by (tenant_id, id); `rm_collections` says which table is live, so a rebuild fills a fresh
 * table and a swap repoints the name in one transaction. Index specs are kept in `rm_indexes` so a
 * rebuilt table has them from the start (and any recorded meanwhile before it goes live).
 */
export class SqliteDocumentStore implements DocumentStore {
  private readonly live = new Map<string, string>();
  private readonly collections = new Map<string, SqliteDocumentCollection>();
  /** The writer thread of each shadow not swapped in yet, stopped at the swap. */
  private readonly shadowWriters = new Map<string, SqliteShadowWriter>();
  private readonly statements;

  constructor(private readonly db: Sqlite) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS rm_collections (
        name TEXT PRIMARY KEY, physical TEXT NOT NULL, generation INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS rm_indexes (name TEXT NOT NULL, fields TEXT NOT NULL, PRIMARY KEY (name, fields)) WITHOUT ROWID;
    `);
    // JavaScript lower-casing, like MongoDB's case-insensitive regex (SQLite's lower() is ASCII only).
    db.function('rm_contains', { deterministic: true }, containsIgnoringCase);
    this.statements = {
      lookup: db.prepare('SELECT physical, generation FROM rm_collections WHERE name = ?'),
      register: db.prepare('INSERT OR IGNORE INTO rm_collections (name, physical, generation) VALUES (?, ?, 0)'),
      nextGeneration: db.prepare('UPDATE rm_collections SET generation = generation + 1 WHERE name = ? RETURNING generation'),
      repoint: db.prepare('UPDATE rm_collections SET physical = ? WHERE name = ?'),
      recordIndex: db.prepare('INSERT OR IGNORE INTO rm_indexes (name, fields) VALUES (?, ?)'),
      indexesOf: db.prepare('SELECT fields FROM rm_indexes WHERE name = ?'),
      tableExists: db.prepare("SELECT 1 AS found FROM sqlite_master WHERE type = 'table' AND name = ?"),
    };
  }

  collection<T extends StoredDocument = StoredDocument>(name: string): DocumentCollection<T> {
    let collection = this.collections.get(checkCollectionName(name));
    if (!collection) {
      collection = new SqliteDocumentCollection(this.db, {
        table: () => this.liveTable(name),
        refresh: () => this.live.delete(name),
      });
      this.collections.set(name, collection);
    }
    return collection as unknown as DocumentCollection<T>;
  }

  async createShadow<T extends StoredDocument = StoredDocument>(name: string): Promise<{ physicalName: string; collection: DocumentCollection<T> }> {
    const physicalName = transaction(this.db, () => {
      this.register(checkCollectionName(name));
      const { generation } = this.statements.nextGeneration.get(name) as { generation: number };
      const physical = `rm_${name}__${generation}`;
      this.db.exec(`DROP TABLE IF EXISTS ${quoteIdentifier(physical)}`);
      this.createTable(physical);
      // Indexed while it fills: an insert evaluates every indexed field on one parse of the document
      // (SQLite shares it between the statement's JSON calls), where each index built afterwards
      // parses every document again (a replay of 200,000 tickets: 4.6 s of writes instead of 7.1).
      for (const fields of this.indexSpecs(name)) this.createIndex(physical, fields);
      return physical;
    });
    const writer = SqliteShadowWriter.forFile(this.db, writeStatementsOf(physicalName));
    if (writer) this.shadowWriters.set(physicalName, writer);
    const collection = new SqliteDocumentCollection<T>(this.db, { table: () => physicalName, refresh: () => undefined }, writer);
    return { physicalName, collection };
  }

  async swap(name: string, physicalName: string): Promise<void> {
    await this.closeShadowWriter(physicalName);
    transaction(this.db, () => {
      const row = this.statements.lookup.get(checkCollectionName(name)) as unknown as CollectionRow | undefined;
      const generation = physicalName.startsWith(`rm_${name}__`) ? physicalName.slice(`rm_${name}__`.length) : '';
      if (!row || !/^\d+$/.test(generation) || !this.statements.tableExists.get(physicalName)) {
        throw new ValidationFailed([{ field: 'physicalName', message: `${physicalName} is not a shadow of ${name}` }]);
      }
      if (row.physical === physicalName) return;
      // Those recorded since the shadow was made.
      for (const fields of this.indexSpecs(name)) this.createIndex(physicalName, fields);
      this.statements.repoint.run(physicalName, name);
      this.db.exec(`DROP TABLE IF EXISTS ${quoteIdentifier(row.physical)}`);
    });
    this.live.set(name, physicalName);
  }

  async ensureIndexes(name: string, fields: readonly string[][]): Promise<void> {
    checkCollectionName(name);
    for (const spec of fields) spec.forEach(checkField);
    transaction(this.db, () => {
      const table = this.liveTable(name);
      for (const spec of fields) {
        this.statements.recordIndex.run(name, JSON.stringify(spec));
        this.createIndex(table, spec);
      }
    });
  }

  async close(): Promise<void> {
    // The connection belongs to whoever opened it (it is shared with the other adapters).
    await Promise.all([...this.shadowWriters.keys()].map((physical) => this.closeShadowWriter(physical)));
    this.collections.clear();
    this.live.clear();
  }

  private async closeShadowWriter(physicalName: string): Promise<void> {
    const writer = this.shadowWriters.get(physicalName);
    this.shadowWriters.delete(physicalName);
    await writer?.close();
  }

  private liveTable(name: string): string {
    let table = this.live.get(name);
    if (!table) {
      table = transaction(this.db, () => this.register(name));
      this.live.set(name, table);
    }
    return table;
  }

  /** The live table of `name`, created (generation 0) on first use. */
  private register(name: string): string {
    const initial = `rm_${name}__0`;
    this.statements.register.run(name, initial);
    const row = this.statements.lookup.get(name) as unknown as CollectionRow;
    this.createTable(row.physical);
    return row.physical;
  }

  private createTable(physical: string): void {
    this.db.exec(`CREATE TABLE IF NOT EXISTS ${quoteIdentifier(physical)} (
      tenant_id TEXT NOT NULL, id TEXT NOT NULL, position INTEGER NOT NULL, doc TEXT NOT NULL,
      PRIMARY KEY (tenant_id, id)
    )`);
  }

  private indexSpecs(name: string): string[][] {
    return (this.statements.indexesOf.all(name) as { fields: string }[]).map((row) => JSON.parse(row.fields) as string[]);
  }

  private createIndex(table: string, fields: readonly string[]): void {
    const digest = createHash('sha1').update(JSON.stringify(fields)).digest('hex').slice(0, 12);
    const columns = ['tenant_id', ...fields.map(fieldExpression)].join(', ');
    this.db.exec(`CREATE INDEX IF NOT EXISTS ${quoteIdentifier(`${table}__ix_${digest}`)} ON ${quoteIdentifier(table)} (${columns})`);
  }
}
