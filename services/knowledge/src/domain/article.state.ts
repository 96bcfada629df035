import type { ArticleContent, ArticleOrigin, FlagReason } from './article.events';

/** KCS confidence states. */
export type ArticleStatus = 'work-in-progress' | 'not-validated' | 'validated' | 'archived';

export interface Version {
  readonly major: number;
  readonly minor: number;
}

export interface OpenFlag {
  readonly flagId: string;
  readonly reason: FlagReason;
  readonly comment: string;
  readonly by: string;
  readonly at: string;
}

export interface Article {
  readonly status: ArticleStatus;
  readonly articleId: string;
  readonly reference: string;
  readonly content: ArticleContent;
  readonly author: string;
  readonly owner: string;
  readonly origin: ArticleOrigin;
  readonly version: Version;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly validatedAt: string | null;
  readonly flags: readonly OpenFlag[];
  /** Ratings belong to the article, not to a version: they carry over when it changes. */
  readonly helpful: number;
  readonly notHelpful: number;
  /** The tickets it was used on: id, and the reference when the linking client gave it. */
  readonly linkedTickets: readonly TicketLink[];
}

export interface TicketLink {
  readonly id: string;
  readonly reference: string | null;
}

export type ArticleState = { readonly status: 'none' } | { readonly status: 'deleted'; readonly articleId: string; readonly reference: string } | Article;

export const initialArticleState = (): ArticleState => ({ status: 'none' });

export const isArticle = (state: ArticleState): state is Article => state.status !== 'none' && state.status !== 'deleted';

export const formatVersion = ({ major, minor }: Version): string => `${major}.${minor}`;

/** Each edit is a new minor version. */
export const nextMinor = ({ major, minor }: Version): Version => ({ major, minor: minor + 1 });

/** Each publish (submit, validate) is the next whole number. */
export const nextMajor = ({ major }: Version): Version => ({ major: major + 1, minor: 0 });

export function parseVersion(text: string): Version | null {
  const match = /^(\d+)\.(\d+)$/.exec(text);
  return match ? { major: Number(match[1]), minor: Number(match[2]) } : null;
}
