import type { Audience } from '../../domain/article.events';
import type { ArticleStatus } from '../../domain/article.state';
import type { SearchLanguage } from './search-language';

/** What the search index holds of an article: its text and the fields searches filter on. */
export interface SearchableArticle {
  readonly id: string;
  readonly tenantId: string;
  readonly reference: string;
  readonly title: string;
  readonly problem: string;
  readonly environment: string;
  readonly cause: string;
  readonly resolution: string;
  readonly keywords: readonly string[];
  readonly service: string | null;
  readonly category: string | null;
  readonly audience: Audience;
  readonly status: ArticleStatus;
  readonly version: string;
  readonly updatedAt: string;
}

/** Each filter takes several values; an article matching any of them passes. */
export interface SearchFilters {
  readonly services?: readonly string[];
  readonly categories?: readonly string[];
  /** Defaults to the published states (not-validated, validated); requesters always get validated only. */
  readonly states?: readonly ArticleStatus[];
  readonly audience?: Audience;
}

export interface ArticleSearchQuery {
  readonly text: string;
  /** The caller's roles: a requester-only caller sees validated articles for requesters and nothing else. */
  readonly roles: readonly string[];
  readonly filters?: SearchFilters;
  readonly limit: number;
  readonly offset?: number;
  /** Suggestions while typing: the last word counts as a prefix of a word of the title or keywords. */
  readonly asYouType?: boolean;
  /** Ranks articles of this category or service higher (the ticket's, or the request type's). */
  readonly prefer?: string | null;
}

export interface Highlight {
  readonly field: 'title' | 'problem' | 'environment' | 'cause' | 'resolution' | 'keywords';
  /** HTML-escaped text with each matched word in <mark>…</mark>. */
  readonly snippet: string;
}

export interface SearchHit {
  readonly id: string;
  readonly reference: string;
  readonly title: string;
  readonly status: ArticleStatus;
  readonly audience: Audience;
  readonly service: string | null;
  readonly category: string | null;
  readonly version: string;
  readonly score: number;
  readonly highlights: readonly Highlight[];
}

export interface SearchResult {
  readonly total: number;
  readonly hits: readonly SearchHit[];
}

/**
 * Ranked full-text search over one tenant's articles. The tenant is a required argument of every
 * call and the adapter keeps each tenant's index apart: no query can reach another tenant's articles.
 */
export interface ArticleSearch {
  /** Sets the tenant's language (stemming); re-indexes what the tenant already has. */
  configure(tenantId: string, language: SearchLanguage): Promise<void>;
  upsert(article: SearchableArticle): Promise<void>;
  /** Many articles at once (the index built on start): the same as upserting each, faster. */
  upsertMany(articles: readonly SearchableArticle[]): Promise<void>;
  remove(tenantId: string, id: string): Promise<void>;
  /** Forgets every article of a tenant (a deleted tenant's, once purged) and its language. */
  removeTenant(tenantId: string): Promise<void>;
  search(tenantId: string, query: ArticleSearchQuery): Promise<SearchResult>;
}

export const ARTICLE_SEARCH = Symbol('ArticleSearch');
