import { parseStreamName } from '@deskstream/kernel';
import type { PlatformMetrics } from '@deskstream/platform';
import { projectionOf, type DocumentStore, type StoredDocument } from '@deskstream/readmodels';
import { Gauge } from 'prom-client';
import { SUBMISSION_EVENT_TYPES, type SubmissionEvent, type SubmissionStatus } from '../domain/submission.decider';
import { SUBMISSION_CATEGORY } from './intake-streams';

export const SUBMISSIONS_COLLECTION = 'intake-submissions';

/** One submission as the backlog sees it: accepted (waiting for its ticket), ticketed or linked. */
export interface SubmissionSummary extends StoredDocument {
  readonly status: SubmissionStatus;
  readonly reference: string;
  readonly channel: string;
  readonly requestType: string;
  readonly acceptedAt: string;
}

export const submissionSummaryProjection = projectionOf<SubmissionEvent, SubmissionSummary>({
  name: 'intake-submissions.v1',
  collection: SUBMISSIONS_COLLECTION,
  categories: [SUBMISSION_CATEGORY],
  handles: SUBMISSION_EVENT_TYPES,
  documentId: (event) => parseStreamName(event.streamId).id,
  apply(doc, event) {
    const base = { id: parseStreamName(event.streamId).id, tenantId: event.metadata.tenantId, position: event.position };
    switch (event.type) {
      case 'SubmissionAccepted':
      case 'SubmissionLinkedAsDuplicate':
        return {
          ...base,
          status: event.type === 'SubmissionAccepted' ? 'accepted' : 'linked',
          reference: event.data.ticket.reference,
          channel: event.data.channel,
          requestType: event.data.requestType.id,
          acceptedAt: event.data.at,
        };
      case 'SubmissionTicketed':
        return doc ? { ...doc, ...base, status: 'ticketed' } : null;
    }
  },
  indexes: [['status']],
});

/**
 * The backlog: submissions accepted whose ticket the incidents service has not opened yet. Served per
 * tenant over HTTP and as the `deskstream_intake_backlog_submissions` gauge, read at scrape time for
 * the tenants this process has taken submissions for (the store answers per tenant, by design).
 */
export class IntakeBacklog {
  private readonly tenants = new Set<string>();

  constructor(private readonly documents: DocumentStore) {}

  registerGauge(metrics: PlatformMetrics): void {
    const tenants = this.tenants;
    const size = (tenant: string) => this.size(tenant);
    new Gauge({
      name: 'deskstream_intake_backlog_submissions',
      help: 'Submissions accepted by intake whose ticket is not opened yet, per tenant',
      labelNames: ['tenant'],
      registers: [metrics.registry],
      async collect() {
        this.reset();
        for (const tenant of tenants) this.set({ tenant }, await size(tenant));
      },
    });
  }

  noteTenant(tenantId: string): void {
    this.tenants.add(tenantId);
  }

  size(tenantId: string): Promise<number> {
    return this.documents.collection<SubmissionSummary>(SUBMISSIONS_COLLECTION).count(tenantId, { status: 'accepted' });
  }
}
