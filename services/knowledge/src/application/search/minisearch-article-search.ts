import MiniSearch, { type Query, type SearchResult as EngineResult } from 'minisearch';
import { isRequesterOnly } from '../../domain/article.rules';
import type { ArticleStatus } from '../../domain/article.state';
import type { ArticleSearch, ArticleSearchQuery, Highlight, SearchableArticle, SearchHit, SearchResult } from './article-search.port';
import { highlight } from './highlights';
import type { SearchLanguage } from './search-language';
import { termProcessor, WORD, type TermProcessor } from './stemming';

const FIELDS = ['title', 'keywords', 'problem', 'resolution', 'cause', 'environment'] as const;
/** Title above keywords above the body: a word in the title says more about what the article is about. */
const BOOST = { title: 4, keywords: 3, problem: 1.5, resolution: 1, cause: 1, environment: 0.5 };
/** Validated knowledge ranks above the same text not yet validated. */
const VALIDATED_BOOST = 2;
const PREFERRED_BOOST = 1.5;
const PUBLISHED: readonly ArticleStatus[] = ['not-validated', 'validated'];

interface TenantIndex {
  readonly engine: MiniSearch<SearchableArticle>;
  readonly stem: TermProcessor;
  readonly articles: Map<string, SearchableArticle>;
}

/**
 * The search port on MiniSearch (BM25+ ranking, field boosts, prefix and fuzzy matching) with
 * Snowball stemming in the tenant's language: one in-memory index per tenant, fed from the article
 * events (see ArticleSearchFeed), so a query can only ever reach its own tenant's index.
 */
export class MiniSearchArticleSearch implements ArticleSearch {
  private readonly tenants = new Map<string, TenantIndex>();
  private readonly languages = new Map<string, SearchLanguage>();

  async configure(tenantId: string, language: SearchLanguage): Promise<void> {
    if (this.languages.get(tenantId) === language) return;
    this.languages.set(tenantId, language);
    const previous = this.tenants.get(tenantId);
    if (!previous) return;
    const index = this.create(language);
    index.engine.addAll([...previous.articles.values()]);
    previous.articles.forEach((article, id) => index.articles.set(id, article));
    this.tenants.set(tenantId, index);
  }

  async upsert(article: SearchableArticle): Promise<void> {
    const index = this.index(article.tenantId);
    if (index.articles.has(article.id)) index.engine.replace(article);
    else index.engine.add(article);
    index.articles.set(article.id, article);
  }

  async remove(tenantId: string, id: string): Promise<void> {
    const index = this.tenants.get(tenantId);
    if (!index?.articles.has(id)) return;
    index.engine.discard(id);
    index.articles.delete(id);
  }

  async search(tenantId: string, query: ArticleSearchQuery): Promise<SearchResult> {
    const index = this.tenants.get(tenantId);
    if (!index || query.text.trim() === '') return { total: 0, hits: [] };
    const admits = this.admission(query);
    const results = index.engine.search(this.expression(query, index.stem), {
      filter: (result) => admits(index.articles.get(result.id as string)!),
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      boostDocument: (id) => {
        const article = index.articles.get(id as string)!;
        const preferred = query.prefer && (article.category === query.prefer || article.service === query.prefer) ? PREFERRED_BOOST : 1;
        return (article.status === 'validated' ? VALIDATED_BOOST : 1) * preferred;
      },
    });
    const offset = query.offset ?? 0;
    const hits = results.slice(offset, offset + query.limit).map((result) => this.hit(index, result));
    return { total: results.length, hits };
  }

  /**
   * While the user types, the last word is unfinished: it matches as a prefix of the indexed terms and
   * is not stemmed (a stem of half a word is no prefix of the word's stem).
   */
  private expression(query: ArticleSearchQuery, stem: TermProcessor): string | Query {
    if (!query.asYouType) return query.text;
    const words = query.text.match(WORD) ?? [];
    const last = words.pop();
    if (last === undefined || stem(last) === null) return words.join(' ');
    const partial: Query = { queries: [last.toLowerCase()], prefix: true, processTerm: (term) => term.toLowerCase() };
    return words.length === 0 ? partial : { combineWith: 'OR', queries: [words.join(' '), partial] };
  }

  private admission(query: ArticleSearchQuery): (article: SearchableArticle) => boolean {
    const filters = query.filters ?? {};
    const requester = isRequesterOnly(query.roles);
    const states = requester ? ['validated'] : (filters.states ?? PUBLISHED);
    return (article) =>
      states.includes(article.status) &&
      (!requester || article.audience === 'requesters') &&
      (filters.audience === undefined || article.audience === filters.audience) &&
      (filters.service === undefined || article.service === filters.service) &&
      (filters.category === undefined || article.category === filters.category);
  }

  private hit(index: TenantIndex, result: EngineResult): SearchHit {
    const article = index.articles.get(result.id as string)!;
    const stems = new Set(result.terms);
    const fields = new Set(Object.values(result.match).flat()) as Set<Highlight['field']>;
    const highlights = FIELDS.filter((field) => fields.has(field))
      .map((field) => highlight(article, field, stems, index.stem))
      .filter((h): h is Highlight => h !== null);
    const { id, reference, title, status, audience, service, category, version } = article;
    return { id, reference, title, status, audience, service, category, version, score: Number(result.score.toFixed(4)), highlights };
  }

  private index(tenantId: string): TenantIndex {
    let index = this.tenants.get(tenantId);
    if (!index) {
      index = this.create(this.languages.get(tenantId) ?? 'english');
      this.tenants.set(tenantId, index);
    }
    return index;
  }

  private create(language: SearchLanguage): TenantIndex {
    const stem = termProcessor(language);
    const engine = new MiniSearch<SearchableArticle>({
      idField: 'id',
      fields: [...FIELDS],
      extractField: (article, field) => (field === 'keywords' ? article.keywords.join(' ') : String(article[field as keyof SearchableArticle] ?? '')),
      processTerm: (term) => stem(term),
      searchOptions: { boost: BOOST },
    });
    return { engine, stem, articles: new Map() };
  }
}
