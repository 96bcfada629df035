import { startKnowledgeApp, outlookArticle } from './knowledge-http-test-kit';

describe('knowledge articles over HTTP: lifecycle, versions, roles', () => {
  let kit: Awaited<ReturnType<typeof startKnowledgeApp>>;
  beforeAll(async () => (kit = await startKnowledgeApp()));
  afterAll(() => kit?.close());

  const agent = () => kit.as('acme', 'agent');
  const manager = () => kit.as('acme', 'knowledge-manager');

  it('drafts KB0001001 at 0.1, submits (1.0), validates (2.0); every version stays readable', async () => {
    const created = await agent().post('/knowledge/articles', outlookArticle);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ reference: 'KB0001001', status: 'work-in-progress', version: '0.1', revision: 0 });
    expect(created.headers.get('location')).toBe(`/api/v1/knowledge/articles/${created.body.id}`);
    const edited = await agent().post('/knowledge/articles/KB0001001/edit', { cause: 'A stale token in the credential manager' }, { 'if-match': '"0"' });
    expect(edited.body).toMatchObject({ version: '0.2', revision: 1 });
    expect((await agent().post('/knowledge/articles/KB0001001/submit')).body).toMatchObject({ status: 'not-validated', version: '1.0' });
    const validated = await manager().post('/knowledge/articles/KB0001001/validate');
    expect(validated.body).toMatchObject({ status: 'validated', version: '2.0', allowedActions: ['edit', 'archive', 'flag', 'feedback', 'link-ticket'] });

    const now = await agent().get('/knowledge/articles/KB0001001');
    expect(now.body).toMatchObject({ version: '2.0', cause: 'A stale token in the credential manager', author: 'agent', owner: 'agent' });
    expect(now.headers.get('etag')).toBe('"3"');
    expect((await agent().get('/knowledge/articles/KB0001001?version=0.1')).body).toMatchObject({
      version: '0.1',
      cause: 'Cached credentials',
      status: 'work-in-progress',
    });
    expect((await agent().get('/knowledge/articles/KB0001001?version=7.0')).status).toBe(404);
    const before = await agent().get(`/knowledge/articles/KB0001001?asOf=${encodeURIComponent('2000-01-01T00:00:00Z')}`);
    expect(before.status).toBe(404);
    const moment = new Date().toISOString();
    const then = await agent().get(`/knowledge/articles/KB0001001?asOf=${moment}`);
    expect(then.body).toMatchObject({ version: '2.0', asOf: moment, allowedActions: [] });
    expect(then.headers.get('memento-datetime')).toBe(new Date(moment).toUTCString());
    expect((await agent().get(`/knowledge/articles/KB0001001?asOf=${encodeURIComponent('2999-01-01T00:00:00Z')}`)).status).toBe(400);

    await agent().post('/knowledge/articles', { ...outlookArticle, title: 'Outlook asks for the password again' });
    const listed = await kit.eventually(
      () => agent().get('/knowledge/articles?state=work-in-progress,validated&sort=-reference&count=true'),
      (r) => r.body.items?.length === 2,
    );
    expect([listed.body.items!.map((i) => i.reference), listed.body.total]).toEqual([['KB0001002', 'KB0001001'], 2]);
    const bad = await agent().get('/knowledge/articles?sort=colour&state=validated,lost');
    expect([bad.status, bad.body.errors!.map((e) => e.field).sort()]).toEqual([400, ['sort', 'state']]);
    const history = await agent().get('/knowledge/articles/KB0001001/history');
    const versionOf = (e: Record<string, unknown>) => (e.changes as { field: string; to: unknown }[]).find((c) => c.field === 'version')?.to;
    expect(history.body.items!.map((e) => [e.type, versionOf(e), e.actor])).toEqual([
      ['ArticleDrafted', '0.1', 'agent'],
      ['ArticleEdited', '0.2', 'agent'],
      ['ArticleSubmitted', '1.0', 'agent'],
      ['ArticleValidated', '2.0', 'knowledge-manager'],
    ]);
  });

  it('an agent may not validate (403); an action the state does not allow is 409 with the allowed actions', async () => {
    const { body } = await agent().post('/knowledge/articles', { ...outlookArticle, title: 'VPN drops every hour' });
    const forbidden = await agent()
      .post(`/knowledge/articles/${body.id}/submit`)
      .then(() => agent().post(`/knowledge/articles/${body.id}/validate`));
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers.get('content-type')).toContain('application/problem+json');
    const other = await agent().post('/knowledge/articles', { ...outlookArticle, title: 'Printer jams on tray 2' });
    const illegal = await manager().post(`/knowledge/articles/${other.body.id}/archive`, { reason: 'old' });
    expect(illegal.status).toBe(409);
    expect(illegal.body).toMatchObject({ currentStatus: 'work-in-progress', allowedActions: ['edit', 'submit', 'delete', 'link-ticket'] });
  });

  it('a stale If-Match is 412 and writes nothing', async () => {
    const { body } = await agent().post('/knowledge/articles', { ...outlookArticle, title: 'Teams camera is black' });
    await agent().post(`/knowledge/articles/${body.id}/edit`, { cause: 'driver' });
    const stale = await agent().post(`/knowledge/articles/${body.id}/edit`, { cause: 'privacy shutter' }, { 'if-match': '"0"' });
    expect(stale.status).toBe(412);
    expect((await agent().get(`/knowledge/articles/${body.id}`)).body).toMatchObject({ cause: 'driver', version: '0.2' });
  });

  it('names every bad field, rejects unknown fields, and writes nothing', async () => {
    const bad = await agent().post('/knowledge/articles', { ...outlookArticle, title: '', audience: 'everyone', colour: 'red' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body.errors!.map((e) => e.field).sort()).toEqual(['audience', 'colour', 'title']);
    const flag = await agent().post('/knowledge/articles/KB0001001/flag', { reason: 'boring', comment: '' });
    expect(flag.body.errors!.map((e) => e.field).sort()).toEqual(['comment', 'reason']);
    expect((await agent().post('/knowledge/articles/KB0001001/edit', { title: 'x'.repeat(201) })).status).toBe(400);
  });

  it('work in progress may be deleted; it is then gone', async () => {
    const { body } = await agent().post('/knowledge/articles', { ...outlookArticle, title: 'Draft to throw away' });
    const deleted = await kit.request('DELETE', `/knowledge/articles/${body.id}`, { token: await kit.token('acme', 'agent') });
    expect(deleted.body).toMatchObject({ status: 'deleted' });
    expect((await agent().get(`/knowledge/articles/${body.id}`)).status).toBe(404);
    const published = await kit.request('DELETE', '/knowledge/articles/KB0001001', { token: await kit.token('acme', 'agent') });
    expect(published.status).toBe(409);
  });

  it('flags join the review queue; feedback and reuse are counted and carry over', async () => {
    const flagged = await agent().post('/knowledge/articles/KB0001001/flag', { reason: 'outdated', comment: 'Outlook 365 moved the setting' });
    expect(flagged.status).toBe(200);
    expect((await agent().get('/knowledge/review-queue')).status).toBe(403);
    const queue = await kit.eventually(
      () => manager().get('/knowledge/review-queue'),
      (r) => r.body.items?.length === 1,
    );
    const [entry] = queue.body.items as { reference: string; flags: { flagId: string; reason: string }[] }[];
    expect(entry).toMatchObject({ reference: 'KB0001001', flags: [{ reason: 'outdated' }] });
    await manager().post('/knowledge/articles/KB0001001/resolve-flag', { flagId: entry!.flags[0]!.flagId, comment: 'Steps updated' });
    await kit.eventually(
      () => manager().get('/knowledge/review-queue'),
      (r) => r.body.items?.length === 0,
    );

    await kit.as('acme', 'requester').post('/knowledge/articles/KB0001001/feedback', { helpful: true });
    await agent().post('/knowledge/articles/KB0001001/feedback', { helpful: false, comment: 'Step 2 unclear' });
    await agent().post('/knowledge/articles/KB0001001/link-ticket', { ticketId: 'inc-1', ticketReference: 'INC0001001' });
    await agent().post('/knowledge/articles/KB0001001/link-ticket', { ticketId: 'inc-1' });
    await manager().post('/knowledge/articles/KB0001001/edit', { resolution: 'Sign out of Office first, then remove the credentials.' });
    const article = await agent().get('/knowledge/articles/KB0001001');
    expect(article.body).toMatchObject({
      version: '2.1',
      status: 'validated',
      helpful: 1,
      notHelpful: 1,
      reuseCount: 1,
      linkedTickets: [{ id: 'inc-1', reference: 'INC0001001' }],
    });
  });

  it('describes every knowledge route in the OpenAPI document', async () => {
    const docs = await kit.request('GET', '/docs-json');
    const paths = Object.keys(docs.body.paths as Record<string, unknown>);
    for (const path of [
      'articles',
      'articles/{idOrReference}',
      'articles/{idOrReference}/history',
      'articles/{idOrReference}/validate',
      'articles/{idOrReference}/link-ticket',
      'suggestions',
      'review-queue',
    ]) {
      expect(paths).toContain(`/api/v1/knowledge/${path}`);
    }
  });
});
