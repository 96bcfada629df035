import type { Clock, IdGenerator } from '@deskstream/kernel';
import { ValidationFailed } from '@deskstream/kernel';
import type { ArticleSearch, SearchFilters } from './search/article-search.port';
import type { KnowledgeViewer } from './article-queries';
import { keyOfSearchId, queryKey, searchIdOf, type SearchLog } from './search-log';

export interface SearchRequest {
  readonly q: string;
  readonly filters: SearchFilters;
  readonly limit: number;
  readonly cursor?: string;
}

const offsetOf = (cursor: string | undefined): number => {
  if (cursor === undefined) return 0;
  const offset = Number(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!Number.isSafeInteger(offset) || offset < 0) throw new ValidationFailed([{ field: 'cursor', message: 'invalid cursor' }]);
  return offset;
};

/** Ranked search and suggestions over the tenant's index, each logged for the gaps report. */
export class KnowledgeSearch {
  constructor(
    private readonly search: ArticleSearch,
    private readonly log: SearchLog,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  async articles(viewer: KnowledgeViewer, request: SearchRequest) {
    const offset = offsetOf(request.cursor);
    const result = await this.search.search(viewer.tenantId, { text: request.q, roles: viewer.roles, filters: request.filters, limit: request.limit, offset });
    const next = offset + result.hits.length;
    const searchId = this.logSearch(viewer, 'search', request.q, result.total, offset === 0);
    return {
      items: result.hits,
      total: result.total,
      nextCursor: next < result.total ? Buffer.from(String(next)).toString('base64url') : null,
      searchId,
    };
  }

  /** Articles for what someone is typing: the last word counts as a prefix; `prefer` ranks a category or service higher. */
  async suggestions(viewer: KnowledgeViewer, text: string, limit: number, prefer: string | null) {
    const result = await this.search.search(viewer.tenantId, { text, roles: viewer.roles, limit, asYouType: true, prefer });
    const searchId = this.logSearch(viewer, 'suggestion', text, result.total, true);
    return { items: result.hits, total: result.total, searchId };
  }

  /**
   * Articles for an incident being worked, from its short description, its category first. Not
   * logged: nobody typed it, so it says nothing about what people look for.
   */
  async forIncident(viewer: KnowledgeViewer, shortDescription: string, category: string | null, limit: number) {
    const result = await this.search.search(viewer.tenantId, { text: shortDescription, roles: viewer.roles, limit, prefer: category });
    return { items: result.hits, total: result.total };
  }

  /** The reader opened a result of this search: the search was no gap. */
  opened(viewer: KnowledgeViewer, searchId: string, articleId: string): void {
    const key = keyOfSearchId(searchId);
    if (key === null) return;
    this.log.opened(viewer.tenantId, { searchId, queryKey: key, articleId, by: viewer.userId, at: this.clock.now().toISOString() });
  }

  /** The portal reports that a requester read a suggested article and left without submitting. */
  deflected(viewer: KnowledgeViewer, searchId: string, articleId: string, requestType: string | null): void {
    const key = keyOfSearchId(searchId);
    if (key === null) throw new ValidationFailed([{ field: 'searchId', message: 'not a searchId from this API' }]);
    this.log.deflected(viewer.tenantId, { searchId, queryKey: key, articleId, requestType, by: viewer.userId, at: this.clock.now().toISOString() });
  }

  /** Later pages of one search are not searches of their own. */
  private logSearch(viewer: KnowledgeViewer, kind: 'search' | 'suggestion', query: string, resultCount: number, firstPage: boolean): string {
    const key = queryKey(query, kind === 'suggestion');
    const searchId = searchIdOf(this.ids.next(), key);
    if (firstPage && key !== '') {
      this.log.searched(viewer.tenantId, {
        searchId,
        kind,
        query: query.slice(0, 500),
        queryKey: key,
        resultCount,
        by: viewer.userId,
        at: this.clock.now().toISOString(),
      });
    }
    return searchId;
  }
}
