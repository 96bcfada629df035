import { AlreadyExists, Forbidden } from '@deskstream/kernel';
import type { ArticleCommand } from './article.commands';
import type { ArticleEvent } from './article.events';
import { checkContent, checkPublishable, existing, permit } from './article.rules';
import { formatVersion, nextMajor, nextMinor, type ArticleState } from './article.state';
import { may } from './knowledge-rules';

type Command<T extends ArticleCommand['type']> = Extract<ArticleCommand, { type: T }>;

export function draftArticle({ data }: Command<'DraftArticle'>, state: ArticleState): ArticleEvent[] {
  if (state.status !== 'none') throw new AlreadyExists('Article', data.articleId);
  if (!may(data.rules, 'draft', data.roles)) throw new Forbidden('Your roles may not write articles in this tenant', { action: 'draft' });
  checkContent(data.content);
  const { articleId, reference, content, origin, by, at } = data;
  return [{ type: 'ArticleDrafted', data: { articleId, reference, content, owner: data.owner ?? by, origin, version: '0.1', by, at } }];
}

/**
 * Every edit is a new minor version. An edit of a validated article by someone who may not validate
 * sends it back to not-validated: readers of validated knowledge only ever see reviewed text.
 */
export function editArticle({ data }: Command<'EditArticle'>, state: ArticleState): ArticleEvent[] {
  const article = existing(state, data.roles);
  permit(article, 'edit', data.rules, data.roles);
  // A section left out (or sent as undefined) stays as it is.
  const changes = Object.fromEntries(Object.entries(data.changes).filter(([, value]) => value !== undefined));
  const content = { ...article.content, ...changes };
  checkContent(content);
  const revalidationNeeded = article.status === 'validated' && !may(data.rules, 'validate', data.roles);
  const version = formatVersion(nextMinor(article.version));
  const owner = data.owner ?? article.owner;
  return [{ type: 'ArticleEdited', data: { content, owner, version, revalidationNeeded, by: data.by, at: data.at } }];
}

/** Submitting publishes the article to agents as not-validated: the next whole version. */
export function submitArticle({ data }: Command<'SubmitArticle'>, state: ArticleState): ArticleEvent[] {
  const article = existing(state, data.roles);
  permit(article, 'submit', data.rules, data.roles);
  checkPublishable(article);
  return [
    { type: 'ArticleSubmitted', data: { version: formatVersion(nextMajor(article.version)), articleReference: article.reference, by: data.by, at: data.at } },
  ];
}

export function validateArticle({ data }: Command<'ValidateArticle'>, state: ArticleState): ArticleEvent[] {
  const article = existing(state, data.roles);
  permit(article, 'validate', data.rules, data.roles);
  checkPublishable(article);
  return [
    { type: 'ArticleValidated', data: { version: formatVersion(nextMajor(article.version)), articleReference: article.reference, by: data.by, at: data.at } },
  ];
}

export function archiveArticle({ data }: Command<'ArchiveArticle'>, state: ArticleState): ArticleEvent[] {
  const article = existing(state, data.roles);
  permit(article, 'archive', data.rules, data.roles);
  return [{ type: 'ArticleArchived', data: { reason: data.reason, by: data.by, at: data.at } }];
}

/** Only work in progress may be deleted; published knowledge is archived, so its history stays. */
export function deleteArticle({ data }: Command<'DeleteArticle'>, state: ArticleState): ArticleEvent[] {
  const article = existing(state, data.roles);
  permit(article, 'delete', data.rules, data.roles);
  return [{ type: 'ArticleDeleted', data: { by: data.by, at: data.at } }];
}
