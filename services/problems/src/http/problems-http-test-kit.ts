import { INCIDENT_EVENTS, TOPICS, type IncidentOpenedV1 } from '@deskstream/contracts';
import type { DeliveredMessage, IntegrationBus } from '@deskstream/messaging';
import { INTEGRATION_BUS } from '@deskstream/platform';
import { startHttpTestApp } from '@deskstream/platform/testing';
import { readUntil } from '@deskstream/testing';
import { ProblemsAppModule } from '../problems-app.module';

let published = 0;

/**
 * The problems service alone on the embedded platform, over real HTTP. The incidents service is not
 * in this process: tests publish its integration events on the bus, exactly as its gateway would.
 */
export async function startProblemsApp() {
  const http = await startHttpTestApp({ name: 'problems', module: (config) => ProblemsAppModule.forRoot(config) });
  const bus = http.app.get<IntegrationBus>(INTEGRATION_BUS);
  const seen: DeliveredMessage[] = [];
  const consumer = await bus.subscribe({ groupId: 'test.problem-events', topics: [TOPICS.problems] }, async (message) => {
    seen.push(message);
  });

  /** `id` repeats a message id, as a gateway does when it republishes after a crash. */
  async function publishIncident(tenant: string, type: string, data: { incidentId: string; at?: string } & Record<string, unknown>, id?: string) {
    published += 1;
    const at = data.at ?? new Date().toISOString();
    await bus.publish([
      {
        topic: TOPICS.incidents,
        key: data.incidentId,
        event: {
          specversion: '1.0',
          id: id ?? `incident-event-${published}`,
          source: '/deskstream/incidents',
          type,
          subject: data.incidentId,
          time: at,
          datacontenttype: 'application/json',
          data: { by: 'agent', ...data, at },
          tenantid: tenant,
          correlationid: `c-${published}`,
        },
      },
    ]);
  }

  /** An incident as the incidents service announces its opening. */
  function opened(tenant: string, incidentId: string, reference: string, overrides: Partial<IncidentOpenedV1> = {}) {
    const data: IncidentOpenedV1 = {
      incidentId,
      reference,
      by: 'agent',
      at: new Date().toISOString(),
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
    return publishIncident(tenant, INCIDENT_EVENTS.opened, { ...data });
  }

  return {
    ...http,
    eventually: readUntil,
    publishIncident,
    opened,
    /** Messages the problems service published on its topic, as the incidents and knowledge services receive them. */
    published: seen,
    async close() {
      await consumer.stop();
      await http.close();
    },
  };
}

export const recordBody = {
  shortDescription: 'Mail relay drops connections',
  description: 'Outlook disconnects several times a day',
  service: 'email',
  impact: 2,
  urgency: 1,
  origin: 'repeat-incidents',
};
