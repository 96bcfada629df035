import type { Query, SearchOptions, SearchResult as EngineResult } from 'minisearch';
import { isRequesterOnly } from '../../domain/article.rules';
import type { ArticleSearch, ArticleSearchQuery, Highlight, SearchableArticle, SearchHit, SearchResult } from './article-search.port';
import { highlight } from './highlights';
import { admission } from './search-admission';
import type { SearchLanguage } from './search-language';
import { WORD } from './stemming';
import { TenantIndex } from './tenant-index';

/** Validated knowledge ranks above the same text not yet validated. */
const VALIDATED_BOOST = 2;
const PREFERRED_BOOST = 1.5;
const MIN_PREFIX = 3;
const BODY_SECTIONS = ['problem', 'environment', 'cause', 'resolution'] as const;

/**
 * The search port on MiniSearch (BM25+ ranking, field boosts, prefix and fuzzy matching) with
 * Snowball stemming and stop words in the tenant's language: in-memory indexes per tenant, fed from
 * the article events (see ArticleSearchFeed), so a query can only ever reach its own tenant's index.
 */
export class MiniSearchArticleSearch implements ArticleSearch {
  private readonly tenants = new Map<string, TenantIndex>();
  private readonly languages = new Map<string, SearchLanguage>();

  async configure(tenantId: string, language: SearchLanguage): Promise<void> {
    if (this.languages.get(tenantId) === language) return;
    this.languages.set(tenantId, language);
    const previous = this.tenants.get(tenantId);
    if (!previous) return;
    const index = new TenantIndex(language);
    previous.articles.forEach((article) => index.upsert(article));
    this.tenants.set(tenantId, index);
  }

  async upsert(article: SearchableArticle): Promise<void> {
    this.index(article.tenantId).upsert(article);
  }

  async upsertMany(articles: readonly SearchableArticle[]): Promise<void> {
    for (const article of articles) this.index(article.tenantId).upsert(article);
  }

  async remove(tenantId: string, id: string): Promise<void> {
    this.tenants.get(tenantId)?.remove(id);
  }

  async removeTenant(tenantId: string): Promise<void> {
    this.tenants.delete(tenantId);
    this.languages.delete(tenantId);
  }

  async search(tenantId: string, query: ArticleSearchQuery): Promise<SearchResult> {
    const index = this.tenants.get(tenantId);
    if (!index || query.text.trim() === '') return { total: 0, hits: [] };
    const requester = isRequesterOnly(query.roles);
    const admits = admission(query);
    // The portal engine already holds only what requesters may see; the filters apply on top.
    const options: SearchOptions = {
      filter: (result) => admits(index.articles.get(result.id as string)!),
      boostDocument: (id) => {
        const article = index.articles.get(id as string)!;
        const preferred = query.prefer && (article.category === query.prefer || article.service === query.prefer) ? PREFERRED_BOOST : 1;
        return (article.status === 'validated' ? VALIDATED_BOOST : 1) * preferred;
      },
    };
    const engine = requester ? index.portal : index.desk;
    const results = query.asYouType ? this.suggest(engine, index, query.text, options) : this.find(engine, query.text, options);
    const offset = query.offset ?? 0;
    const hits = results.slice(offset, offset + query.limit).map((result) => this.hit(index, result));
    return { total: results.length, hits };
  }

  /**
   * A search box query: articles with every word first (fast, and what people expect); only when
   * there are none, any of the words, forgiving typos.
   */
  private find(engine: TenantIndex['desk'], text: string, options: SearchOptions): EngineResult[] {
    const all = engine.search(text, { ...options, combineWith: 'AND' });
    if (all.length > 0) return all;
    return engine.search(text, { ...options, combineWith: 'OR', fuzzy: (term) => (term.length >= 5 ? 0.2 : false) });
  }

  /**
   * While the user types, the last word is unfinished: it matches as a prefix of the indexed terms of
   * the title or keywords (from three letters on; half a word found deep in the body makes a poor
   * suggestion) and is not stemmed, since a stem of half a word is no prefix of the word's stem. Any
   * word may match: the more match, the higher the article ranks.
   */
  private suggest(engine: TenantIndex['desk'], index: TenantIndex, text: string, options: SearchOptions): EngineResult[] {
    const words = text.match(WORD) ?? [];
    const last = words.pop();
    const queries: Query[] = words.length > 0 ? [words.join(' ')] : [];
    if (last !== undefined && last.length >= MIN_PREFIX && index.stem(last) !== null) {
      queries.push({ queries: [last.toLowerCase()], prefix: true, fields: ['title', 'keywords'], processTerm: (term) => term.toLowerCase() });
    }
    if (queries.length === 0) return [];
    return engine.search({ combineWith: 'OR', queries }, options);
  }

  private hit(index: TenantIndex, result: EngineResult): SearchHit {
    const article = index.articles.get(result.id as string)!;
    const stems = new Set(result.terms);
    const matched = new Set(Object.values(result.match).flat());
    const fields: Highlight['field'][] = [
      ...(matched.has('title') ? (['title'] as const) : []),
      ...(matched.has('keywords') ? (['keywords'] as const) : []),
      ...(matched.has('body') ? BODY_SECTIONS : []),
    ];
    const highlights = fields.map((field) => highlight(article, field, stems, index.stem)).filter((h): h is Highlight => h !== null);
    const { id, reference, title, status, audience, service, category, version } = article;
    return { id, reference, title, status, audience, service, category, version, score: Number(result.score.toFixed(4)), highlights };
  }

  private index(tenantId: string): TenantIndex {
    let index = this.tenants.get(tenantId);
    if (!index) {
      index = new TenantIndex(this.languages.get(tenantId) ?? 'english');
      this.tenants.set(tenantId, index);
    }
    return index;
  }
}
