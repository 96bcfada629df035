import { TENANT_EVENTS, TOPICS } from '@deskstream/contracts';
import type { IntegrationBus } from '@deskstream/messaging';
import { INTEGRATION_BUS } from '@deskstream/platform';
import { ARTICLE_SEARCH, type ArticleSearch } from '../application/search/article-search.port';
import { outlookArticle, startKnowledgeApp } from './knowledge-http-test-kit';

describe("the search index of a deleted tenant's articles (one process, no restart)", () => {
  let kit: Awaited<ReturnType<typeof startKnowledgeApp>>;
  beforeAll(async () => {
    kit = await startKnowledgeApp();
  });
  afterAll(() => kit?.close());

  const found = (tenant: string) => kit.as(tenant, 'agent').get('/knowledge/articles?q=outlook');

  it("given a tenant's articles indexed, when the tenants topic says it is deleted, then searching finds none of them, and acme's still", async () => {
    for (const tenant of ['globex', 'acme']) {
      const { body } = await kit.as(tenant, 'agent').post('/knowledge/articles', outlookArticle);
      expect((await kit.as(tenant, 'agent').post(`/knowledge/articles/${body.id}/submit`)).status).toBe(200);
    }
    for (const tenant of ['globex', 'acme']) {
      await kit.eventually(
        () => found(tenant),
        (r) => r.body.total === 1,
      );
    }
    await kit.app.get<symbol, IntegrationBus>(INTEGRATION_BUS).publish([
      {
        topic: TOPICS.tenants,
        key: 'globex',
        event: {
          specversion: '1.0',
          id: 'globex-deleted',
          source: '/deskstream/tenants',
          type: TENANT_EVENTS.statusChanged,
          subject: 'globex',
          time: '2026-03-01T10:00:00.000Z',
          datacontenttype: 'application/json',
          data: { tenantId: 'globex', status: 'deleted', reason: null, by: 'system:tenants', at: '2026-03-01T10:00:00.000Z' },
          tenantid: 'globex',
          correlationid: 'deletion:globex',
        },
      },
    ]);
    const search = kit.app.get<symbol, ArticleSearch>(ARTICLE_SEARCH);
    await kit.eventually(
      () => search.search('globex', { text: 'outlook password', roles: ['agent'], limit: 10 }),
      (result) => result.total === 0,
    );
    expect((await found('acme')).body.total).toBe(1);
  });
});
