import { PROBLEM_EVENTS, SOURCES, TOPICS, type KnownErrorArticleRequestedV1 } from '@deskstream/contracts';
import type { IntegrationBus } from '@deskstream/messaging';
import { INTEGRATION_BUS } from '@deskstream/platform';
import { startKnowledgeApp } from './knowledge-http-test-kit';

function requested(tenant: string, id: string, overrides: Partial<KnownErrorArticleRequestedV1> = {}) {
  const data: KnownErrorArticleRequestedV1 = {
    problemId: 'prb-1',
    problemReference: 'PRB0001001',
    duplicateKey: 'known-error:prb-1',
    shortDescription: 'Mail relay drops connections',
    cause: 'Connection pool exhausted',
    causeVersion: 1,
    workaround: 'Send through webmail',
    workaroundVersion: 1,
    by: 'problem-manager',
    at: '2026-03-02T10:00:00.000Z',
    ...overrides,
  };
  return {
    topic: TOPICS.problems,
    key: data.problemId,
    event: {
      specversion: '1.0' as const,
      id,
      source: SOURCES.problems,
      type: PROBLEM_EVENTS.knownErrorArticleRequested,
      subject: data.problemId,
      time: data.at,
      datacontenttype: 'application/json' as const,
      data,
      tenantid: tenant,
      correlationid: `c-${id}`,
    },
  };
}

describe('known-error articles from the problems service (consumer knowledge.problem-events)', () => {
  let kit: Awaited<ReturnType<typeof startKnowledgeApp>>;
  let bus: IntegrationBus;
  beforeAll(async () => {
    kit = await startKnowledgeApp();
    bus = kit.app.get<IntegrationBus>(INTEGRATION_BUS);
  });
  afterAll(() => kit?.close());

  const agent = (tenant = 'acme') => kit.as(tenant, 'agent');
  const knownErrors = (tenant = 'acme') => agent(tenant).get('/knowledge/articles?state=work-in-progress');
  const ofProblem = (items: Record<string, unknown>[] | undefined) => (items ?? []).filter((i) => i.title === 'Mail relay drops connections');

  it('drafts one article for the problem; a redelivery and a second request for the same problem write no second one', async () => {
    const first = requested('acme', 'ke-1');
    await bus.publish([first, first]);
    const listed = await kit.eventually(knownErrors, (r) => ofProblem(r.body.items).length === 1);
    const id = String(ofProblem(listed.body.items)[0]!.id);
    const article = await agent().get(`/knowledge/articles/${id}`);
    expect(article.body).toMatchObject({
      status: 'work-in-progress',
      audience: 'internal',
      cause: 'Connection pool exhausted',
      resolution: 'Send through webmail',
      version: '0.1',
      origin: { kind: 'known-error', problem: { id: 'prb-1' } },
    });

    // The same problem asks again with a new workaround: the article is updated, not written again.
    await bus.publish([requested('acme', 'ke-2', { workaround: 'Restart the relay pool', workaroundVersion: 2 })]);
    const edited = await kit.eventually(
      () => agent().get(`/knowledge/articles/${id}`),
      (r) => r.body.resolution === 'Restart the relay pool',
    );
    expect([edited.body.version, edited.body.reference]).toEqual(['0.2', article.body.reference]);
    expect(ofProblem((await knownErrors()).body.items)).toHaveLength(1);
    const history = (await agent().get(`/knowledge/articles/${id}/history`)).body.items!.map((i) => i.type);
    expect(history).toEqual(['ArticleDrafted', 'ArticleEdited']);
  });

  it("another tenant's request writes only in that tenant, and leaves the first tenant's article as it was", async () => {
    await bus.publish([requested('globex', 'ke-g1', { workaround: 'Globex workaround' })]);
    const theirs = await kit.eventually(
      () => knownErrors('globex'),
      (r) => ofProblem(r.body.items).length === 1,
    );
    const theirId = String(ofProblem(theirs.body.items)[0]!.id);
    expect((await agent('globex').get(`/knowledge/articles/${theirId}`)).body.resolution).toBe('Globex workaround');
    const ours = ofProblem((await knownErrors()).body.items);
    expect(ours).toHaveLength(1);
    expect((await agent().get(`/knowledge/articles/${String(ours[0]!.id)}`)).body.resolution).toBe('Restart the relay pool');
  });
});
