import { outlookArticle, startKnowledgeApp } from './knowledge-http-test-kit';

describe('knowledge settings over HTTP: who may move which state is a tenant rule', () => {
  let kit: Awaited<ReturnType<typeof startKnowledgeApp>>;
  beforeAll(async () => (kit = await startKnowledgeApp()));
  afterAll(() => kit?.close());

  const admin = (tenant = 'acme') => kit.as(tenant, 'tenant-admin');

  it('shows the defaults: the knowledge manager validates', async () => {
    const settings = await kit.as('acme', 'knowledge-manager').get('/knowledge/settings');
    expect(settings.body).toMatchObject({ language: 'english', harvest: { threshold: 3, windowDays: 30 }, revision: -1 });
    expect((settings.body.rules as Record<string, string[]>).validate).toEqual(['knowledge-manager']);
    expect((await kit.as('acme', 'agent').get('/knowledge/settings')).status).toBe(403);
    expect((await kit.as('acme', 'knowledge-manager').put('/knowledge/settings', { language: 'german' })).status).toBe(403);
  });

  it('a tenant admin lets resolvers validate in acme; globex keeps the default', async () => {
    const changed = await admin().put('/knowledge/settings', { rules: { validate: ['resolver', 'knowledge-manager'] }, harvest: { threshold: 5 } });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ revision: 0, harvest: { threshold: 5, windowDays: 30 } });
    const { body } = await kit.as('acme', 'agent').post('/knowledge/articles', outlookArticle);
    await kit.as('acme', 'agent').post(`/knowledge/articles/${body.id}/submit`);
    expect((await kit.as('acme', 'resolver').post(`/knowledge/articles/${body.id}/validate`)).body).toMatchObject({ status: 'validated' });

    const globex = await kit.as('globex', 'agent').post('/knowledge/articles', outlookArticle);
    await kit.as('globex', 'agent').post(`/knowledge/articles/${globex.body.id}/submit`);
    expect((await kit.as('globex', 'resolver').post(`/knowledge/articles/${globex.body.id}/validate`)).status).toBe(403);
  });

  it('refuses unknown roles, languages and fields, and a stale If-Match', async () => {
    const bad = await admin().put('/knowledge/settings', { rules: { validate: ['wizard'] }, language: 'klingon', colour: 'red' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors!.map((e) => e.field).sort()).toEqual(['colour', 'language', 'rules.validate']);
    expect((await admin().put('/knowledge/settings', { rules: { archive: [] } })).status).toBe(400);
    expect((await admin().put('/knowledge/settings', { language: 'german' }, { 'if-match': '"7"' })).status).toBe(412);
  });
});
