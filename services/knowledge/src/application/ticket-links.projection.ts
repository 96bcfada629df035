import { parseStreamName, type RecordedEvent } from '@deskstream/kernel';
import type { Projection, StoredDocument } from '@deskstream/readmodels';
import type { ArticleEvent } from '../domain/article.events';
import { ARTICLE_CATEGORY } from './article-detail.projection';

/** Which articles were used on a ticket: harvesting skips tickets that already had knowledge. */
export interface TicketLinks extends StoredDocument {
  readonly articleIds: readonly string[];
}

export const ticketLinksProjection: Projection<TicketLinks> = {
  name: 'knowledge.ticket-links.v1',
  collection: 'knowledge-ticket-links',
  categories: [ARTICLE_CATEGORY],
  handles: ['ArticleLinkedToTicket'],
  documentId: (event) => (event.data as Extract<ArticleEvent, { type: 'ArticleLinkedToTicket' }>['data']).ticketId,
  apply(doc: TicketLinks | null, event: RecordedEvent): TicketLinks {
    const { ticketId } = event.data as Extract<ArticleEvent, { type: 'ArticleLinkedToTicket' }>['data'];
    const articleId = parseStreamName(event.streamId).id;
    const articleIds = doc?.articleIds.includes(articleId) ? doc.articleIds : [...(doc?.articleIds ?? []), articleId];
    return { id: ticketId, tenantId: event.metadata.tenantId, position: event.position, articleIds };
  },
};
