import { Module, type DynamicModule } from '@nestjs/common';
import { IncidentsModule } from '@deskstream/incidents';
import { PlatformModule, type PlatformConfig } from '@deskstream/platform';
import { startHttpTestApp, type HttpTestApp } from '@deskstream/platform/testing';
import { ReportingModule } from '@deskstream/reporting';
import { SlaModule } from '@deskstream/sla';
import { readUntil } from '@deskstream/testing';

/** Incidents, SLA and reporting on one platform: reporting learns of the ticket only from the bus. */
@Module({})
class IncidentsSlaReportingModule {
  static forRoot(config: PlatformConfig): DynamicModule {
    return {
      module: IncidentsSlaReportingModule,
      imports: [PlatformModule.forRoot(config, { service: 'standalone' }), IncidentsModule, SlaModule, ReportingModule],
    };
  }
}

describe('reporting follows an incident through its published events over HTTP', () => {
  let kit: HttpTestApp;
  beforeAll(async () => (kit = await startHttpTestApp({ name: 'reporting-incidents', module: (config) => IncidentsSlaReportingModule.forRoot(config) })));
  afterAll(() => kit?.close());

  const agent = () => kit.as('acme', 'agent');

  it('keeps one fact record: group path and tiers, minutes, resolution, SLA outcome, satisfaction', async () => {
    const opened = await kit
      .as('acme', 'requester')
      .post('/incidents', { channel: 'portal', shortDescription: 'VPN drops', description: 'Every ten minutes', impact: 2, urgency: 2 });
    expect(opened.status).toBe(201);
    const id = String(opened.body.id);
    expect((await agent().post(`/incidents/${id}/assign`, { group: 'service-desk', assignee: 'agent', tier: 1 })).status).toBe(200);
    expect((await agent().post(`/incidents/${id}/escalate`, { kind: 'functional', group: 'network', reason: 'Needs the network team' })).status).toBe(200);
    expect(
      (await kit.as('acme', 'resolver').post(`/incidents/${id}/note`, { visibility: 'internal', text: 'Replaced the VPN profile', minutes: 45 })).status,
    ).toBe(200);
    expect((await kit.as('acme', 'resolver').post(`/incidents/${id}/start`, {})).status).toBe(200);
    expect((await kit.as('acme', 'resolver').post(`/incidents/${id}/resolve`, { closingCategory: 'network', notes: 'New VPN profile' })).status).toBe(200);
    expect((await kit.as('acme', 'requester').post(`/incidents/${id}/feedback`, { rating: 5 })).status).toBe(200);

    const facts = await readUntil(
      () => kit.as('acme', 'analyst').get('/reporting/tickets'),
      (r) => r.body.items?.[0]?.csatScore === 5 && (r.body.items[0].slaOutcomes as unknown[]).length > 0,
      15_000,
    );
    expect(facts.body.items![0]).toMatchObject({
      reference: opened.body.reference,
      kind: 'incident',
      status: 'resolved',
      assignmentGroupPath: ['service-desk', 'network'],
      tiers: [1, 2],
      minutesLogged: 45,
      closingCategory: 'network',
      firstLevelResolution: false,
      firstContactResolution: false,
      csatScore: 5,
    });
    expect(facts.body.items![0]!.slaOutcomes).toEqual(expect.arrayContaining([{ target: 'resolution', breached: false, state: 'met' }]));

    const now = new Date();
    const report = await kit.as('acme', 'analyst').post('/reporting/query', {
      metrics: ['volume', 'throughput', 'flr_rate', 'sla_compliance', 'csat_mean'],
      groupBy: ['group'],
      from: new Date(now.getTime() - 86_400_000).toISOString(),
      to: new Date(now.getTime() + 60_000).toISOString(),
    });
    expect(report.body).toEqual({
      columns: ['group', 'volume', 'throughput', 'flr_rate', 'sla_compliance', 'csat_mean'],
      rows: [['network', 1, 1, 0, 100, 5]],
    });
    expect((await kit.as('globex', 'analyst').get('/reporting/tickets')).body.items).toEqual([]);
  });
});
