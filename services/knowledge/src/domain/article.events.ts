/** The KCS article structure: what a reader needs to recognise the problem and fix it. */
export interface ArticleContent {
  readonly title: string;
  readonly problem: string;
  readonly environment: string;
  readonly cause: string;
  readonly resolution: string;
  readonly keywords: readonly string[];
  readonly service: string | null;
  readonly category: string | null;
  /** `internal`: agents only; `requesters`: the portal too, once validated. */
  readonly audience: Audience;
}

export type Audience = 'internal' | 'requesters';
export type FlagReason = 'wrong' | 'outdated' | 'unclear';

/** Where an article came from: written by hand, harvested from resolutions, or a problem's known error. */
export interface ArticleOrigin {
  readonly kind: 'authored' | 'harvested' | 'known-error';
  readonly sourceIncidents: readonly string[];
  readonly problemId: string | null;
}

interface Stamp {
  readonly by: string;
  readonly at: string;
}

export type ArticleEvent =
  | {
      type: 'ArticleDrafted';
      data: Stamp & { articleId: string; reference: string; content: ArticleContent; owner: string; origin: ArticleOrigin; version: string };
    }
  | { type: 'ArticleEdited'; data: Stamp & { content: ArticleContent; owner: string; version: string; revalidationNeeded: boolean } }
  /** `articleReference` on a publication and a link: the KB number, for those told of it (absent on events recorded before it was kept). */
  | { type: 'ArticleSubmitted'; data: Stamp & { version: string; articleReference?: string } }
  | { type: 'ArticleValidated'; data: Stamp & { version: string; articleReference?: string } }
  | { type: 'ArticleArchived'; data: Stamp & { reason: string } }
  | { type: 'ArticleDeleted'; data: Stamp }
  | { type: 'ArticleFlagged'; data: Stamp & { flagId: string; reason: FlagReason; comment: string } }
  | { type: 'ArticleFlagResolved'; data: Stamp & { flagId: string; comment: string } }
  | { type: 'ArticleFeedbackGiven'; data: Stamp & { helpful: boolean; comment: string | null; version: string } }
  | { type: 'ArticleLinkedToTicket'; data: Stamp & { ticketId: string; ticketReference: string | null; articleReference?: string } };

export type ArticleEventType = ArticleEvent['type'];

export const ARTICLE_EVENT_TYPES: readonly ArticleEventType[] = [
  'ArticleDrafted',
  'ArticleEdited',
  'ArticleSubmitted',
  'ArticleValidated',
  'ArticleArchived',
  'ArticleDeleted',
  'ArticleFlagged',
  'ArticleFlagResolved',
  'ArticleFeedbackGiven',
  'ArticleLinkedToTicket',
];
