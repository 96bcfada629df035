import {
  INCIDENT_EVENTS,
  TOPICS,
  type IncidentClassifiedV1,
  type IncidentOpenedV1,
  type IncidentResolvedV1,
  type IncidentWorkLoggedV1,
} from '@deskstream/contracts';
import { messageCommandContext } from '@deskstream/platform';
import type { DeliveredMessage } from '@deskstream/messaging';
import type { DocumentStore } from '@deskstream/readmodels';
import type { Harvest } from './harvest';
import type { IncidentFacts, IncidentFactsStore } from './incident-facts';
import { ticketLinksProjection, type TicketLinks } from './ticket-links.projection';

/**
 * What knowledge learns from the incidents service's integration events: each incident's short
 * description, category and service (for suggestions while it is worked, and the gaps report), and
 * each resolution, handed to harvesting. Runs behind the inbox; every step is idempotent as well.
 */
export class IncidentKnowledge {
  readonly name = 'knowledge.incident-events';
  readonly topics = [TOPICS.incidents];

  constructor(
    private readonly facts: IncidentFactsStore,
    private readonly documents: DocumentStore,
    private readonly harvest: Harvest,
  ) {}

  async handle(message: DeliveredMessage): Promise<void> {
    const { event } = message;
    const tenantId = event.tenantid;
    switch (event.type) {
      case INCIDENT_EVENTS.opened: {
        const data = event.data as IncidentOpenedV1;
        const current = await this.facts.get(tenantId, data.incidentId);
        const { reference, shortDescription, category, service } = data;
        return this.facts.put(current, { id: data.incidentId, tenantId, reference, shortDescription, category, service, articleNoted: false, resolved: false });
      }
      case INCIDENT_EVENTS.classified: {
        const data = event.data as IncidentClassifiedV1;
        return this.update(tenantId, data.incidentId, (facts) => ({ ...facts, category: data.category }));
      }
      case INCIDENT_EVENTS.workLogged: {
        const data = event.data as IncidentWorkLoggedV1;
        if (data.knowledgeArticle === null) return;
        return this.update(tenantId, data.incidentId, (facts) => ({ ...facts, articleNoted: true }));
      }
      case INCIDENT_EVENTS.resolved: {
        const data = event.data as IncidentResolvedV1;
        const facts = await this.facts.get(tenantId, data.incidentId);
        // Opened is published before resolved on the incident's key, so the facts are there.
        if (!facts) return;
        if (!facts.resolved) await this.facts.put(facts, { ...facts, resolved: true });
        const links = await this.documents.collection<TicketLinks>(ticketLinksProjection.collection).get(tenantId, data.incidentId);
        return this.harvest.observe(
          messageCommandContext(event, 'system:knowledge-harvest'),
          facts,
          data,
          facts.articleNoted || (links?.articleIds.length ?? 0) > 0,
        );
      }
    }
  }

  private async update(tenantId: string, incidentId: string, change: (facts: IncidentFacts) => IncidentFacts): Promise<void> {
    const facts = await this.facts.get(tenantId, incidentId);
    if (facts) await this.facts.put(facts, change(facts));
  }
}
