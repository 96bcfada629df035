import { parseStreamName } from '@deskstream/kernel';
import { projectionOf, type RecordedOf, type StoredDocument } from '@deskstream/readmodels';
import type { ArticleEvent } from '../domain/article.events';
import { ARTICLE_CATEGORY } from './article-detail.projection';

/** Which articles were used on a ticket: harvesting skips tickets that already had knowledge. */
export interface TicketLinks extends StoredDocument {
  readonly articleIds: readonly string[];
}

type ArticleLinkedToTicket = Extract<ArticleEvent, { type: 'ArticleLinkedToTicket' }>;

export const ticketLinksProjection = projectionOf<ArticleLinkedToTicket, TicketLinks>({
  name: 'knowledge.ticket-links.v1',
  collection: 'knowledge-ticket-links',
  categories: [ARTICLE_CATEGORY],
  handles: ['ArticleLinkedToTicket'],
  documentId: (event) => event.data.ticketId,
  apply(doc: TicketLinks | null, event: RecordedOf<ArticleLinkedToTicket>): TicketLinks {
    const { ticketId } = event.data;
    const articleId = parseStreamName(event.streamId).id;
    const articleIds = doc?.articleIds.includes(articleId) ? doc.articleIds : [...(doc?.articleIds ?? []), articleId];
    return { id: ticketId, tenantId: event.metadata.tenantId, position: event.position, articleIds };
  },
});
