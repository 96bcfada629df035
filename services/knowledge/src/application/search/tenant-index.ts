import MiniSearch from 'minisearch';
import type { SearchableArticle } from './article-search.port';
import { inPortal } from './search-admission';
import type { SearchLanguage } from './search-language';
import { termProcessor, WORD, type TermProcessor } from './stemming';

/**
 * Three fields, not one per section: every field multiplies the postings a query walks. The title
 * weighs most, then the keywords, then the body (problem, environment, cause and resolution together).
 */
export const FIELDS = ['title', 'keywords', 'body'] as const;
export const BOOST = { title: 4, keywords: 2.5, body: 1 };

const words = (text: string): string[] => text.match(WORD) ?? [];
/** MiniSearch reads the id through the same function as the fields. */
const field = (article: SearchableArticle, name: string): string => {
  if (name === 'id') return article.id;
  if (name === 'title') return article.title;
  if (name === 'keywords') return article.keywords.join(' ');
  return `${article.problem}\n${article.environment}\n${article.cause}\n${article.resolution}`;
};

function engine(stem: TermProcessor): MiniSearch<SearchableArticle> {
  return new MiniSearch<SearchableArticle>({
    idField: 'id',
    fields: [...FIELDS],
    extractField: field,
    // The same words the highlighter finds: "<script>" is the word script (MiniSearch's own split keeps symbols).
    tokenize: words,
    processTerm: (term) => stem(term),
    searchOptions: { boost: BOOST, tokenize: words },
  });
}

/**
 * One tenant's articles in two engines: the desk's (every article) and the portal's (only what
 * requesters may see), so a requester's query structurally cannot reach an internal article, and
 * walks only the postings of the articles it may find.
 */
export class TenantIndex {
  readonly stem: TermProcessor;
  readonly articles = new Map<string, SearchableArticle>();
  readonly desk: MiniSearch<SearchableArticle>;
  readonly portal: MiniSearch<SearchableArticle>;

  constructor(readonly language: SearchLanguage) {
    this.stem = termProcessor(language);
    this.desk = engine(this.stem);
    this.portal = engine(this.stem);
  }

  upsert(article: SearchableArticle): void {
    const previous = this.articles.get(article.id);
    if (previous) this.desk.replace(article);
    else this.desk.add(article);
    if (previous && inPortal(previous)) this.portal.discard(article.id);
    if (inPortal(article)) this.portal.add(article);
    this.articles.set(article.id, article);
  }

  remove(id: string): void {
    const previous = this.articles.get(id);
    if (!previous) return;
    this.desk.discard(id);
    if (inPortal(previous)) this.portal.discard(id);
    this.articles.delete(id);
  }
}
