import type { Acting, ArticleCommand } from '../domain/article.commands';
import type { ArticleContent, FlagReason } from '../domain/article.events';
import type { ArticleAction } from '../domain/knowledge-rules';

/** What each action takes from the client, besides who acts and when. */
export interface ArticleActionInputs {
  edit: { changes: Partial<ArticleContent>; owner?: string };
  submit: object;
  validate: object;
  archive: { reason: string };
  delete: object;
  flag: { reason: FlagReason; comment: string };
  'resolve-flag': { flagId: string; comment: string };
  feedback: { helpful: boolean; comment?: string | null };
  'link-ticket': { ticketId: string; ticketReference?: string | null };
}

export type ArticleActionInput = { [A in ArticleAction]: { action: A } & ArticleActionInputs[A] }[ArticleAction];

/** The command an action stands for; new ids (a flag's) come from the caller, like the time. */
export function commandFor(input: ArticleActionInput, acting: Acting, newId: () => string): ArticleCommand {
  switch (input.action) {
    case 'edit':
      return { type: 'EditArticle', data: { ...acting, changes: input.changes, ...(input.owner ? { owner: input.owner } : {}) } };
    case 'submit':
      return { type: 'SubmitArticle', data: acting };
    case 'validate':
      return { type: 'ValidateArticle', data: acting };
    case 'archive':
      return { type: 'ArchiveArticle', data: { ...acting, reason: input.reason } };
    case 'delete':
      return { type: 'DeleteArticle', data: acting };
    case 'flag':
      return { type: 'FlagArticle', data: { ...acting, flagId: newId(), reason: input.reason, comment: input.comment } };
    case 'resolve-flag':
      return { type: 'ResolveFlag', data: { ...acting, flagId: input.flagId, comment: input.comment } };
    case 'feedback':
      return { type: 'GiveFeedback', data: { ...acting, helpful: input.helpful, comment: input.comment ?? null } };
    case 'link-ticket':
      return { type: 'LinkTicket', data: { ...acting, ticketId: input.ticketId, ticketReference: input.ticketReference ?? null } };
  }
}
