import { parseStreamName } from '@deskstream/kernel';
import { projectionOf, type RecordedOf, type StoredDocument } from '@deskstream/readmodels';
import { evolveArticle } from '../domain/article.evolve';
import { ARTICLE_EVENT_TYPES, type ArticleEvent } from '../domain/article.events';
import { formatVersion, initialArticleState, isArticle, type Article } from '../domain/article.state';

export const ARTICLE_CATEGORY = 'kbarticle';

/** One article as it stands: its state, the stream revision (the ETag) and the flattened fields queries filter on. */
export interface ArticleDocument extends StoredDocument {
  readonly article: Article;
  readonly reference: string;
  readonly status: Article['status'];
  readonly version: string;
  readonly openFlags: number;
  readonly reuseCount: number;
  readonly revision: number;
  readonly updatedAt: string;
}

/** Pure reducer shared by the projection, the search index, the consistent read and the as-of read. */
export function applyToArticle(doc: ArticleDocument | null, event: RecordedOf<ArticleEvent>): ArticleDocument | null {
  const state = evolveArticle(doc?.article ?? initialArticleState(), event);
  if (!isArticle(state)) return null;
  return {
    id: state.articleId,
    tenantId: event.metadata.tenantId,
    position: event.position,
    article: state,
    reference: state.reference,
    status: state.status,
    version: formatVersion(state.version),
    openFlags: state.flags.length,
    reuseCount: state.linkedTickets.length,
    revision: event.revision,
    updatedAt: event.metadata.occurredAt,
  };
}

export function foldArticle(events: readonly RecordedOf<ArticleEvent>[]): ArticleDocument | null {
  return events.reduce<ArticleDocument | null>(applyToArticle, null);
}

export const articleDetailProjection = projectionOf<ArticleEvent, ArticleDocument>({
  name: 'knowledge.article-detail.v1',
  collection: 'knowledge-articles',
  categories: [ARTICLE_CATEGORY],
  handles: ARTICLE_EVENT_TYPES,
  documentId: (event) => parseStreamName(event.streamId).id,
  apply: applyToArticle,
  indexes: [['reference'], ['openFlags', 'updatedAt'], ['status']],
});
