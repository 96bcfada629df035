import type { DocumentStore, StoredDocument } from '@deskstream/readmodels';

/** What knowledge keeps of an incident from the incidents service's events. */
export interface IncidentFacts extends StoredDocument {
  readonly reference: string;
  readonly shortDescription: string;
  readonly category: string | null;
  readonly service: string | null;
  /** An agent noted a knowledge article on the ticket. */
  readonly articleNoted: boolean;
  readonly resolved: boolean;
}

export const INCIDENT_FACTS = 'knowledge-incidents';

/** The incident facts collection; written by IncidentKnowledge, read by suggestions and the gaps report. */
export class IncidentFactsStore {
  constructor(private readonly documents: DocumentStore) {}

  get(tenantId: string, incidentId: string): Promise<IncidentFacts | null> {
    return this.collection().get(tenantId, incidentId);
  }

  async byReference(tenantId: string, reference: string): Promise<IncidentFacts | null> {
    const page = await this.collection().find(tenantId, { filter: { reference }, limit: 1 });
    return page.items[0] ?? null;
  }

  /** Changes a stored incident; the write counts up its own position (one writer: the consumer behind the inbox). */
  async put(current: IncidentFacts | null, next: Omit<IncidentFacts, 'position'>): Promise<void> {
    await this.collection().put({ ...next, position: (current?.position ?? 0) + 1 } as IncidentFacts);
  }

  countByCategory(tenantId: string) {
    return this.collection().countBy(tenantId, ['category']);
  }

  collection() {
    return this.documents.collection<IncidentFacts>(INCIDENT_FACTS);
  }
}
