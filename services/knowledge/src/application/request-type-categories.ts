import { INTAKE_EVENTS, INTAKE_TOPIC, type SubmissionAcceptedV1 } from '@deskstream/contracts';
import type { DeliveredMessage } from '@deskstream/messaging';
import type { DocumentStore, StoredDocument } from '@deskstream/readmodels';

interface RequestTypeCategory extends StoredDocument {
  readonly category: string;
}

const COLLECTION = 'knowledge-request-types';

/**
 * Which category each portal form (request type) files its tickets under, learned from the
 * submissions intake accepts: suggestions for a form then prefer articles of that category.
 * A form's category changes rarely; the latest submission seen wins.
 */
export class RequestTypeCategories {
  readonly name = 'knowledge.request-types';
  readonly topics = [INTAKE_TOPIC];

  constructor(private readonly documents: DocumentStore) {}

  async handle(message: DeliveredMessage): Promise<void> {
    if (message.event.type !== INTAKE_EVENTS.submissionAccepted) return;
    const { classification } = message.event.data as SubmissionAcceptedV1;
    const tenantId = message.event.tenantid;
    if (!classification.category) return;
    const current = await this.collection().get(tenantId, classification.requestType);
    if (current?.category === classification.category) return;
    await this.collection().put({ id: classification.requestType, tenantId, category: classification.category, position: (current?.position ?? 0) + 1 });
  }

  async categoryOf(tenantId: string, requestType: string): Promise<string | null> {
    return (await this.collection().get(tenantId, requestType))?.category ?? null;
  }

  private collection() {
    return this.documents.collection<RequestTypeCategory>(COLLECTION);
  }
}
