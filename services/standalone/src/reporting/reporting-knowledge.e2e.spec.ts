import { Module, type DynamicModule } from '@nestjs/common';
import { IncidentsModule } from '@deskstream/incidents';
import { KnowledgeModule } from '@deskstream/knowledge';
import { PlatformModule, type PlatformConfig } from '@deskstream/platform';
import { startHttpTestApp, type HttpTestApp } from '@deskstream/platform/testing';
import { ReportingModule } from '@deskstream/reporting';
import { readUntil } from '@deskstream/testing';

/** Incidents, knowledge and reporting on one platform: reporting learns of the article used only from the bus. */
@Module({})
class IncidentsKnowledgeReportingModule {
  static forRoot(config: PlatformConfig): DynamicModule {
    return {
      module: IncidentsKnowledgeReportingModule,
      imports: [PlatformModule.forRoot(config, { service: 'standalone' }), IncidentsModule, KnowledgeModule, ReportingModule],
    };
  }
}

describe("reporting's articleUsed follows the knowledge service's ticket links over HTTP", () => {
  let kit: HttpTestApp;
  beforeAll(async () => (kit = await startHttpTestApp({ name: 'reporting-knowledge', module: (config) => IncidentsKnowledgeReportingModule.forRoot(config) })));
  afterAll(() => kit?.close());

  const agent = (tenant = 'acme') => kit.as(tenant, 'agent');
  const factOf = async (tenant: string, reference: string) =>
    ((await kit.as(tenant, 'analyst').get('/reporting/tickets?limit=200')).body.items ?? []).find((i) => i.reference === reference);

  it("an article linked to an incident in knowledge becomes its ticket fact's articleUsed; the other tenant's fact stays without one", async () => {
    const opened = await agent().post('/incidents', { channel: 'phone', shortDescription: 'Outlook disconnected', description: 'After a password change' });
    const theirs = await agent('globex').post('/incidents', { channel: 'phone', shortDescription: 'Outlook disconnected', description: 'Same' });
    const reference = String(opened.body.reference);
    await readUntil(
      () => factOf('acme', reference),
      (fact) => fact !== undefined,
      10_000,
    );
    const article = await agent().post('/knowledge/articles', {
      title: 'Outlook cannot connect after a password change',
      problem: 'Outlook shows disconnected after the user changed the password.',
      environment: 'Windows 11',
      cause: 'Cached credentials',
      resolution: 'Remove the cached credentials and restart Outlook.',
      keywords: ['outlook'],
      audience: 'internal',
    });
    expect(article.status).toBe(201);
    const kb = String(article.body.reference);
    const link = await agent().post(`/knowledge/articles/${kb}/link-ticket`, { ticketId: String(opened.body.id), ticketReference: reference });
    expect(link.status).toBe(200);
    const fact = await readUntil(
      () => factOf('acme', reference),
      (f) => f?.articleUsed !== null && f?.articleUsed !== undefined,
      10_000,
    );
    expect(fact!.articleUsed).toBe(kb);
    const other = await readUntil(
      () => factOf('globex', String(theirs.body.reference)),
      (f) => f !== undefined,
      10_000,
    );
    expect(other!.articleUsed).toBeNull();
  });
});
