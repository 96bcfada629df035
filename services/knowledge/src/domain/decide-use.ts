import { NotFound } from '@deskstream/kernel';
import type { ArticleCommand } from './article.commands';
import type { ArticleEvent } from './article.events';
import { existing, permit } from './article.rules';
import { formatVersion, type ArticleState } from './article.state';

type Command<T extends ArticleCommand['type']> = Extract<ArticleCommand, { type: T }>;

/** Flag it or fix it: an agent who finds an article wrong, outdated or unclear says so; the flag joins the review queue. */
export function flagArticle({ data }: Command<'FlagArticle'>, state: ArticleState): ArticleEvent[] {
  const article = existing(state, data.roles);
  permit(article, 'flag', data.rules, data.roles);
  if (article.flags.some((flag) => flag.flagId === data.flagId)) return [];
  return [{ type: 'ArticleFlagged', data: { flagId: data.flagId, reason: data.reason, comment: data.comment, by: data.by, at: data.at } }];
}

export function resolveFlag({ data }: Command<'ResolveFlag'>, state: ArticleState): ArticleEvent[] {
  const article = existing(state, data.roles);
  permit(article, 'resolve-flag', data.rules, data.roles);
  if (!article.flags.some((flag) => flag.flagId === data.flagId)) throw new NotFound('Open flag', data.flagId);
  return [{ type: 'ArticleFlagResolved', data: { flagId: data.flagId, comment: data.comment, by: data.by, at: data.at } }];
}

/** Helpful or not, on the version the reader saw. */
export function giveFeedback({ data }: Command<'GiveFeedback'>, state: ArticleState): ArticleEvent[] {
  const article = existing(state, data.roles);
  permit(article, 'feedback', data.rules, data.roles);
  return [
    { type: 'ArticleFeedbackGiven', data: { helpful: data.helpful, comment: data.comment, version: formatVersion(article.version), by: data.by, at: data.at } },
  ];
}

/** Each ticket the article was used on counts once (the reuse count), however often it is linked again. */
export function linkTicket({ data }: Command<'LinkTicket'>, state: ArticleState): ArticleEvent[] {
  const article = existing(state, data.roles);
  permit(article, 'link-ticket', data.rules, data.roles);
  if (article.linkedTickets.some((ticket) => ticket.id === data.ticketId)) return [];
  const { ticketId, ticketReference, by, at } = data;
  return [{ type: 'ArticleLinkedToTicket', data: { ticketId, ticketReference, articleReference: article.reference, by, at } }];
}
