import { NotFound, streamName, type Clock, type EventStore } from '@deskstream/kernel';
import { anyOf, asOfInstant, eventsUntil, pageWithTotal, recordedAs, type DocumentStore, type Filter, type RecordedOf } from '@deskstream/readmodels';
import type { IncidentEvent } from '../domain/incident.events';
import type { IncidentAction } from '../domain/lifecycle.rules';
import { sortKeys, type DirectoryReplica, type Principal } from '@deskstream/platform';
import { INCIDENT_REFERENCES, parseTicketReference } from '@deskstream/eventstore';
import { actionsOf, audienceOf, seesEntry, seesTicket } from '../domain/incident.access';
import { foldDetail, INCIDENT_CATEGORY, linkedIncidentIds, presentDetail, type IncidentDetail } from './incident-detail.projection';
import { historyOf } from './incident-history';
import type { IncidentReferences } from './incident-references';
import { incidentQueueProjection, myIncidentsProjection, presentSummary, QUEUE_SORT, type IncidentSummary } from './incident-queue.projection';

const ID = /^[A-Za-z0-9_-]{1,100}$/;

export interface IncidentListFilters {
  status?: readonly string[];
  group?: readonly string[];
  assignee?: readonly string[];
  priority?: readonly string[];
  channel?: readonly string[];
  caller?: readonly string[];
  service?: readonly string[];
  major?: boolean;
  /** Only tickets of the groups the caller is a member of (the directory says which). */
  myGroups?: boolean;
  q?: string;
  sort?: string;
  count?: boolean;
  cursor?: string;
  limit?: number;
}

/** The queue's sort keys (`sort=`) and the summary fields they sort on. Age sorts oldest first. */
const SORT_FIELDS: Readonly<Record<string, string>> = {
  priority: 'priority',
  age: 'openedAt',
  updated: 'updatedAt',
  reference: 'reference',
  slaDue: 'slaSortKey',
  /** The first name of `slaDue`, kept for clients that use it. */
  sla: 'slaSortKey',
};
export const INCIDENT_SORT_FIELDS = Object.keys(SORT_FIELDS);

/** Reads: the record and its history straight from its stream (consistent, ETag-exact); lists from the projections. */
export class IncidentQueries {
  constructor(
    private readonly store: EventStore,
    private readonly documents: DocumentStore,
    private readonly references: IncidentReferences,
    private readonly clock: Clock,
    /** The groups a user is a member of (the directory copy); without it, "my groups" is empty. */
    private readonly groups?: Pick<DirectoryReplica, 'groupsOf'>,
  ) {}

  /** An id or a reference of the caller's tenant; anything else, including another tenant's reference, is 404. */
  async resolveId(tenantId: string, idOrReference: string): Promise<string> {
    if (parseTicketReference(INCIDENT_REFERENCES, idOrReference) !== null) {
      const id = await this.references.lookup(tenantId, idOrReference);
      if (!id) throw new NotFound('Incident', idOrReference);
      return id;
    }
    if (!ID.test(idOrReference)) throw new NotFound('Incident', idOrReference);
    return idOrReference;
  }

  async events(tenantId: string, id: string): Promise<readonly RecordedOf<IncidentEvent>[]> {
    return recordedAs<IncidentEvent>(await this.store.readStream(streamName(INCIDENT_CATEGORY, tenantId, id)));
  }

  /** The record as the principal may see it; a requester's view of someone else's ticket does not exist. */
  async detail(principal: Principal, idOrReference: string, asOf?: string): Promise<IncidentDetail> {
    const audience = audienceOf(principal);
    const instant = asOf === undefined ? undefined : asOfInstant(asOf, this.clock);
    const id = await this.resolveId(principal.tenantId, idOrReference);
    const doc = foldDetail(eventsUntil(await this.events(principal.tenantId, id), instant));
    if (!doc || !seesTicket(audience, doc.incident.caller)) throw new NotFound('Incident', idOrReference);
    return doc;
  }

  async view(principal: Principal, idOrReference: string, asOf?: string) {
    const doc = await this.detail(principal, idOrReference, asOf);
    const presentation = { audience: audienceOf(principal).kind, mayTake: (allowed: readonly IncidentAction[]) => actionsOf(principal, allowed) };
    const references = await this.referencesOf(principal.tenantId, linkedIncidentIds(doc.incident));
    return presentDetail(doc, asOf === undefined ? presentation : { ...presentation, asOf: asOfInstant(asOf, this.clock) }, references);
  }

  /** The references of these incidents, from the first event of each one's stream (a reference never changes). */
  private async referencesOf(tenantId: string, ids: readonly string[]): Promise<Map<string, string>> {
    const opened = await Promise.all(ids.map((id) => this.store.readStream(streamName(INCIDENT_CATEGORY, tenantId, id), { maxCount: 1 })));
    return new Map(
      opened.flatMap(([first], i) => {
        const reference = (first?.data as { reference?: unknown } | undefined)?.reference;
        return typeof reference === 'string' ? [[ids[i]!, reference] as const] : [];
      }),
    );
  }

  async history(principal: Principal, idOrReference: string) {
    const doc = await this.detail(principal, idOrReference);
    const events = await this.events(principal.tenantId, doc.id);
    const audience = audienceOf(principal);
    return (await historyOf(events, (ids) => this.referencesOf(principal.tenantId, ids))).filter((entry) => seesEntry(audience.kind, entry.visibility));
  }

  async list(principal: Principal, filters: IncidentListFilters) {
    const audience = audienceOf(principal);
    const filter: Record<string, Filter[string]> = {};
    for (const field of ['status', 'group', 'assignee', 'priority', 'channel', 'caller', 'service'] as const) {
      const values = filters[field];
      if (values !== undefined && values.length > 0) filter[field] = anyOf(values);
    }
    if (filters.major !== undefined) filter.major = filters.major;
    if (filters.q) filter.searchText = { $contains: filters.q.toLowerCase() };
    if (filters.myGroups) {
      const mine = (await this.groups?.groupsOf(principal.tenantId, principal.userId)) ?? [];
      const asked = filters.group && filters.group.length > 0 ? mine.filter((group) => filters.group!.includes(group)) : mine;
      if (asked.length === 0) return { items: [], nextCursor: null, ...(filters.count ? { total: 0 } : {}) };
      filter.group = anyOf(asked);
    }
    if (audience.kind === 'requester') filter.caller = audience.userId;
    const collection = this.documents.collection<IncidentSummary>(
      audience.kind === 'requester' ? myIncidentsProjection.collection : incidentQueueProjection.collection,
    );
    const page = await pageWithTotal(
      collection,
      principal.tenantId,
      { filter, sort: sortKeys(filters.sort, SORT_FIELDS, QUEUE_SORT), limit: filters.limit ?? 50, ...(filters.cursor ? { cursor: filters.cursor } : {}) },
      filters.count,
    );
    return { ...page, items: page.items.map(presentSummary) };
  }
}
