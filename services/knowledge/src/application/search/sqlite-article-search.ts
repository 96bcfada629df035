import { DatabaseSync } from 'node:sqlite';
import { isRequesterOnly } from '../../domain/article.rules';
import type { ArticleSearch, ArticleSearchQuery, SearchableArticle, SearchHit, SearchResult } from './article-search.port';
import { BestScores } from './best-scores';
import { FtsTable, OPEN, CLOSE, TEXT } from './fts-table';
import { snippetOf, type Span } from './highlights';
import { admission, inPortal } from './search-admission';
import type { SearchLanguage } from './search-language';
import { termProcessor, WORD, type TermProcessor } from './stemming';

/** Validated knowledge ranks above the same text not yet validated; a preferred category or service above the rest. */
const VALIDATED_BOOST = 1.5;
const PREFERRED_BOOST = 1.5;
const MIN_PREFIX = 3;
/**
 * What requesters may see takes rowids from here on, the rest below: a requester's query reads only
 * that range, so it structurally cannot reach an internal article and scores only the matches it may
 * see, with the whole table's term statistics (a second table for the portal would weigh a word by
 * the portal's few articles alone, and zero out the scores of a small one). Both ranges stay below
 * 2^30, where V8 keeps numbers as small integers: every match is looked up by its rowid.
 */
const PORTAL_ROWIDS = 2 ** 29;

interface Tenant {
  readonly language: SearchLanguage;
  readonly stem: TermProcessor;
  readonly table: FtsTable;
  /** What filters and boosts read, by rowid: no query reads a stored row to rank. */
  readonly articles: Map<number, SearchableArticle>;
  readonly rowids: Map<string, number>;
  readonly next: { desk: number; portal: number };
}

/** The text without FTS5's marks, and where the marked words sit in it. */
function unmarked(marked: string): { text: string; hits: Span[] } {
  const hits: Span[] = [];
  let text = '';
  let cursor = 0;
  for (let open = marked.indexOf(OPEN); open >= 0; open = marked.indexOf(OPEN, cursor)) {
    const close = marked.indexOf(CLOSE, open);
    text += marked.slice(cursor, open);
    const start = text.length;
    text += marked.slice(open + 1, close);
    hits.push({ start, end: text.length });
    cursor = close + 1;
  }
  return { text: text + marked.slice(cursor), hits };
}

/**
 * The search port on SQLite FTS5 (its bm25() ranking, column weights, prefix queries and highlight(),
 * snippets cut as MiniSearch's are) in an in-memory database of its own, one FTS table per tenant: a
 * query names its tenant's table and no other. The Porter stemmer for English tenants; other
 * languages match whole words (FTS5 has no other stemmer; MiniSearchArticleSearch stems them).
 * Rebuilt from the article events on every start, like the MiniSearch index.
 *
 * A query costs what FTS5 must do per match (find it, score it) and little more: the filters and
 * boosts apply in memory to the (rowid, bm25) pairs, the best page is kept in one pass, and only the
 * page's rows get their highlights.
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
    previous.table.drop();
    this.tenants.delete(tenantId);
    await this.upsertMany([...previous.articles.values()]);
  }

  async upsert(article: SearchableArticle): Promise<void> {
    const tenant = this.tenant(article.tenantId);
    const previous = tenant.rowids.get(article.id);
    if (previous !== undefined) this.forget(tenant, previous);
    // A new rowid each time: an article that enters or leaves the portal changes range.
    const rowid = inPortal(article) ? PORTAL_ROWIDS + tenant.next.portal++ : tenant.next.desk++;
    tenant.table.insert(rowid, article);
    tenant.rowids.set(article.id, rowid);
    tenant.articles.set(rowid, article);
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
    for (const tenantId of new Set(articles.map((article) => article.tenantId))) this.tenant(tenantId).table.optimize();
  }

  async remove(tenantId: string, id: string): Promise<void> {
    const tenant = this.tenants.get(tenantId);
    const rowid = tenant?.rowids.get(id);
    if (!tenant || rowid === undefined) return;
    this.forget(tenant, rowid);
    tenant.rowids.delete(id);
  }

  async removeTenant(tenantId: string): Promise<void> {
    this.tenants.get(tenantId)?.table.drop();
    this.tenants.delete(tenantId);
    this.languages.delete(tenantId);
  }

  async search(tenantId: string, query: ArticleSearchQuery): Promise<SearchResult> {
    const tenant = this.tenants.get(tenantId);
    const terms = tenant ? this.terms(tenant, query) : null;
    if (!tenant || !terms) return { total: 0, hits: [] };
    const offset = query.offset ?? 0;
    // Every word first; only when no article has them all, any of them.
    let match = terms.join(' ');
    let page = this.rank(tenant, match, query, offset);
    if (page.total === 0 && terms.length > 1) page = this.rank(tenant, (match = terms.join(' OR ')), query, offset);
    return { total: page.total, hits: page.best.from(offset).map(({ score, item }) => this.hit(tenant, match, item, score)) };
  }

  /** Every match scored (bm25 with the boosts), the admitted ones counted, the best `offset + limit` kept. */
  private rank(tenant: Tenant, match: string, query: ArticleSearchQuery, offset: number) {
    const admits = admission(query);
    const best = new BestScores<number>(offset + query.limit);
    let total = 0;
    for (const [rowid, bm25] of tenant.table.matches(match, isRequesterOnly(query.roles) ? PORTAL_ROWIDS : undefined)) {
      const article = tenant.articles.get(rowid)!;
      if (!admits(article)) continue;
      total += 1;
      const preferred = query.prefer && (article.category === query.prefer || article.service === query.prefer) ? PREFERRED_BOOST : 1;
      best.offer(bm25 * (article.status === 'validated' ? VALIDATED_BOOST : 1) * preferred, rowid);
    }
    return { total, best };
  }

  /**
   * The query as FTS5 terms: stop words dropped, each word quoted. While typing, the last word is a
   * prefix (from three letters) of a word of the title or keywords: half a word found deep in the body
   * makes a poor suggestion, and every article it drags in has to be scored.
   */
  private terms(tenant: Tenant, query: ArticleSearchQuery): string[] | null {
    const words = query.text.match(WORD) ?? [];
    const last = query.asYouType ? words.pop() : undefined;
    const terms = words.filter((word) => tenant.stem(word) !== null).map((word) => `"${word.toLowerCase()}"`);
    if (last !== undefined && last.length >= MIN_PREFIX && tenant.stem(last) !== null) terms.push(`{title keywords} : "${last.toLowerCase()}"*`);
    return terms.length > 0 ? terms : null;
  }

  private hit(tenant: Tenant, match: string, rowid: number, score: number): SearchHit {
    const article = tenant.articles.get(rowid)!;
    const marks = tenant.table.highlights(match, rowid);
    const highlights = TEXT.flatMap((field, i) => {
      if (!marks[i]?.includes(OPEN)) return [];
      const { text, hits } = unmarked(marks[i]);
      return [snippetOf(field, text, hits)!];
    });
    const { id, reference, title, status, audience, service, category, version } = article;
    return { id, reference, title, status, audience, service, category, version, score: Number((-score).toFixed(4)), highlights };
  }

  private forget(tenant: Tenant, rowid: number): void {
    tenant.table.delete(rowid);
    tenant.articles.delete(rowid);
  }

  private tenant(tenantId: string): Tenant {
    const existing = this.tenants.get(tenantId);
    if (existing) return existing;
    // Tenant ids are slugs ([a-z0-9_], checked with every stream name), so they are safe in a table name.
    if (!/^[a-z0-9_]+$/.test(tenantId)) throw new Error(`invalid tenant ${tenantId}`);
    const language = this.languages.get(tenantId) ?? 'english';
    const tenant: Tenant = {
      language,
      stem: termProcessor(language),
      table: new FtsTable(this.db, `kb_${tenantId}`, language),
      articles: new Map(),
      rowids: new Map(),
      next: { desk: 1, portal: 0 },
    };
    this.tenants.set(tenantId, tenant);
    return tenant;
  }
}
