import { parseStreamName, type RecordedEvent } from '@deskstream/kernel';
import { KNOWLEDGE_EVENTS, SOURCES, TOPICS, type KnowledgeIntegrationEvents } from '@deskstream/contracts';
import { toCloudEvent, type IntegrationEventMapper, type OutgoingMessage } from '@deskstream/messaging';
import type { ArticleEvent } from '../domain/article.events';
import { ARTICLE_CATEGORY } from './article-detail.projection';

type Published = { [T in keyof KnowledgeIntegrationEvents]: { type: T; data: KnowledgeIntegrationEvents[T] } }[keyof KnowledgeIntegrationEvents];

/** The public contract of one article event, field by field; drafts, edits, flags and feedback stay internal. */
function contractFor(articleId: string, event: ArticleEvent): Published | null {
  switch (event.type) {
    case 'ArticleDrafted': {
      const { reference, origin, by, at } = event.data;
      if (origin.kind !== 'known-error' || !origin.problemId) return null;
      return { type: KNOWLEDGE_EVENTS.knownErrorArticleCreated, data: { articleId, reference, problemId: origin.problemId, by, at } };
    }
    case 'ArticleSubmitted':
    case 'ArticleValidated': {
      const { version, articleReference, by, at } = event.data;
      const type = event.type === 'ArticleSubmitted' ? KNOWLEDGE_EVENTS.published : KNOWLEDGE_EVENTS.validated;
      return { type, data: { articleId, reference: articleReference ?? null, version, by, at } };
    }
    case 'ArticleLinkedToTicket': {
      const { ticketId, ticketReference, articleReference, by, at } = event.data;
      return { type: KNOWLEDGE_EVENTS.linkedToTicket, data: { articleId, reference: articleReference ?? null, ticketId, ticketReference, by, at } };
    }
    default:
      return null;
  }
}

/** Article events on the knowledge topic, keyed by article id. */
export const articleIntegrationMapper: IntegrationEventMapper = {
  categories: [ARTICLE_CATEGORY],
  map(event: RecordedEvent): OutgoingMessage[] {
    const { id } = parseStreamName(event.streamId);
    const contract = contractFor(id, event as unknown as ArticleEvent);
    if (!contract) return [];
    return [
      { topic: TOPICS.knowledge, key: id, event: toCloudEvent(event, { source: SOURCES.knowledge, type: contract.type, subject: id, data: contract.data }) },
    ];
  },
};
