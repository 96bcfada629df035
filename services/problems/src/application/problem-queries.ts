import { NotFound, type Clock, type EventStore } from '@deskstream/kernel';
import { anyOf, asOfInstant, eventsUntil, pageWithTotal, recordedAs, type DocumentStore, type Filter, type RecordedOf } from '@deskstream/readmodels';
import { sortKeys, type Principal } from '@deskstream/platform';
import { OPEN_INCIDENT_STATUSES } from '../domain/incident-activity.decider';
import { isReference } from '../domain/problem-reference';
import type { ProblemEvent } from '../domain/problem.events';
import { ensureReads } from './problem-access';
import { foldProblem, LIST_SORT, presentProblem, presentRow, problemListProjection, type ProblemDocument } from './problem-detail.projection';
import { historyOf } from './problem-history';
import type { ProblemReferences } from './problem-references';
import { problemStream } from './problem-streams';
import { incidentEntries, mergeTimeline, problemEntries } from './problem-timeline';
import { knownIncidentsProjection, presentKnownIncident, type KnownIncident } from './incident-activity.projection';

const ID = /^[A-Za-z0-9_-]{1,100}$/;
const INCIDENT_REFERENCE = /^INC\d{7,}$/;
const ID_PAGE = 500;

export interface ProblemListFilters {
  status?: readonly string[];
  priority?: readonly string[];
  service?: readonly string[];
  origin?: readonly string[];
  knownError?: boolean;
  q?: string;
  sort?: string;
  count?: boolean;
  cursor?: string;
  limit?: number;
}

/** The list's sort keys (`sort=`) and the document fields they sort on. Age sorts oldest first. */
const SORT_FIELDS: Readonly<Record<string, string>> = { priority: 'priority', age: 'openedAt', updated: 'updatedAt', reference: 'reference', status: 'status' };
export const PROBLEM_SORT_FIELDS = Object.keys(SORT_FIELDS);

/** Reads: the record, its history and timeline from streams (consistent, ETag-exact); lists from the projections. */
export class ProblemQueries {
  constructor(
    private readonly store: EventStore,
    private readonly documents: DocumentStore,
    private readonly references: ProblemReferences,
    private readonly clock: Clock,
  ) {}

  /** An id or a reference of the caller's tenant; anything else, including another tenant's reference, is 404. */
  async resolveId(tenantId: string, idOrReference: string): Promise<string> {
    if (isReference(idOrReference)) {
      const id = await this.references.lookup(tenantId, idOrReference);
      if (!id) throw new NotFound('Problem', idOrReference);
      return id;
    }
    if (!ID.test(idOrReference)) throw new NotFound('Problem', idOrReference);
    return idOrReference;
  }

  /** An incident this tenant's problems service has heard of, by id or INC reference; others are 404. */
  async resolveIncident(tenantId: string, idOrReference: string): Promise<KnownIncident> {
    const incidents = this.documents.collection<KnownIncident>(knownIncidentsProjection.collection);
    const found = INCIDENT_REFERENCE.test(idOrReference)
      ? (await incidents.find(tenantId, { filter: { reference: idOrReference }, limit: 1 })).items[0]
      : ID.test(idOrReference)
        ? await incidents.get(tenantId, idOrReference)
        : null;
    if (!found) throw new NotFound('Incident', idOrReference);
    return found;
  }

  async events(tenantId: string, id: string): Promise<readonly RecordedOf<ProblemEvent>[]> {
    return recordedAs<ProblemEvent>(await this.store.readStream(problemStream(tenantId, id)));
  }

  async detail(principal: Principal, idOrReference: string, asOf?: string): Promise<ProblemDocument> {
    ensureReads(principal);
    const instant = asOf === undefined ? undefined : asOfInstant(asOf, this.clock);
    const id = await this.resolveId(principal.tenantId, idOrReference);
    const doc = foldProblem(eventsUntil(await this.events(principal.tenantId, id), instant));
    if (!doc) throw new NotFound('Problem', idOrReference);
    return doc;
  }

  async view(principal: Principal, idOrReference: string, asOf?: string) {
    const doc = await this.detail(principal, idOrReference, asOf);
    const { linkedIncidentIds, workaround, resolution } = doc.problem;
    const linked = [...linkedIncidentIds, ...(workaround?.usedBy ?? []), ...(resolution?.masterProblemId ? [resolution.masterProblemId] : [])];
    const references = await this.linkReferences(principal.tenantId, [...new Set(linked)]);
    return presentProblem(doc, asOf === undefined ? { references } : { references, asOf: asOfInstant(asOf, this.clock) });
  }

  /** A problem's reference, from the first event of its stream (a reference never changes). */
  private async problemReference(tenantId: string, id: string): Promise<{ id: string; reference: string } | null> {
    const [first] = await this.store.readStream(problemStream(tenantId, id), { maxCount: 1 });
    const reference = (first?.data as { reference?: unknown } | undefined)?.reference;
    return typeof reference === 'string' ? { id, reference } : null;
  }

  async history(principal: Principal, idOrReference: string) {
    ensureReads(principal);
    const id = await this.resolveId(principal.tenantId, idOrReference);
    const events = await this.events(principal.tenantId, id);
    if (events.length === 0) throw new NotFound('Problem', idOrReference);
    return historyOf(events, (ids) => this.linkReferences(principal.tenantId, ids));
  }

  /** The references of the incidents and problems with these ids, as far as this service knows them. */
  private async linkReferences(tenantId: string, ids: readonly string[]): Promise<Map<string, string>> {
    const incidents = await this.knownIncidents(tenantId, ids);
    const references = new Map([...incidents.values()].flatMap((incident) => (incident.reference ? [[incident.id, incident.reference] as const] : [])));
    const problems = await Promise.all(ids.filter((id) => !incidents.has(id)).map((id) => this.problemReference(tenantId, id)));
    for (const problem of problems) if (problem) references.set(problem.id, problem.reference);
    return references;
  }

  async list(principal: Principal, filters: ProblemListFilters) {
    ensureReads(principal);
    const filter: Record<string, Filter[string]> = {};
    for (const field of ['status', 'priority', 'service', 'origin'] as const) {
      const values = filters[field];
      if (values !== undefined && values.length > 0) filter[field] = anyOf(values);
    }
    if (filters.knownError !== undefined) filter.knownError = filters.knownError;
    if (filters.q) filter.searchText = { $contains: filters.q.toLowerCase() };
    const page = await pageWithTotal(
      this.documents.collection<ProblemDocument>(problemListProjection.collection),
      principal.tenantId,
      { filter, sort: sortKeys(filters.sort, SORT_FIELDS, LIST_SORT), limit: filters.limit ?? 50, ...(filters.cursor ? { cursor: filters.cursor } : {}) },
      filters.count,
    );
    return { ...page, items: page.items.map(presentRow) };
  }

  /** The linked incidents with their status as the incidents service last published it. */
  async linkedIncidents(principal: Principal, idOrReference: string) {
    const doc = await this.detail(principal, idOrReference);
    const found = await this.knownIncidents(principal.tenantId, doc.problem.linkedIncidentIds);
    return doc.problem.linkedIncidentIds.map((id) => {
      const incident = found.get(id);
      return incident ? presentKnownIncident(incident) : { id, reference: null, status: 'unknown' };
    });
  }

  /** Ids of the linked incidents that are open now (looked up for "communicate"). */
  async openLinkedIncidents(tenantId: string, incidentIds: readonly string[]): Promise<string[]> {
    const found = await this.knownIncidents(tenantId, incidentIds);
    return incidentIds.filter((id) => OPEN_INCIDENT_STATUSES.includes(found.get(id)?.status ?? 'closed'));
  }

  /** The incidents with these ids, read a page of ids per query. */
  private async knownIncidents(tenantId: string, ids: readonly string[]): Promise<Map<string, KnownIncident>> {
    const incidents = this.documents.collection<KnownIncident>(knownIncidentsProjection.collection);
    const found = new Map<string, KnownIncident>();
    for (let from = 0; from < ids.length; from += ID_PAGE) {
      const page = ids.slice(from, from + ID_PAGE);
      const { items } = await incidents.find(tenantId, { filter: { id: { $in: page } }, limit: page.length });
      for (const item of items) found.set(item.id, item);
    }
    return found;
  }

  /**
   * The problem's events, every linked incident's published activity and the analysts' entries, in
   * time order: the problem from its stream, the incidents from their history as recorded here.
   */
  async timeline(principal: Principal, idOrReference: string) {
    ensureReads(principal);
    const id = await this.resolveId(principal.tenantId, idOrReference);
    const events = await this.events(principal.tenantId, id);
    const doc = foldProblem(events);
    if (!doc) throw new NotFound('Problem', idOrReference);
    const incidents = await this.knownIncidents(principal.tenantId, doc.problem.linkedIncidentIds);
    const referenceOf = (incidentId: string) => incidents.get(incidentId)?.reference ?? incidentId;
    return mergeTimeline([problemEntries(events, referenceOf), ...[...incidents.values()].map(incidentEntries)]);
  }
}
