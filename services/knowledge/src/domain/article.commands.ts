import type { ArticleContent, ArticleOrigin, FlagReason } from './article.events';
import type { KnowledgeRules } from './knowledge-rules';

/** Who acts, with which roles, under which tenant rules, and when: all looked up at the edge. */
export interface Acting {
  readonly by: string;
  readonly roles: readonly string[];
  readonly rules: KnowledgeRules;
  readonly at: string;
}

export type ArticleCommand =
  | { type: 'DraftArticle'; data: Acting & { articleId: string; reference: string; content: ArticleContent; owner: string | null; origin: ArticleOrigin } }
  | { type: 'EditArticle'; data: Acting & { changes: Partial<ArticleContent>; owner?: string } }
  | { type: 'SubmitArticle'; data: Acting }
  | { type: 'ValidateArticle'; data: Acting }
  | { type: 'ArchiveArticle'; data: Acting & { reason: string } }
  | { type: 'DeleteArticle'; data: Acting }
  | { type: 'FlagArticle'; data: Acting & { flagId: string; reason: FlagReason; comment: string } }
  | { type: 'ResolveFlag'; data: Acting & { flagId: string; comment: string } }
  | { type: 'GiveFeedback'; data: Acting & { helpful: boolean; comment: string | null } }
  | { type: 'LinkTicket'; data: Acting & { ticketId: string; ticketReference: string | null } }
  | { type: 'RecordKnownError'; data: Acting & KnownErrorRequest & { articleId: string; reference: string } };

/** What the problems service asks a known-error article to say: the problem's cause and workaround. */
export interface KnownErrorRequest {
  readonly problemId: string;
  readonly problemReference: string;
  readonly shortDescription: string;
  readonly cause: string;
  readonly workaround: string;
}
