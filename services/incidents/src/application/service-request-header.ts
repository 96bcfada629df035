import type { RecordedEvent } from '@deskstream/kernel';
import type { StoredDocument } from '@deskstream/readmodels';
import type { ServiceRequestDrafted, ServiceRequestEvent, ServiceRequestSubmitted } from '../domain/service-request.events';
import type { Priority } from '../domain/priority-matrix';
import { statusOnSubmission, type ServiceRequestStatus } from '../domain/service-request.state';

/** What every request document (a list line, the detail view) says about the request itself. */
export interface ServiceRequestHeader extends StoredDocument {
  readonly revision: number;
  readonly reference: string;
  readonly status: ServiceRequestStatus;
  readonly catalogItem: string;
  readonly requestedFor: string;
  readonly requestedBy: string;
  readonly createdAt: string;
  readonly submittedAt: string | null;
  readonly updatedAt: string;
  /** The group (and perhaps the person) fulfilling it, and its priority: null until the desk sets them. */
  readonly group: string | null;
  readonly assignee: string | null;
  readonly priority: Priority | null;
}

export type RequestStamp = Pick<ServiceRequestHeader, 'position' | 'revision' | 'updatedAt'>;

/** Where a document stands after `event`: set on every change, so its position guard and ETag follow the stream. */
export function stampOf(recorded: RecordedEvent, event: ServiceRequestEvent): RequestStamp {
  return { position: recorded.position, revision: recorded.revision, updatedAt: event.data.at };
}

/** The header as a draft or a submission records it; a submitted draft keeps the time it was created. */
export function headerOf(
  doc: Pick<ServiceRequestHeader, 'createdAt' | 'group' | 'assignee' | 'priority'> | null,
  recorded: RecordedEvent,
  event: ServiceRequestDrafted | ServiceRequestSubmitted,
): ServiceRequestHeader {
  const submitted = event.type === 'ServiceRequestSubmitted';
  const { requestId, reference, catalogItem, requestedFor, requestedBy, at } = event.data;
  return {
    id: requestId,
    tenantId: recorded.metadata.tenantId,
    ...stampOf(recorded, event),
    reference,
    status: submitted ? statusOnSubmission(event.data) : 'draft',
    catalogItem,
    requestedFor,
    requestedBy,
    createdAt: doc?.createdAt ?? at,
    submittedAt: submitted ? at : null,
    group: doc?.group ?? null,
    assignee: doc?.assignee ?? null,
    priority: doc?.priority ?? null,
  };
}
