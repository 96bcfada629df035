import { recordHistory, type HistoryEntry, type PublicFields, type RecordedOf, type ReferenceLookup } from '@deskstream/readmodels';
import type { ArticleEvent } from '../domain/article.events';
import { applyToArticle } from './article-detail.projection';

/** The stored fields the article's detail shows otherwise: its content at the top, its origin's records as links. */
export const ARTICLE_PUBLIC_FIELDS: PublicFields = {
  articleId: { name: 'id' },
  content: { name: '' },
  'origin.sourceIncidents': { name: 'origin.sourceIncidents', link: true },
  'origin.problemId': { name: 'origin.problem', link: true },
};

/** Every event of an article with which of its fields it changed; the version reads as it is shown ("1.0"), not as its parts. */
export function articleHistoryOf(events: readonly RecordedOf<ArticleEvent>[], referencesOf?: ReferenceLookup): Promise<HistoryEntry[]> {
  return recordHistory(
    events,
    { apply: applyToArticle, record: (doc) => doc && { ...doc.article, version: doc.version }, fields: ARTICLE_PUBLIC_FIELDS },
    referencesOf,
  );
}
