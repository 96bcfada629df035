import { NotFound, ValidationFailed, type Clock, type EventStore, type RecordedEvent } from '@deskstream/kernel';
import {
  anyOf,
  asOfInstant,
  eventsUntil,
  pageWithTotal,
  publicRecord,
  recordHistory,
  type DocumentStore,
  type PublicRecord,
  type Filter,
  type HistoryEntry,
  type Page,
  type SortKey,
} from '@deskstream/readmodels';
import { sortKeys, type DirectoryReplica } from '@deskstream/platform';
import { canView, isStaff, offeredActions, type Viewer } from '../domain/service-request.access';
import { actionsInStatus, type ServiceRequestAction } from '../domain/service-request.rules';
import { parseTicketReference, REQUEST_REFERENCES } from '@deskstream/eventstore';
import type { Priority } from '../domain/priority-matrix';
import type { ServiceRequestStatus } from '../domain/service-request.state';
import type { RequestReferences } from './request-references';
import { requestStream } from './service-request-commands';
import { applyToServiceRequestDetail, SERVICE_REQUEST_DETAIL_COLLECTION, type ServiceRequestDetailDocument } from './service-request-detail.projection';
import { MY_SERVICE_REQUESTS_COLLECTION } from './service-request-my-requests.projection';
import { SERVICE_REQUEST_QUEUE_COLLECTION } from './service-request-queue.projection';
import type { ServiceRequestSummary } from './service-request-summary';

export interface TenantViewer extends Viewer {
  readonly tenantId: string;
}

export interface RequestListQuery {
  readonly status?: readonly ServiceRequestStatus[];
  readonly catalogItem?: readonly string[];
  readonly requestedFor?: readonly string[];
  readonly requestedBy?: readonly string[];
  readonly group?: readonly string[];
  readonly assignee?: readonly string[];
  readonly priority?: readonly Priority[];
  /** Text search in the catalog item and the description. */
  readonly q?: string;
  /** Staff: only requests of the groups the caller is a member of (the directory says which). */
  readonly myGroups?: boolean;
  readonly sort?: string;
  readonly count?: boolean;
  readonly cursor?: string;
  readonly limit?: number;
}

/** A list line as clients see it: the sort key and the search text stay inside; lines written before SLA due times existed have none. */
export type RequestListLine = {
  [K in keyof PublicRecord<ServiceRequestSummary> as K extends 'slaSortKey' | 'searchText' ? never : K]: PublicRecord<ServiceRequestSummary>[K];
};

function listLine(doc: ServiceRequestSummary): RequestListLine {
  const { slaSortKey: _key, searchText: _text, ...line } = publicRecord(doc);
  return { ...line, slaDueAt: doc.slaDueAt ?? null };
}

/** The lists' sort keys (`sort=`) and the summary fields they sort on. Age sorts oldest first. */
const SORT_FIELDS: Readonly<Record<string, string>> = {
  age: 'createdAt',
  submitted: 'submittedAt',
  updated: 'updatedAt',
  reference: 'reference',
  status: 'status',
  slaDue: 'slaSortKey',
  /** The first name of `slaDue`, kept for clients that use it. */
  sla: 'slaSortKey',
};
export const REQUEST_SORT_FIELDS = Object.keys(SORT_FIELDS);
const QUEUE_SORT: readonly SortKey[] = [{ field: 'submittedAt', direction: 'asc' }];
const MINE_SORT: readonly SortKey[] = [{ field: 'createdAt', direction: 'desc' }];

export type ServiceRequestDetail = PublicRecord<ServiceRequestDetailDocument> & { readonly allowedActions: ServiceRequestAction[]; readonly asOf?: string };

/** Ids are generated (uuid-like); anything else cannot name a request and is simply not found. */
const REQUEST_ID = /^[A-Za-z0-9_-]{1,100}$/;
const DEFAULT_LIMIT = 25;

function visibleTo(viewer: Viewer, doc: ServiceRequestDetailDocument | null): doc is ServiceRequestDetailDocument {
  return doc !== null && canView(viewer, { ...doc, approvers: doc.approvals.map((a) => a.approver) });
}

/**
 * The request as its history shows it: without the stream position and the bookkeeping every event
 * changes, and without its notes (a note is an entry of its own, internal or public, as on incidents).
 */
const requestRecord = (doc: ServiceRequestDetailDocument | null) => {
  if (!doc) return null;
  const { position: _position, tenantId: _tenantId, revision: _revision, updatedAt: _updatedAt, notes: _notes, ...record } = doc;
  return record;
};

const isInternalNote = (event: RecordedEvent): boolean =>
  event.type === 'ServiceRequestNoteAdded' && (event.data as { visibility: string }).visibility === 'internal';

function fold(events: readonly RecordedEvent[]): ServiceRequestDetailDocument | null {
  return events.reduce<ServiceRequestDetailDocument | null>(applyToServiceRequestDetail, null);
}

/**
 * Reads of service requests. The detail comes from its read model when that has caught up with the
 * stream, and is folded from the stream otherwise (and always for as-of reads), so a read right
 * after a write sees it and its ETag is the current revision.
 */
export class ServiceRequestQueries {
  constructor(
    private readonly store: EventStore,
    private readonly documents: DocumentStore,
    private readonly references: RequestReferences,
    private readonly clock: Clock,
    /** The groups a user is a member of (the directory copy); without it, "my groups" is empty. */
    private readonly groups?: Pick<DirectoryReplica, 'groupsOf'>,
  ) {}

  /** The request id behind an id or a reference of the viewer's tenant; another tenant's is NotFound. */
  async resolveId(tenantId: string, idOrReference: string): Promise<string> {
    const byReference = parseTicketReference(REQUEST_REFERENCES, idOrReference) !== null;
    const id = byReference ? await this.references.resolve(tenantId, idOrReference) : idOrReference;
    if (!id || !REQUEST_ID.test(id)) throw new NotFound('Service request', idOrReference);
    return id;
  }

  async get(viewer: TenantViewer, idOrReference: string, asOf?: string): Promise<ServiceRequestDetail> {
    const id = await this.resolveId(viewer.tenantId, idOrReference);
    const instant = asOf === undefined ? undefined : asOfInstant(asOf, this.clock);
    const doc = instant === undefined ? await this.current(viewer.tenantId, id) : await this.asOf(viewer.tenantId, id, instant);
    if (!visibleTo(viewer, doc)) {
      throw new NotFound('Service request', idOrReference);
    }
    const pendingApprovers = doc.approvals.filter((a) => a.decision === 'pending').map((a) => a.approver);
    const allowed = actionsInStatus(
      doc.status,
      doc.tasks.some((task) => task.status === 'open'),
    );
    const participants = { ...doc, approvers: doc.approvals.map((a) => a.approver), pendingApprovers };
    const notes = doc.notes ?? [];
    return {
      ...publicRecord(doc),
      notes: isStaff(viewer) ? notes : notes.filter((note) => note.visibility === 'public'),
      allowedActions: instant === undefined ? offeredActions(viewer, allowed, participants) : [],
      ...(instant === undefined ? {} : { asOf: instant }),
    };
  }

  async history(viewer: TenantViewer, idOrReference: string): Promise<HistoryEntry[]> {
    const id = await this.resolveId(viewer.tenantId, idOrReference);
    const events = await this.store.readStream(requestStream(viewer.tenantId, id));
    const doc = fold(events);
    if (!visibleTo(viewer, doc)) {
      throw new NotFound('Service request', idOrReference);
    }
    // The request's detail shows its stored fields as they are: no renaming, no links.
    const entries = await recordHistory(events, {
      apply: applyToServiceRequestDetail,
      record: requestRecord,
      visibility: (event) => (isInternalNote(event) ? 'internal' : 'public'),
    });
    return isStaff(viewer) ? entries : entries.filter((entry) => entry.visibility === 'public');
  }

  /**
   * Staff get the fulfilment queue, oldest first. Everyone else gets their own requests, newest first:
   * those raised for them, or with `requestedBy` set to themselves, those they raised.
   */
  async list(viewer: TenantViewer, query: RequestListQuery): Promise<Page<RequestListLine> & { total?: number }> {
    const { collection, filter, sort } = this.scope(viewer, query);
    if (query.myGroups) {
      const mine = (await this.groups?.groupsOf(viewer.tenantId, viewer.userId)) ?? [];
      const asked = query.group && query.group.length > 0 ? mine.filter((group) => query.group!.includes(group)) : mine;
      if (asked.length === 0) return { items: [], nextCursor: null, ...(query.count ? { total: 0 } : {}) };
      filter.group = anyOf(asked);
    }
    const page = await pageWithTotal(
      this.documents.collection<ServiceRequestSummary>(collection),
      viewer.tenantId,
      { filter, sort, limit: query.limit ?? DEFAULT_LIMIT, ...(query.cursor ? { cursor: query.cursor } : {}) },
      query.count,
    );
    return { ...page, items: page.items.map(listLine) };
  }

  /** Which list the viewer reads and how: staff the whole queue, everyone else only their own requests. */
  private scope(viewer: TenantViewer, query: RequestListQuery) {
    const filter: Record<string, Filter[string]> = {};
    if (query.status && query.status.length > 0) filter.status = anyOf(query.status);
    if (query.catalogItem && query.catalogItem.length > 0) filter.catalogItem = anyOf(query.catalogItem);
    if (query.q) filter.searchText = { $contains: query.q.toLowerCase() };
    for (const field of ['group', 'assignee', 'priority'] as const) {
      const values = query[field];
      if (values && values.length > 0) filter[field] = anyOf(values);
    }
    if (isStaff(viewer)) {
      for (const field of ['requestedFor', 'requestedBy'] as const) {
        const values = query[field];
        if (values && values.length > 0) filter[field] = anyOf(values);
      }
      return { collection: SERVICE_REQUEST_QUEUE_COLLECTION, filter, sort: sortKeys(query.sort, SORT_FIELDS, QUEUE_SORT) };
    }
    for (const field of ['requestedFor', 'requestedBy'] as const) {
      if (query[field]?.some((user) => user !== viewer.userId)) {
        throw new ValidationFailed([{ field, message: `${field} can only be yourself (${viewer.userId})` }]);
      }
    }
    if (query.requestedBy && query.requestedBy.length > 0) filter.requestedBy = viewer.userId;
    else filter.requestedFor = viewer.userId;
    return { collection: MY_SERVICE_REQUESTS_COLLECTION, filter, sort: sortKeys(query.sort, SORT_FIELDS, MINE_SORT) };
  }

  private async current(tenantId: string, id: string): Promise<ServiceRequestDetailDocument | null> {
    const stream = requestStream(tenantId, id);
    const [stored, head] = await Promise.all([
      this.documents.collection<ServiceRequestDetailDocument>(SERVICE_REQUEST_DETAIL_COLLECTION).get(tenantId, id),
      this.store.readStream(stream, { direction: 'backwards', maxCount: 1 }),
    ]);
    if (head.length === 0) return null;
    if (stored && stored.revision === head[0]?.revision) return stored;
    return fold(await this.store.readStream(stream));
  }

  private async asOf(tenantId: string, id: string, instant: string): Promise<ServiceRequestDetailDocument | null> {
    return fold(eventsUntil(await this.store.readStream(requestStream(tenantId, id)), instant));
  }
}
