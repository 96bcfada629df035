import { specification } from '@deskstream/kernel';
import { articleDecider } from './article.decider';
import type { Acting } from './article.commands';
import type { ArticleContent, ArticleEvent } from './article.events';
import { DEFAULT_KNOWLEDGE_RULES } from './knowledge-rules';

export const spec = specification(articleDecider);

export const at = (minute: number): string => `2026-03-02T09:${String(minute).padStart(2, '0')}:00.000Z`;

export const agent = (minute: number): Acting => ({ by: 'alice', roles: ['agent'], rules: DEFAULT_KNOWLEDGE_RULES, at: at(minute) });
export const manager = (minute: number): Acting => ({ by: 'kim', roles: ['knowledge-manager'], rules: DEFAULT_KNOWLEDGE_RULES, at: at(minute) });
export const requester = (minute: number): Acting => ({ by: 'rita', roles: ['requester'], rules: DEFAULT_KNOWLEDGE_RULES, at: at(minute) });

export const content: ArticleContent = {
  title: 'Outlook cannot connect after password change',
  problem: 'Outlook shows "disconnected" after the user changed the password.',
  environment: 'Windows 11, Outlook 365',
  cause: 'Cached credentials',
  resolution: 'Remove the cached credentials in the credential manager and restart Outlook.',
  keywords: ['outlook', 'password'],
  service: 'email',
  category: 'software',
  audience: 'requesters',
};

export const drafted: ArticleEvent = {
  type: 'ArticleDrafted',
  data: {
    articleId: 'a-1',
    reference: 'KB0001001',
    content,
    owner: 'alice',
    origin: { kind: 'authored', sourceIncidents: [], problemId: null },
    version: '0.1',
    by: 'alice',
    at: at(0),
  },
};
export const submitted: ArticleEvent = { type: 'ArticleSubmitted', data: { version: '1.0', articleReference: 'KB0001001', by: 'alice', at: at(1) } };
export const validated: ArticleEvent = { type: 'ArticleValidated', data: { version: '2.0', articleReference: 'KB0001001', by: 'kim', at: at(2) } };
export const flagged: ArticleEvent = {
  type: 'ArticleFlagged',
  data: { flagId: 'f-1', reason: 'outdated', comment: 'Outlook 365 moved the setting', by: 'alice', at: at(3) },
};
