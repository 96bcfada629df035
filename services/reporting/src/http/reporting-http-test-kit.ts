import { INCIDENT_EVENTS, SLA_EVENTS, TOPICS, type IncidentOpenedV1, type SlaClockV1 } from '@deskstream/contracts';
import type { IntegrationBus } from '@deskstream/messaging';
import { INTEGRATION_BUS } from '@deskstream/platform';
import { startHttpTestApp } from '@deskstream/platform/testing';
import { readUntil } from '@deskstream/testing';
import { ReportingAppModule } from '../reporting-app.module';

let published = 0;

/**
 * The reporting service alone on the embedded platform, over real HTTP. The other services are not
 * in this process: tests publish their integration events on the bus, exactly as their gateways would.
 */
export async function startReportingApp() {
  const http = await startHttpTestApp({ name: 'reporting', module: (config) => ReportingAppModule.forRoot(config) });
  const bus = http.app.get<IntegrationBus>(INTEGRATION_BUS);

  async function publish(topic: string, tenant: string, type: string, key: string, data: Record<string, unknown> & { at: string }, id?: string) {
    published += 1;
    await bus.publish([
      {
        topic,
        key,
        event: {
          specversion: '1.0',
          id: id ?? `event-${published}`,
          source: '/deskstream/test',
          type,
          subject: key,
          time: data.at,
          datacontenttype: 'application/json',
          data,
          tenantid: tenant,
          correlationid: `c-${published}`,
        },
      },
    ]);
  }

  /** An incident event as the incidents service publishes it (`by` defaults to the agent). */
  const incident = (tenant: string, type: string, incidentId: string, at: string, data: Record<string, unknown> = {}, id?: string) =>
    publish(TOPICS.incidents, tenant, type, incidentId, { incidentId, by: 'agent', ...data, at }, id);

  function opened(tenant: string, incidentId: string, reference: string, at: string, overrides: Partial<IncidentOpenedV1> = {}) {
    const data: Omit<IncidentOpenedV1, 'at' | 'incidentId'> = {
      reference,
      by: 'agent',
      caller: 'requester',
      channel: 'phone',
      service: 'email',
      configurationItem: 'mx-01',
      shortDescription: 'Cannot send mail',
      description: 'Outlook says the server is unavailable',
      impact: 2,
      urgency: 2,
      priority: 'P3',
      category: 'software',
      subcategory: null,
      symptom: null,
      classified: true,
      ...overrides,
    };
    return incident(tenant, INCIDENT_EVENTS.opened, incidentId, at, { ...data });
  }

  const assigned = (tenant: string, incidentId: string, at: string, group: string, tier: 1 | 2 | 3, assignee: string | null = null) =>
    incident(tenant, INCIDENT_EVENTS.assigned, incidentId, at, { group, tier, assignee, reassignment: false, reassignmentCount: 0 });

  const resolved = (tenant: string, incidentId: string, at: string, by = 'agent') =>
    incident(tenant, INCIDENT_EVENTS.resolved, incidentId, at, {
      by,
      closingCategory: 'software',
      resolutionCode: null,
      notes: 'fixed',
      masterIncidentId: null,
      autoCloseDueAt: at,
    });

  /** An SLA clock change as the SLA service publishes it. */
  function clock(tenant: string, type: string, ticketId: string, at: string, clockData: Partial<SlaClockV1>) {
    const full: SlaClockV1 = {
      clockId: `${ticketId}-resolution`,
      ticketId,
      reference: ticketId,
      definition: 'default',
      definitionVersion: 1,
      type: 'sla',
      target: 'resolution',
      stage: 'in-progress',
      breached: false,
      startedAt: at,
      dueAt: at,
      originalDueAt: at,
      nextMilestoneAt: null,
      cycle: 1,
      group: null,
      assignee: null,
      ...clockData,
    };
    const data =
      type === SLA_EVENTS.clockBreached
        ? { clock: full, percent: 100, reachedAt: at, retroactive: false, at }
        : { clock: full, reason: null, retroactive: false, at };
    return publish(TOPICS.sla, tenant, type, ticketId, data);
  }

  return {
    ...http,
    publish,
    incident,
    opened,
    assigned,
    resolved,
    clock,
    eventually: readUntil,
  };
}

export type ReportingTestApp = Awaited<ReturnType<typeof startReportingApp>>;
