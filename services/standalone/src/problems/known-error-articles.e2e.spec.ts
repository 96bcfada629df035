import { Module, type DynamicModule } from '@nestjs/common';
import { KNOWLEDGE_EVENTS, TOPICS } from '@deskstream/contracts';
import { KnowledgeModule } from '@deskstream/knowledge';
import type { DeliveredMessage, IntegrationBus } from '@deskstream/messaging';
import { INTEGRATION_BUS, PlatformModule, type PlatformConfig } from '@deskstream/platform';
import { startHttpTestApp, type HttpTestApp } from '@deskstream/platform/testing';
import { readUntil } from '@deskstream/testing';
import { ProblemsModule } from '@deskstream/problems';

/** The problems and knowledge services on one platform, as the standalone process composes them: they meet only on the bus. */
@Module({})
class ProblemsWithKnowledgeModule {
  static forRoot(config: PlatformConfig): DynamicModule {
    return { module: ProblemsWithKnowledgeModule, imports: [PlatformModule.forRoot(config, { service: 'standalone' }), ProblemsModule, KnowledgeModule] };
  }
}

type ArticleLink = { id: string; reference: string };

describe("a problem's known error becomes a knowledge article, and the problem records it (across the two services)", () => {
  let kit: HttpTestApp;
  let bus: IntegrationBus;
  const knowledgeMessages: DeliveredMessage[] = [];
  let stopTap: () => Promise<void>;
  beforeAll(async () => {
    kit = await startHttpTestApp({ name: 'known-error-articles', module: (config) => ProblemsWithKnowledgeModule.forRoot(config) });
    bus = kit.app.get<IntegrationBus>(INTEGRATION_BUS);
    const tap = await bus.subscribe({ groupId: 'test.known-error-tap', topics: [TOPICS.knowledge] }, async (message) => {
      knowledgeMessages.push(message);
    });
    stopTap = () => tap.stop();
  });
  afterAll(async () => {
    await stopTap?.();
    await kit?.close();
  });

  const manager = (tenant = 'acme') => kit.as(tenant, 'problem-manager');
  const problemOf = (id: string, tenant = 'acme') => manager(tenant).get(`/problems/${id}`);
  const articleOf = (body: Record<string, unknown>) => (body.knownErrorArticle as { article: ArticleLink | null } | null)?.article ?? null;
  const knownErrorProblem = async (tenant: string) => {
    const recorded = await manager(tenant).post('/problems', {
      shortDescription: 'Mail relay drops connections',
      description: 'Outlook disconnects several times a day',
      impact: 2,
      urgency: 2,
      origin: 'manual',
    });
    expect(recorded.status).toBe(201);
    const id = String(recorded.body.id);
    await manager(tenant).post(`/problems/${id}/assess`, {});
    await manager(tenant).post(`/problems/${id}/record-workaround`, { workaround: 'Send through webmail' });
    await manager(tenant).post(`/problems/${id}/record-cause`, { cause: 'Connection pool exhausted' });
    expect((await manager(tenant).post(`/problems/${id}/publish-known-error`, {})).status).toBe(200);
    return id;
  };
  const recordedTimes = async (id: string) =>
    (await manager().get(`/problems/${id}/history`)).body.items!.filter((i) => i.type === 'KnownErrorArticleRecorded').length;

  it('publishing a known error writes one article in knowledge and links it back; asking again updates that article', async () => {
    const id = await knownErrorProblem('acme');
    const linked = await readUntil(
      () => problemOf(id),
      (r) => articleOf(r.body) !== null,
      10_000,
    );
    const article = articleOf(linked.body)!;
    expect(article.reference).toMatch(/^KB\d{7}$/);
    const kb = await kit.as('acme', 'agent').get(`/knowledge/articles/${article.reference}`);
    expect(kb.body).toMatchObject({ id: article.id, cause: 'Connection pool exhausted', resolution: 'Send through webmail', origin: { kind: 'known-error' } });

    await manager().post(`/problems/${id}/record-workaround`, { workaround: 'Route mail through mx-02' });
    await manager().post(`/problems/${id}/publish-known-error`, {});
    await readUntil(
      () => kit.as('acme', 'agent').get(`/knowledge/articles/${article.id}`),
      (r) => r.body.resolution === 'Route mail through mx-02',
      10_000,
    );
    expect(articleOf((await problemOf(id)).body)).toEqual(article);

    // The link-back message delivered again (the inbox drops it) or republished under a new id (the decider ignores it) records nothing more.
    const created = knowledgeMessages.find((m) => m.event.type === KNOWLEDGE_EVENTS.knownErrorArticleCreated && m.key === article.id)!;
    await bus.publish([{ topic: TOPICS.knowledge, key: article.id, event: created.event }]);
    await bus.publish([{ topic: TOPICS.knowledge, key: article.id, event: { ...created.event, id: `${created.event.id}-again` } }]);
    await new Promise((done) => setTimeout(done, 500));
    expect(await recordedTimes(id)).toBe(1);
  });

  it("knowledge's message for another tenant never reaches this tenant's problem", async () => {
    const ours = await knownErrorProblem('acme');
    await readUntil(
      () => problemOf(ours),
      (r) => articleOf(r.body) !== null,
      10_000,
    );
    const created = knowledgeMessages.find((m) => m.event.type === KNOWLEDGE_EVENTS.knownErrorArticleCreated && m.event.tenantid === 'acme')!;
    const forged = {
      ...created.event,
      id: 'forged-globex',
      tenantid: 'globex',
      data: { ...(created.event.data as object), problemId: ours, articleId: 'kb-globex', reference: 'KB0009999' },
    };
    await bus.publish([{ topic: TOPICS.knowledge, key: 'kb-globex', event: forged }]);
    const theirs = await knownErrorProblem('globex');
    await readUntil(
      () => problemOf(theirs, 'globex'),
      (r) => articleOf(r.body) !== null,
      10_000,
    );
    expect(articleOf((await problemOf(ours)).body)!.reference).not.toBe('KB0009999');
    expect(await recordedTimes(ours)).toBe(1);
  });
});
