import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { isRequesterOnly } from '../../domain/article.rules';
import type { ArticleSearch, ArticleSearchQuery, Highlight, SearchableArticle, SearchHit, SearchResult } from './article-search.port';
import type { SearchLanguage } from './search-language';
import { termProcessor, WORD, type TermProcessor } from './stemming';

const COLUMNS = ['id', 'status', 'audience', 'service', 'category', 'title', 'keywords', 'problem', 'environment', 'cause', 'resolution'] as const;
const TEXT = ['title', 'keywords', 'problem', 'environment', 'cause', 'resolution'] as const;
/** bm25 weight per column: title above keywords above the body sections; the filter columns carry none. */
const WEIGHTS = '0, 0, 0, 0, 0, 10, 5, 1.5, 0.5, 1, 1';
const MIN_PREFIX = 3;
const OPEN = '\u0002';
const CLOSE = '\u0003';

interface Tenant {
  readonly table: string;
  readonly language: SearchLanguage;
  readonly stem: TermProcessor;
  readonly articles: Map<string, SearchableArticle>;
  /** Rows are found by rowid: the id column is unindexed, and a lookup by it would scan the table. */
  readonly rowids: Map<string, number>;
  nextRowid: number;
  readonly upsert: StatementSync;
  readonly remove: StatementSync;
  readonly page: StatementSync;
  readonly highlights: StatementSync;
}

type Row = Record<string, string | number>;

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const marked = (text: string): string => escape(text).replaceAll(OPEN, '<mark>').replaceAll(CLOSE, '</mark>');

/**
 * The search port on SQLite FTS5 (its bm25() ranking, column weights, prefix queries, highlight() and
 * snippet()) in an in-memory database of its own, one FTS table per tenant: a query names its
 * tenant's table and no other. The Porter stemmer for English tenants; other languages match whole
 * words (FTS5 has no other stemmer; MiniSearchArticleSearch stems them). Rebuilt from the article
 * events on every start, like the MiniSearch index.
 */
export class SqliteArticleSearch implements ArticleSearch {
  private readonly db = new DatabaseSync(':memory:');
  private readonly tenants = new Map<string, Tenant>();
  private readonly languages = new Map<string, SearchLanguage>();

  async configure(tenantId: string, language: SearchLanguage): Promise<void> {
    if (this.languages.get(tenantId) === language) return;
    this.languages.set(tenantId, language);
    const previous = this.tenants.get(tenantId);
    if (!previous) return;
    this.db.exec(`DROP TABLE ${previous.table}`);
    this.tenants.delete(tenantId);
    for (const article of previous.articles.values()) await this.upsert(article);
  }

  async upsert(article: SearchableArticle): Promise<void> {
    const tenant = this.tenant(article.tenantId);
    const previous = tenant.rowids.get(article.id);
    if (previous !== undefined) tenant.remove.run(previous);
    const rowid = tenant.nextRowid++;
    tenant.upsert.run(rowid, ...COLUMNS.map((column) => (column === 'keywords' ? article.keywords.join(', ') : (article[column] ?? ''))));
    tenant.rowids.set(article.id, rowid);
    tenant.articles.set(article.id, article);
  }

  async upsertMany(articles: readonly SearchableArticle[]): Promise<void> {
    this.db.exec('BEGIN');
    try {
      for (const article of articles) await this.upsert(article);
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }

  async remove(tenantId: string, id: string): Promise<void> {
    const tenant = this.tenants.get(tenantId);
    const rowid = tenant?.rowids.get(id);
    if (!tenant || rowid === undefined) return;
    tenant.remove.run(rowid);
    tenant.rowids.delete(id);
    tenant.articles.delete(id);
  }

  async removeTenant(tenantId: string): Promise<void> {
    const tenant = this.tenants.get(tenantId);
    if (tenant) this.db.exec(`DROP TABLE ${tenant.table}`);
    this.tenants.delete(tenantId);
    this.languages.delete(tenantId);
  }

  async search(tenantId: string, query: ArticleSearchQuery): Promise<SearchResult> {
    const tenant = this.tenants.get(tenantId);
    const terms = tenant ? this.terms(tenant, query) : null;
    if (!tenant || !terms) return { total: 0, hits: [] };
    const filters = query.filters ?? {};
    const requester = isRequesterOnly(query.roles);
    const states = requester ? ['validated'] : (filters.states ?? ['not-validated', 'validated']);
    const run = (match: string) =>
      tenant.page.all({
        match,
        states: `,${states.join(',')},`,
        audience: requester ? 'requesters' : (filters.audience ?? null),
        wanted: filters.audience ?? null,
        services: filters.services ? JSON.stringify(filters.services) : null,
        categories: filters.categories ? JSON.stringify(filters.categories) : null,
        prefer: query.prefer ?? null,
        limit: query.limit,
        offset: query.offset ?? 0,
      }) as Row[];
    // Every word first; only when no article has them all, any of them.
    let match = terms.join(' ');
    let rows = run(match);
    if (rows.length === 0 && terms.length > 1) rows = run((match = terms.join(' OR ')));
    if (rows.length === 0) return { total: 0, hits: [] };
    const marks = tenant.highlights.all({ match, rowids: JSON.stringify(rows.map((row) => row.rowid)) }) as Row[];
    const byRow = new Map(marks.map((row) => [row.rowid, row]));
    return { total: Number(rows[0]!.total), hits: rows.map((row) => this.hit(tenant, row, byRow.get(row.rowid) ?? {})) };
  }

  /** The query as FTS5 terms: stop words dropped, each word quoted; while typing, the last one a prefix (from three letters). */
  private terms(tenant: Tenant, query: ArticleSearchQuery): string[] | null {
    const words = query.text.match(WORD) ?? [];
    const last = query.asYouType ? words.pop() : undefined;
    const terms = words.filter((word) => tenant.stem(word) !== null).map((word) => `"${word.toLowerCase()}"`);
    if (last !== undefined && last.length >= MIN_PREFIX && tenant.stem(last) !== null) terms.push(`"${last.toLowerCase()}"*`);
    return terms.length > 0 ? terms : null;
  }

  private hit(tenant: Tenant, row: Row, marks: Partial<Row>): SearchHit {
    const article = tenant.articles.get(String(row.id))!;
    const highlights = TEXT.map((field) => ({ field, text: String(marks[`h_${field}`] ?? '') }))
      .filter(({ text }) => text.includes(OPEN))
      .map(({ field, text }): Highlight => ({ field, snippet: marked(text) }));
    const { id, reference, title, status, audience, service, category, version } = article;
    return { id, reference, title, status, audience, service, category, version, score: Number((-Number(row.score)).toFixed(4)), highlights };
  }

  private tenant(tenantId: string): Tenant {
    const existing = this.tenants.get(tenantId);
    if (existing) return existing;
    // Tenant ids are slugs ([a-z0-9_], checked with every stream name), so they are safe in a table name.
    if (!/^[a-z0-9_]+$/.test(tenantId)) throw new Error(`invalid tenant ${tenantId}`);
    const language = this.languages.get(tenantId) ?? 'english';
    const table = `kb_${tenantId}`;
    const tokenizer = language === 'english' ? 'porter unicode61 remove_diacritics 2' : 'unicode61 remove_diacritics 2';
    const columns = COLUMNS.map((column, i) => (i < 5 ? `${column} UNINDEXED` : column)).join(', ');
    this.db.exec(`CREATE VIRTUAL TABLE ${table} USING fts5(${columns}, tokenize = '${tokenizer}', prefix = '3')`);
    const highlight = (field: string, i: number) =>
      field === 'title' || field === 'keywords'
        ? `highlight(${table}, ${i + 5}, char(2), char(3)) AS h_${field}`
        : `snippet(${table}, ${i + 5}, char(2), char(3), '…', 28) AS h_${field}`;
    const tenant: Tenant = {
      table,
      language,
      stem: termProcessor(language),
      articles: new Map(),
      rowids: new Map(),
      nextRowid: 1,
      upsert: this.db.prepare(`INSERT INTO ${table} (rowid, ${COLUMNS.join(', ')}) VALUES (?, ${COLUMNS.map(() => '?').join(', ')})`),
      remove: this.db.prepare(`DELETE FROM ${table} WHERE rowid = ?`),
      // Ranked page first (the count over every match, no highlights); then highlights for that page only.
      page: this.db.prepare(`
        SELECT rowid, id, score, count(*) OVER () AS total FROM (
          SELECT rowid, id, bm25(${table}, ${WEIGHTS})
              * (CASE status WHEN 'validated' THEN 1.5 ELSE 1.0 END)
              * (CASE WHEN :prefer IS NOT NULL AND (category = :prefer OR service = :prefer) THEN 1.5 ELSE 1.0 END) AS score
          FROM ${table}
          WHERE ${table} MATCH :match
            AND instr(:states, ',' || status || ',') > 0
            AND (:audience IS NULL OR audience = :audience) AND (:wanted IS NULL OR audience = :wanted)
            AND (:services IS NULL OR service IN (SELECT value FROM json_each(:services)))
            AND (:categories IS NULL OR category IN (SELECT value FROM json_each(:categories))))
        ORDER BY score LIMIT :limit OFFSET :offset`),
      highlights: this.db.prepare(`
        SELECT rowid, ${TEXT.map(highlight).join(', ')} FROM ${table}
        WHERE ${table} MATCH :match AND rowid IN (SELECT value FROM json_each(:rowids))`),
    };
    this.tenants.set(tenantId, tenant);
    return tenant;
  }
}
