import { NotFound, ValidationFailed, type Clock, type EventStore } from '@deskstream/kernel';
import {
  anyOf,
  asOfInstant,
  eventsUntil,
  pageWithTotal,
  recordedAs,
  type DocumentStore,
  type Filter,
  type Page,
  type RecordedOf,
} from '@deskstream/readmodels';
import { articleReferenceNumber } from '../domain/article-reference';
import { actionsFor, isRequesterOnly, visibleTo } from '../domain/article.rules';
import type { ArticleEvent } from '../domain/article.events';
import type { ArticleStatus } from '../domain/article.state';
import { sortKeys } from '@deskstream/platform';
import { articleHistoryOf } from './article-history';
import { applyToArticle, articleDetailProjection, foldArticle, type ArticleDocument } from './article-detail.projection';
import type { ArticleReferences } from './article-references';
import { articleStream } from './article-use-cases';
import { INCIDENT_FACTS, type IncidentFacts } from './incident-facts';
import type { KnowledgeSettingsRepository } from './knowledge-settings.repository';

/** Who reads: tenant and roles from the verified principal. */
export interface KnowledgeViewer {
  readonly tenantId: string;
  readonly userId: string;
  readonly roles: readonly string[];
}

export interface ReadOptions {
  readonly version?: string;
  readonly asOf?: string;
}

export interface ListOptions {
  readonly service?: readonly string[];
  readonly category?: readonly string[];
  readonly state?: readonly ArticleStatus[];
  readonly audience?: 'internal' | 'requesters';
  readonly sort?: string;
  readonly count?: boolean;
  readonly limit: number;
  readonly cursor?: string;
}

/** The list's sort keys (`sort=`) and the document fields they sort on. */
const SORT_FIELDS: Readonly<Record<string, string>> = {
  updated: 'updatedAt',
  reference: 'reference',
  status: 'status',
  reuse: 'reuseCount',
  flags: 'openFlags',
};
export const ARTICLE_SORT_FIELDS = Object.keys(SORT_FIELDS);
const NEWEST_CHANGE_FIRST = [{ field: 'updatedAt', direction: 'desc' }] as const;

/** Reading articles: one article now, at a version or as of a moment; its history; lists; the review queue. */
export class ArticleQueries {
  constructor(
    private readonly store: EventStore,
    private readonly documents: DocumentStore,
    private readonly references: ArticleReferences,
    private readonly settings: KnowledgeSettingsRepository,
    private readonly clock: Clock,
  ) {}

  /** An id, or a KB reference of this tenant; a reference never handed out here is not found. */
  async resolveId(tenantId: string, idOrReference: string): Promise<string> {
    if (articleReferenceNumber(idOrReference) === null) return idOrReference;
    const id = await this.references.lookup(tenantId, idOrReference);
    if (!id) throw new NotFound('Article', idOrReference);
    return id;
  }

  /**
   * From the stream, not the read model: consistent after a write, and any old version or moment is
   * readable. As of a moment it is history: `asOf` echoed, no actions offered.
   */
  async get(viewer: KnowledgeViewer, idOrReference: string, options: ReadOptions = {}) {
    const id = await this.resolveId(viewer.tenantId, idOrReference);
    const instant = options.asOf === undefined ? undefined : asOfInstant(options.asOf, this.clock);
    const events = recordedAs<ArticleEvent>(await this.store.readStream(articleStream(viewer.tenantId, id)));
    const doc = options.version !== undefined ? atVersion(events, options.version) : foldArticle(eventsUntil(events, instant));
    if (!doc || !visibleTo(doc.article, viewer.roles)) throw new NotFound('Article', idOrReference);
    const references = await this.incidentReferences(viewer.tenantId, doc.article.origin.sourceIncidents);
    if (instant !== undefined) return { ...present(doc, [], viewer.roles, references), asOf: instant };
    const { rules } = await this.settings.get(viewer.tenantId);
    return present(doc, actionsFor(doc.article, rules, viewer.roles), viewer.roles, references);
  }

  /** The references of incidents this service has heard of, by id (from the incident facts it keeps). */
  private async incidentReferences(tenantId: string, ids: readonly string[]): Promise<ReadonlyMap<string, string>> {
    if (ids.length === 0) return new Map();
    const { items } = await this.documents.collection<IncidentFacts>(INCIDENT_FACTS).find(tenantId, { filter: { id: anyOf(ids) }, limit: ids.length });
    return new Map(items.map((incident) => [incident.id, incident.reference]));
  }

  /** Every event of an article: the audit trail of its versions. Agents only; requesters read articles, not their making. */
  async history(viewer: KnowledgeViewer, idOrReference: string) {
    const id = await this.resolveId(viewer.tenantId, idOrReference);
    const events = recordedAs<ArticleEvent>(await this.store.readStream(articleStream(viewer.tenantId, id)));
    if (events.length === 0 || isRequesterOnly(viewer.roles)) throw new NotFound('Article', idOrReference);
    return articleHistoryOf(events, (ids) => this.incidentReferences(viewer.tenantId, ids));
  }

  /** Articles without a text query, newest change first unless sorted; requesters get validated articles for requesters only. */
  async list(viewer: KnowledgeViewer, options: ListOptions): Promise<Page<ReturnType<typeof summary>> & { total?: number }> {
    const filter: Record<string, Filter[string]> = {};
    if (isRequesterOnly(viewer.roles)) {
      filter.status = 'validated';
      filter['article.content.audience'] = 'requesters';
    } else {
      filter.status = anyOf(options.state?.length ? options.state : ['not-validated', 'validated']);
      if (options.audience) filter['article.content.audience'] = options.audience;
    }
    if (options.service?.length) filter['article.content.service'] = anyOf(options.service);
    if (options.category?.length) filter['article.content.category'] = anyOf(options.category);
    const page = await pageWithTotal(
      this.collection(),
      viewer.tenantId,
      { filter, sort: sortKeys(options.sort, SORT_FIELDS, NEWEST_CHANGE_FIRST), limit: options.limit, ...(options.cursor ? { cursor: options.cursor } : {}) },
      options.count,
    );
    return { ...page, items: page.items.map(summary) };
  }

  /** Flag it or fix it: the knowledge manager's queue, articles with the most open flags first, oldest change first. */
  async reviewQueue(tenantId: string, limit: number, cursor?: string) {
    const page = await this.collection().find(tenantId, {
      filter: { openFlags: { $gt: 0 } },
      sort: [
        { field: 'openFlags', direction: 'desc' },
        { field: 'updatedAt', direction: 'asc' },
      ],
      limit,
      ...(cursor ? { cursor } : {}),
    });
    return { items: page.items.map((doc) => ({ ...summary(doc), flags: doc.article.flags })), nextCursor: page.nextCursor };
  }

  collection() {
    return this.documents.collection<ArticleDocument>(articleDetailProjection.collection);
  }
}

/** The article as it stood when it was at that version (the last event that left it there). */
function atVersion(events: readonly RecordedOf<ArticleEvent>[], version: string): ArticleDocument | null {
  if (!/^\d+\.\d+$/.test(version)) throw new ValidationFailed([{ field: 'version', message: 'a version looks like 1.0 or 2.3' }]);
  let doc: ArticleDocument | null = null;
  let found: ArticleDocument | null = null;
  for (const event of events) {
    doc = applyToArticle(doc, event);
    if (doc?.version === version) found = doc;
  }
  return found;
}

export function summary(doc: ArticleDocument) {
  const { article } = doc;
  return {
    id: doc.id,
    reference: doc.reference,
    title: article.content.title,
    status: article.status,
    audience: article.content.audience,
    service: article.content.service,
    category: article.content.category,
    version: doc.version,
    reuseCount: doc.reuseCount,
    helpful: article.helpful,
    notHelpful: article.notHelpful,
    openFlags: doc.openFlags,
    updatedAt: doc.updatedAt,
  };
}

/**
 * What a reader sees; requesters do not see who wrote it, its flags or the tickets it was used on.
 * The incidents it was harvested from are links, with the references `references` knows.
 */
function present(doc: ArticleDocument, allowedActions: readonly string[], roles: readonly string[], references: ReadonlyMap<string, string>) {
  const { article } = doc;
  const base = { ...summary(doc), ...article.content, validatedAt: article.validatedAt, createdAt: article.createdAt, revision: doc.revision, allowedActions };
  if (isRequesterOnly(roles)) return base;
  const { problemId, ...from } = article.origin;
  // Knowledge hears of no problem references: the problem's link carries its id only.
  const origin = {
    ...from,
    sourceIncidents: from.sourceIncidents.map((id) => ({ id, reference: references.get(id) ?? null })),
    problem: problemId ? { id: problemId, reference: null } : null,
  };
  return { ...base, author: article.author, owner: article.owner, origin, flags: article.flags, linkedTickets: article.linkedTickets };
}
