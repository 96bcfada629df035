import type { DocumentStore } from '@deskstream/readmodels';
import { incidentQueueProjection, QUEUE_SORT, type IncidentSummary } from './incident-queue.projection';

/** What the portal's front page says of a known major incident: "we know, we are on it". */
export interface Announcement {
  readonly reference: string;
  readonly shortDescription: string;
  readonly service: string | null;
  readonly status: string;
  readonly openedAt: string;
}

/**
 * The tenant's major incidents still being worked (or resolved and not yet closed), from the queue
 * read model. Only the public face of each: no caller, no group, no notes.
 */
export class MajorIncidentAnnouncements {
  constructor(private readonly documents: DocumentStore) {}

  async current(tenantId: string): Promise<{ items: Announcement[]; nextCursor: null }> {
    const page = await this.documents.collection<IncidentSummary>(incidentQueueProjection.collection).find(tenantId, {
      filter: { major: true, status: { $in: ['new', 'assigned', 'in-progress', 'on-hold', 'resolved'] } },
      sort: QUEUE_SORT,
      limit: 20,
    });
    return {
      items: page.items.map(({ reference, shortDescription, service, status, openedAt }) => ({ reference, shortDescription, service, status, openedAt })),
      nextCursor: null,
    };
  }
}
