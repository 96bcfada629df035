import { manager, spec } from './article.fixtures';
import type { ArticleCommand } from './article.commands';
import type { ArticleEvent } from './article.events';
import { isArticle } from './article.state';

const request = (overrides: Partial<Extract<ArticleCommand, { type: 'RecordKnownError' }>['data']> = {}): ArticleCommand => ({
  type: 'RecordKnownError',
  data: {
    ...manager(5),
    articleId: 'known-error-prb-1',
    reference: 'KB0001007',
    problemId: 'prb-1',
    problemReference: 'PRB0001001',
    shortDescription: 'Mail relay drops connections',
    cause: 'Connection pool exhausted',
    workaround: 'Send through webmail',
    ...overrides,
  },
});

const drafted: ArticleEvent = {
  type: 'ArticleDrafted',
  data: {
    articleId: 'known-error-prb-1',
    reference: 'KB0001007',
    content: {
      title: 'Mail relay drops connections',
      problem: 'Mail relay drops connections (PRB0001001)',
      environment: '',
      cause: 'Connection pool exhausted',
      resolution: 'Send through webmail',
      keywords: [],
      service: null,
      category: null,
      audience: 'internal',
    },
    owner: 'kim',
    origin: { kind: 'known-error', sourceIncidents: [], problemId: 'prb-1' },
    version: '0.1',
    by: 'kim',
    at: manager(5).at,
  },
};

describe("a problem's known error becomes one article (the duplicate check)", () => {
  it('the first request drafts an internal work-in-progress article with the known-error origin, the cause and the workaround', () => {
    spec.given([]).when(request()).then([drafted]);
  });

  it('the same request again records nothing', () => {
    spec.given([drafted]).when(request()).then([]);
  });

  it('a new cause or workaround for the same problem edits the article (a minor version), never a second article', () => {
    spec
      .given([drafted])
      .when(request({ workaround: 'Restart the relay pool' }))
      .thenState((s) => {
        expect(isArticle(s) && [s.content.resolution, s.content.cause, s.version, s.origin.kind]).toEqual([
          'Restart the relay pool',
          'Connection pool exhausted',
          { major: 0, minor: 2 },
          'known-error',
        ]);
      });
  });

  it('an article that was archived or deleted is left as it is', () => {
    spec
      .given([drafted, { type: 'ArticleDeleted', data: { by: 'kim', at: manager(6).at } }])
      .when(request({ workaround: 'other' }))
      .then([]);
    spec
      .given([drafted, { type: 'ArticleArchived', data: { reason: 'fixed for good', by: 'kim', at: manager(6).at } }])
      .when(request({ workaround: 'other' }))
      .then([]);
  });
});
