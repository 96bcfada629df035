import { Forbidden, IllegalTransition, NotFound, ValidationFailed, type FieldError } from '@deskstream/kernel';
import type { ArticleContent } from './article.events';
import { isArticle, type Article, type ArticleState } from './article.state';
import { ARTICLE_ACTIONS, may, type ArticleAction, type KnowledgeRules } from './knowledge-rules';

const BY_STATUS: Record<Article['status'], readonly ArticleAction[]> = {
  // A work-in-progress article may already be linked: KCS captures in the workflow, while solving.
  'work-in-progress': ['edit', 'submit', 'delete', 'link-ticket'],
  'not-validated': ['edit', 'validate', 'archive', 'flag', 'resolve-flag', 'feedback', 'link-ticket'],
  validated: ['edit', 'archive', 'flag', 'resolve-flag', 'feedback', 'link-ticket'],
  archived: [],
};

/** What the article's state allows, whoever asks: resolve-flag only while a flag is open. */
export function allowedActions(state: ArticleState): ArticleAction[] {
  if (!isArticle(state)) return [];
  return BY_STATUS[state.status].filter((action) => action !== 'resolve-flag' || state.flags.length > 0);
}

/** What this caller may do now: the state's actions that the tenant rules grant one of their roles. */
export function actionsFor(state: ArticleState, rules: KnowledgeRules, roles: readonly string[]): ArticleAction[] {
  return allowedActions(state).filter((action) => may(rules, action, roles));
}

/** Requesters (people with no agent-side role) see only validated articles written for them. */
export function isRequesterOnly(roles: readonly string[]): boolean {
  return roles.every((role) => role === 'requester');
}

export function visibleTo(article: Pick<Article, 'status' | 'content'>, roles: readonly string[]): boolean {
  if (!isRequesterOnly(roles)) return true;
  return article.status === 'validated' && article.content.audience === 'requesters';
}

/** The article the command is about, as this caller may see it; someone who may not see it learns nothing of it. */
export function existing(state: ArticleState, roles: readonly string[]): Article {
  if (!isArticle(state) || !visibleTo(state, roles)) throw new NotFound('Article', state.status === 'none' ? '' : state.articleId);
  return state;
}

/** The state must allow the action and the tenant rules must grant it to one of the caller's roles. */
export function permit(state: Article, action: ArticleAction, rules: KnowledgeRules, roles: readonly string[]): void {
  if (!allowedActions(state).includes(action)) throw new IllegalTransition(action, state.status, allowedActions(state));
  if (!may(rules, action, roles)) throw new Forbidden(`Your roles may not ${action} articles in this tenant`, { action, roles: [...roles] });
}

const LIMITS: Record<'title' | 'problem' | 'environment' | 'cause' | 'resolution', number> = {
  title: 200,
  problem: 10_000,
  environment: 10_000,
  cause: 10_000,
  resolution: 20_000,
};

/** An article always has a title and a problem; each section has a size limit; keywords are short words. */
export function checkContent(content: ArticleContent): void {
  const errors: FieldError[] = [];
  for (const [field, limit] of Object.entries(LIMITS) as [keyof typeof LIMITS, number][]) {
    if (content[field].length > limit) errors.push({ field, message: `must be at most ${limit} characters` });
  }
  if (content.title.trim() === '') errors.push({ field: 'title', message: 'title is required' });
  if (content.problem.trim() === '') errors.push({ field: 'problem', message: 'problem is required' });
  if (content.keywords.length > 30 || content.keywords.some((k) => k.trim() === '' || k.length > 50)) {
    errors.push({ field: 'keywords', message: 'at most 30 keywords of 1 to 50 characters' });
  }
  if (errors.length > 0) throw new ValidationFailed(errors);
}

/** Only an article that says how to fix the problem can be published. */
export function checkPublishable(article: Article): void {
  if (article.content.resolution.trim() === '') {
    throw new ValidationFailed([{ field: 'resolution', message: 'an article needs a resolution before it is published' }]);
  }
}

export { ARTICLE_ACTIONS };
