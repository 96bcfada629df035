import { ValidationFailed } from '@deskstream/kernel';

/** The actions on an article, named as in the HTTP API (`POST /knowledge/articles/{id}/{action}`). */
export const ARTICLE_ACTIONS = ['edit', 'submit', 'validate', 'archive', 'delete', 'flag', 'resolve-flag', 'feedback', 'link-ticket'] as const;
export type ArticleAction = (typeof ARTICLE_ACTIONS)[number];

/** A tenant rule: which roles may draft an article and which may take each action. */
export type KnowledgeRules = Readonly<Record<ArticleAction | 'draft', readonly string[]>>;

const AUTHORS = ['agent', 'resolver', 'problem-manager', 'knowledge-manager'];
const EVERYONE = ['requester', ...AUTHORS, 'service-owner', 'analyst', 'tenant-admin'];

/** KCS default: the people who solve tickets write and flag; the knowledge manager validates and retires. */
export const DEFAULT_KNOWLEDGE_RULES: KnowledgeRules = {
  draft: AUTHORS,
  edit: AUTHORS,
  submit: AUTHORS,
  validate: ['knowledge-manager'],
  archive: ['knowledge-manager'],
  delete: AUTHORS,
  flag: AUTHORS,
  'resolve-flag': ['knowledge-manager'],
  feedback: EVERYONE,
  'link-ticket': AUTHORS,
};

export function may(rules: KnowledgeRules, action: ArticleAction | 'draft', roles: readonly string[]): boolean {
  return rules[action].some((role) => roles.includes(role));
}

/** A change to the rules keeps every action with at least one role, so nothing becomes impossible by mistake. */
export function changeKnowledgeRules(current: KnowledgeRules, change: Partial<KnowledgeRules>): KnowledgeRules {
  const next = { ...current, ...change };
  const errors = Object.entries(next)
    .filter(([, roles]) => !Array.isArray(roles) || roles.length === 0)
    .map(([action]) => ({ field: action, message: 'needs at least one role' }));
  if (errors.length > 0) throw new ValidationFailed(errors);
  return next;
}
