/**
 * Integration events of the knowledge service (CloudEvents `data`, topic TOPICS.knowledge, key = article
 * id). Versioned: a breaking change is a new type. Reporting consumes the ticket links (a ticket fact's
 * `articleUsed`); the problems service consumes the known-error article written for one of its problems.
 */
export const KNOWLEDGE_EVENTS = {
  published: 'deskstream.knowledge.article-published.v1',
  validated: 'deskstream.knowledge.article-validated.v1',
  linkedToTicket: 'deskstream.knowledge.article-linked-to-ticket.v1',
  knownErrorArticleCreated: 'deskstream.knowledge.known-error-article-created.v1',
} as const;

export type KnowledgeIntegrationEventType = (typeof KNOWLEDGE_EVENTS)[keyof typeof KNOWLEDGE_EVENTS];

interface About {
  readonly articleId: string;
  readonly by: string;
  readonly at: string;
}

/**
 * A new whole version: published to agents as not-validated (submitted) or validated. `reference` is
 * the KB number (null only for events recorded before it was published with them).
 */
export interface ArticleVersionPublishedV1 extends About {
  readonly reference: string | null;
  readonly version: string;
}

/**
 * The article was used on a ticket (the KCS reuse). `reference` is the article's KB number (null only
 * for links recorded before it was published with them); `ticketReference` is null when knowledge did not know it.
 */
export interface ArticleLinkedToTicketV1 extends About {
  readonly reference: string | null;
  readonly ticketId: string;
  readonly ticketReference: string | null;
}

/** The article written for a problem's known error: once per problem (the duplicate check). */
export interface KnownErrorArticleCreatedV1 extends About {
  readonly reference: string;
  readonly problemId: string;
}

export interface KnowledgeIntegrationEvents {
  'deskstream.knowledge.article-published.v1': ArticleVersionPublishedV1;
  'deskstream.knowledge.article-validated.v1': ArticleVersionPublishedV1;
  'deskstream.knowledge.article-linked-to-ticket.v1': ArticleLinkedToTicketV1;
  'deskstream.knowledge.known-error-article-created.v1': KnownErrorArticleCreatedV1;
}
