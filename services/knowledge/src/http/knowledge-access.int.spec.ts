import { startKnowledgeApp, outlookArticle } from './knowledge-http-test-kit';

/** Publishes an article through the whole lifecycle as acme's agent and knowledge manager. */
async function publish(kit: Awaited<ReturnType<typeof startKnowledgeApp>>, tenant: string, article: Record<string, unknown>, validate = true) {
  const { body } = await kit.as(tenant, 'agent').post('/knowledge/articles', article);
  await kit.as(tenant, 'agent').post(`/knowledge/articles/${body.id}/submit`);
  if (validate) await kit.as(tenant, 'knowledge-manager').post(`/knowledge/articles/${body.id}/validate`);
  return { id: String(body.id), reference: String(body.reference) };
}

describe('knowledge over HTTP: tenants and audiences', () => {
  let kit: Awaited<ReturnType<typeof startKnowledgeApp>>;
  let forRequesters: { id: string; reference: string };
  let internal: { id: string; reference: string };
  let unvalidated: { id: string; reference: string };
  beforeAll(async () => {
    kit = await startKnowledgeApp();
    forRequesters = await publish(kit, 'acme', outlookArticle);
    internal = await publish(kit, 'acme', { ...outlookArticle, title: 'Outlook profile repair on the mailbox server', audience: 'internal' });
    unvalidated = await publish(kit, 'acme', { ...outlookArticle, title: 'Outlook search index rebuild' }, false);
  });
  afterAll(() => kit?.close());

  const requester = () => kit.as('acme', 'requester');
  const agent = () => kit.as('acme', 'agent');

  it('keeps tenants apart: globex gets 404 for acme ids and references, its own KB sequence, and no acme search hits', async () => {
    const globex = kit.as('globex', 'agent');
    expect((await globex.get(`/knowledge/articles/${forRequesters.id}`)).status).toBe(404);
    expect((await globex.get(`/knowledge/articles/${forRequesters.reference}`)).status).toBe(404);
    expect((await globex.post(`/knowledge/articles/${forRequesters.id}/flag`, { reason: 'wrong', comment: 'x' })).status).toBe(404);
    expect((await globex.post(`/knowledge/articles/${forRequesters.id}/edit`, { title: 'hijacked' })).status).toBe(404);
    expect((await globex.post('/knowledge/articles', { ...outlookArticle, title: 'Payslip is missing' })).body.reference).toBe('KB0001001');
    await kit.eventually(
      () => agent().get('/knowledge/articles?q=outlook'),
      (r) => r.body.total === 3,
    );
    const search = await globex.get('/knowledge/articles?q=outlook');
    expect(search.body).toMatchObject({ total: 0, items: [] });
    expect((await globex.get('/knowledge/suggestions?q=outlo')).body.items).toEqual([]);
    const list = await kit.eventually(
      () => kit.as('globex', 'agent').get('/knowledge/articles?state=work-in-progress'),
      (r) => r.body.items!.length === 1,
    );
    expect(list.body.items!.map((i) => i.title)).toEqual(['Payslip is missing']);
  });

  it('a requester never sees an internal or unvalidated article: not in search, suggestions, lists or by id', async () => {
    const search = await kit.eventually(
      () => requester().get('/knowledge/articles?q=outlook'),
      (r) => r.body.total === 1,
    );
    expect(search.body.items!.map((i) => i.id)).toEqual([forRequesters.id]);
    // Asking for internal or work-in-progress articles narrows a requester's view; it never widens it.
    expect((await requester().get('/knowledge/articles?q=outlook&audience=internal')).body.items).toEqual([]);
    const wip = await requester().get('/knowledge/articles?q=outlook&state=work-in-progress');
    expect(wip.body.items!.map((i) => i.id)).toEqual([forRequesters.id]);
    const suggestions = await requester().get('/knowledge/suggestions?q=outlook%20prof');
    expect(suggestions.body.items!.map((i) => i.id)).toEqual([forRequesters.id]);
    const list = await kit.eventually(
      () => requester().get('/knowledge/articles'),
      (r) => r.body.items!.length >= 1,
    );
    expect(list.body.items!.map((i) => i.id)).toEqual([forRequesters.id]);
    for (const hidden of [internal, unvalidated]) {
      expect((await requester().get(`/knowledge/articles/${hidden.id}`)).status).toBe(404);
      expect((await requester().get(`/knowledge/articles/${hidden.reference}`)).status).toBe(404);
      expect((await requester().post(`/knowledge/articles/${hidden.id}/feedback`, { helpful: true })).status).toBe(404);
    }
    expect((await requester().get(`/knowledge/articles/${forRequesters.id}/history`)).status).toBe(404);
    const seen = await requester().get(`/knowledge/articles/${forRequesters.id}`);
    expect(seen.body).toMatchObject({ title: outlookArticle.title, allowedActions: ['feedback'] });
    expect(seen.body).not.toHaveProperty('author');
    expect(seen.body).not.toHaveProperty('linkedTickets');
  });

  it('agents find internal and not-validated articles too, validated ones first, with highlights', async () => {
    const search = await kit.eventually(
      () => agent().get('/knowledge/articles?q=outlook'),
      (r) => r.body.total === 3,
    );
    expect(search.body.items!.map((i) => i.id).slice(2)).toEqual([unvalidated.id]);
    // Every word of the query must match: only the internal article is about the Outlook profile.
    const profile = await agent().get('/knowledge/articles?q=outlook%20profile');
    const [first] = profile.body.items as { id: string; highlights: { field: string; snippet: string }[] }[];
    expect(profile.body.total).toBe(1);
    expect(first!.id).toBe(internal.id);
    expect(first!.highlights).toContainEqual({ field: 'title', snippet: '<mark>Outlook</mark> <mark>profile</mark> repair on the mailbox server' });
    const onlyInternal = await agent().get('/knowledge/articles?q=outlook&audience=internal');
    expect(onlyInternal.body.items!.map((i) => i.id)).toEqual([internal.id]);
    const paged = await agent().get('/knowledge/articles?q=outlook&limit=2');
    expect(paged.body.items).toHaveLength(2);
    const rest = await agent().get(`/knowledge/articles?q=outlook&limit=2&cursor=${String(paged.body.nextCursor)}`);
    expect(rest.body).toMatchObject({ nextCursor: null });
    expect(rest.body.items).toHaveLength(1);
  });
});
