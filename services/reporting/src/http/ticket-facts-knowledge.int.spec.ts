import { KNOWLEDGE_EVENTS, TOPICS } from '@deskstream/contracts';
import { startReportingApp, type ReportingTestApp } from './reporting-http-test-kit';

const at = (hhmm: string) => `2026-03-02T${hhmm}:00.000Z`;

describe("a ticket fact's articleUsed, fed by the knowledge service's events (real HTTP, SQLite)", () => {
  let app: ReportingTestApp;
  beforeAll(async () => (app = await startReportingApp()));
  afterAll(() => app.close());

  const linked = (tenant: string, articleId: string, reference: string | null, ticketId: string, time: string, id: string) =>
    app.publish(
      TOPICS.knowledge,
      tenant,
      KNOWLEDGE_EVENTS.linkedToTicket,
      articleId,
      { articleId, reference, ticketId, ticketReference: null, by: 'agent', at: time },
      id,
    );
  const factOf = async (tenant: string, reference: string) =>
    ((await app.as(tenant, 'analyst').get('/reporting/tickets')).body.items ?? []).find((i) => i.reference === reference);

  it('sets the article used when an article is linked to the ticket; a redelivered link changes nothing; another tenant is untouched', async () => {
    await app.opened('acme', 'inc-k1', 'INC-K1', at('09:00'));
    await app.opened('acme', 'inc-k2', 'INC-K2', at('09:00'));
    await app.opened('globex', 'inc-k1', 'GLX-K1', at('09:00'));
    await linked('acme', 'kb-7', 'KB0001007', 'inc-k1', at('09:10'), 'link-1');
    await app.eventually(
      () => factOf('acme', 'INC-K1'),
      (fact) => fact?.articleUsed === 'KB0001007',
    );
    // A second article used later wins; then the first link delivered again must not take it back.
    await linked('acme', 'kb-9', 'KB0001009', 'inc-k1', at('09:20'), 'link-2');
    await app.eventually(
      () => factOf('acme', 'INC-K1'),
      (fact) => fact?.articleUsed === 'KB0001009',
    );
    await linked('acme', 'kb-7', 'KB0001007', 'inc-k1', at('09:10'), 'link-1');
    // A later message of the same article (same topic and key, so after the redelivery) marks that it was handled.
    await linked('acme', 'kb-7', 'KB0001007', 'inc-k2', at('09:30'), 'link-3');
    await app.eventually(
      () => factOf('acme', 'INC-K2'),
      (f) => f?.articleUsed === 'KB0001007',
    );
    const fact = await factOf('acme', 'INC-K1');
    expect(fact!.articleUsed).toBe('KB0001009');
    expect((await factOf('globex', 'GLX-K1'))!.articleUsed).toBeNull();
  });
});
