import { isRequesterOnly } from '../../domain/article.rules';
import type { ArticleStatus } from '../../domain/article.state';
import type { ArticleSearchQuery, SearchableArticle } from './article-search.port';

const PUBLISHED: readonly ArticleStatus[] = ['not-validated', 'validated'];

/** What a requester may find: validated articles written for requesters. */
export const inPortal = (article: SearchableArticle): boolean => article.status === 'validated' && article.audience === 'requesters';

/**
 * Which articles a query may return, whatever the engine: a requester-only caller validated articles
 * for requesters and nothing else; others the published states unless the filters say otherwise. Each
 * filter admits an article matching any of its values.
 */
export function admission(query: ArticleSearchQuery): (article: SearchableArticle) => boolean {
  const filters = query.filters ?? {};
  const requester = isRequesterOnly(query.roles);
  const states = filters.states ?? PUBLISHED;
  return (article) =>
    (requester ? inPortal(article) : states.includes(article.status)) &&
    (filters.audience === undefined || article.audience === filters.audience) &&
    (filters.services === undefined || filters.services.includes(article.service ?? '')) &&
    (filters.categories === undefined || filters.categories.includes(article.category ?? ''));
}
