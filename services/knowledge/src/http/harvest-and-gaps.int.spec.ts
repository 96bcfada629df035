import {
  INCIDENT_EVENTS,
  INTAKE_EVENTS,
  INTAKE_TOPIC,
  SOURCES,
  TOPICS,
  type IncidentOpenedV1,
  type IncidentResolvedV1,
  type SubmissionAcceptedV1,
} from '@deskstream/contracts';
import type { IntegrationBus } from '@deskstream/messaging';
import { INTEGRATION_BUS } from '@deskstream/platform';
import { outlookArticle, startKnowledgeApp } from './knowledge-http-test-kit';

const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T10:00:00.000Z`;

function message(tenant: string, id: string, type: string, incidentId: string, data: unknown) {
  return {
    topic: TOPICS.incidents,
    key: incidentId,
    event: {
      specversion: '1.0' as const,
      id,
      source: SOURCES.incidents,
      type,
      subject: incidentId,
      time: at(1),
      datacontenttype: 'application/json' as const,
      data,
      tenantid: tenant,
      correlationid: `c-${id}`,
    },
  };
}

function opened(n: number, shortDescription: string, category: string): IncidentOpenedV1 {
  return {
    incidentId: `inc-${n}`,
    reference: `INC000${1000 + n}`,
    by: 'agent',
    at: at(n),
    caller: 'requester',
    channel: 'portal',
    service: 'print',
    configurationItem: null,
    shortDescription,
    description: '',
    classified: true,
    impact: 3,
    urgency: 3,
    priority: 'P4',
    category,
    subcategory: null,
    symptom: null,
  };
}

const resolved = (n: number, notes: string): IncidentResolvedV1 => ({
  incidentId: `inc-${n}`,
  by: 'agent',
  at: at(n),
  closingCategory: 'software',
  resolutionCode: null,
  notes,
  masterIncidentId: null,
  autoCloseDueAt: at(n + 5),
});

describe('knowledge from incidents: harvested drafts, suggestions while working, gaps', () => {
  let kit: Awaited<ReturnType<typeof startKnowledgeApp>>;
  let bus: IntegrationBus;
  beforeAll(async () => {
    kit = await startKnowledgeApp();
    bus = kit.app.get<IntegrationBus>(INTEGRATION_BUS);
  });
  afterAll(() => kit?.close());

  const agent = () => kit.as('acme', 'agent');
  const manager = () => kit.as('acme', 'knowledge-manager');
  const incident = (n: number, text: string, notes: string, tenant = 'acme') => [
    message(tenant, `o-${tenant}-${n}`, INCIDENT_EVENTS.opened, `inc-${n}`, opened(n, text, 'printing')),
    message(tenant, `r-${tenant}-${n}`, INCIDENT_EVENTS.resolved, `inc-${n}`, resolved(n, notes)),
  ];

  it('three similar resolutions without an article propose one work-in-progress draft with its sources; a redelivery adds nothing', async () => {
    const { body: used } = await agent().post('/knowledge/articles', { ...outlookArticle, title: 'Print spooler restart' });
    await agent().post(`/knowledge/articles/${used.id}/link-ticket`, { ticketId: 'inc-4' });
    await bus.publish([
      ...incident(1, 'Printer queue stuck', 'Restarted the print spooler'),
      ...incident(2, 'Nothing prints on floor 3', 'Restart of the print spooler service'),
      ...incident(4, 'Queue stuck again', 'Restarted the print spooler'),
    ]);
    // The fourth had an article linked: it is no harvest, so two are not yet enough.
    await kit.eventually(
      () => agent().get('/knowledge/incidents/INC0001004/suggestions'),
      (r) => r.status === 200,
    );
    await new Promise((done) => setTimeout(done, 300));
    expect((await agent().get('/knowledge/articles?state=work-in-progress')).body.items!.map((i) => i.title)).toEqual(['Print spooler restart']);
    const third = incident(3, 'Print spooler hangs', 'Restarted the print spooler service');
    await bus.publish([...third, ...third]);
    const drafts = await kit.eventually(
      () => agent().get('/knowledge/articles?state=work-in-progress'),
      (r) => r.body.items!.length === 2,
    );
    const harvested = drafts.body.items!.find((i) => i.title === 'Print spooler hangs')!;
    const article = await agent().get(`/knowledge/articles/${String(harvested.id)}`);
    expect(article.body).toMatchObject({
      status: 'work-in-progress',
      audience: 'internal',
      category: 'printing',
      origin: { kind: 'harvested', problem: null },
    });
    // Incidents are ordered per incident on the bus, not across incidents: the sources come in either order.
    const body = article.body as { origin: { sourceIncidents: { id: string; reference: string | null }[] }; resolution: string };
    expect([...body.origin.sourceIncidents].sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'inc-1', reference: 'INC0001001' },
      { id: 'inc-2', reference: 'INC0001002' },
      { id: 'inc-3', reference: 'INC0001003' },
    ]);
    expect(body.resolution.split('\n\n').sort()).toEqual([
      'Restart of the print spooler service',
      'Restarted the print spooler',
      'Restarted the print spooler service',
    ]);
    await bus.publish(third);
    await new Promise((done) => setTimeout(done, 300));
    expect((await agent().get('/knowledge/articles?state=work-in-progress')).body.items).toHaveLength(2);
    expect((await kit.as('globex', 'agent').get('/knowledge/articles?state=work-in-progress')).body.items).toEqual([]);
  });

  it('an agent working an incident gets articles from its short description, its category first', async () => {
    const { body } = await agent().post('/knowledge/articles', { ...outlookArticle, title: 'Printer queue stuck after a driver update', category: 'printing' });
    await agent().post(`/knowledge/articles/${body.id}/submit`);
    const found = await kit.eventually(
      () => agent().get('/knowledge/incidents/INC0001001/suggestions'),
      (r) => (r.body.items ?? []).length > 0,
    );
    expect(found.body.items![0]).toMatchObject({ id: body.id });
    expect((await kit.as('globex', 'agent').get('/knowledge/incidents/INC0001001/suggestions')).status).toBe(404);
    expect((await kit.as('acme', 'requester').get('/knowledge/incidents/INC0001001/suggestions')).status).toBe(403);
  });

  it('the gaps report ranks searches that found nothing or were not followed, and categories with tickets and no validated article', async () => {
    for (const q of ['scanner toner empty', 'empty toner scanner', 'toner empty scanner']) await agent().get(`/knowledge/articles?q=${encodeURIComponent(q)}`);
    const followed = await agent().get('/knowledge/articles?q=outlook');
    await agent().get(`/knowledge/articles/${String(followed.body.items![0]!.id)}?searchId=${String(followed.body.searchId)}`);
    const unfollowed = await agent().get('/knowledge/articles?q=printer%20queue');
    expect(unfollowed.body.total).toBeGreaterThan(0);
    expect((await agent().get('/knowledge/gaps')).status).toBe(403);
    const gaps = await kit.eventually(
      () => manager().get('/knowledge/gaps'),
      (r) => ((r.body.searches as unknown[]) ?? []).length === 2,
      8000,
    );
    expect(gaps.body.searches).toEqual([
      expect.objectContaining({ searches: 3, zeroResults: 3, withoutOpenedResult: 0, gapScore: 6 }),
      expect.objectContaining({ query: 'printer queue', searches: 1, zeroResults: 0, withoutOpenedResult: 1, gapScore: 1 }),
    ]);
    expect(gaps.body.categories).toEqual([{ category: 'printing', incidents: 4, validatedArticles: 0 }]);
    expect((await kit.as('globex', 'knowledge-manager').get('/knowledge/gaps')).body).toEqual({ searches: [], categories: [] });
  });

  it('suggestions for a portal form prefer articles of the category its tickets are filed under; the portal reports deflections', async () => {
    const publish = async (title: string, category: string) => {
      const { body } = await agent().post('/knowledge/articles', { ...outlookArticle, title, category, keywords: [] });
      await agent().post(`/knowledge/articles/${body.id}/submit`);
      await manager().post(`/knowledge/articles/${body.id}/validate`);
      return String(body.id);
    };
    const printing = await publish('Plotter shows offline', 'printing');
    await publish('Plotter shows offline on the guest network', 'network');
    const accepted: SubmissionAcceptedV1 = {
      submissionId: 's-1',
      kind: 'incident',
      incidentId: 'inc-90',
      requestId: null,
      reference: 'INC0001090',
      caller: 'requester',
      recordedBy: 'requester',
      channel: 'portal',
      requestTypeName: 'Printer problem',
      shortDescription: 'Plotter offline',
      description: '',
      fields: {},
      at: at(9),
      classification: { requestType: 'printer-problem', category: 'printing', group: null, impact: 3, urgency: 3, decisions: [] },
    };
    await bus.publish([
      {
        topic: INTAKE_TOPIC,
        key: 'inc-90',
        event: { ...message('acme', 's-1', INTAKE_EVENTS.submissionAccepted, 'inc-90', accepted).event, source: SOURCES.intake },
      },
    ]);
    const requester = kit.as('acme', 'requester');
    const plain = await kit.eventually(
      () => requester.get('/knowledge/suggestions?q=plotter%20offl'),
      (r) => r.body.total === 2,
    );
    const scoreOf = (body: typeof plain.body) => Number(body.items!.find((i) => i.id === printing)!.score);
    const preferred = await kit.eventually(
      () => requester.get('/knowledge/suggestions?q=plotter%20offl&requestType=printer-problem'),
      (r) => scoreOf(r.body) > scoreOf(plain.body),
    );
    expect(preferred.body.items![0]!.id).toBe(printing);

    const deflected = await requester.post('/knowledge/deflections', {
      searchId: preferred.body.searchId,
      articleId: printing,
      requestType: 'printer-problem',
    });
    expect(deflected.status).toBe(204);
    const bad = await requester.post('/knowledge/deflections', { searchId: 'made-up', articleId: printing });
    expect(bad.status).toBe(400);
    expect(bad.body.errors!.map((e) => e.field)).toEqual(['searchId']);
  });
});
