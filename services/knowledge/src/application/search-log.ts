import { eventMetadata, streamName, type Clock, type EventStore, type EventToAppend, type IdGenerator, type Message } from '@deskstream/kernel';
import { termProcessor } from './search/stemming';

export const SEARCH_LOG_CATEGORY = 'kbsearch';
export const SEARCH_LOG_EVENTS = ['KnowledgeSearched', 'KnowledgeResultOpened', 'KnowledgeDeflectionReported'] as const;

export interface SearchLogged {
  readonly searchId: string;
  readonly kind: 'search' | 'suggestion';
  readonly query: string;
  readonly queryKey: string;
  readonly resultCount: number;
  readonly by: string;
  readonly at: string;
}

export interface ResultOpened {
  readonly searchId: string;
  readonly queryKey: string;
  readonly articleId: string;
  readonly by: string;
  readonly at: string;
}

export type DeflectionReported = ResultOpened & { readonly requestType: string | null };

/** The search log's events, each with its data. */
export type SearchLogEvent =
  Message<'KnowledgeSearched', SearchLogged> | Message<'KnowledgeResultOpened', ResultOpened> | Message<'KnowledgeDeflectionReported', DeflectionReported>;

const FLUSH_MS = 200;
const keyStems = termProcessor('english');

/**
 * The words of a query that make it the query it is: stems without stop words, sorted, so "printer
 * jammed" and "jam printer" are one cluster. An unfinished last word (suggestions) does not count.
 * English stems whatever the tenant's language: the key only has to group, not to match.
 */
export function queryKey(query: string, unfinishedLastWord: boolean): string {
  const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (unfinishedLastWord) words.pop();
  const stems = new Set(words.map(keyStems).filter((stem): stem is string => stem !== null && stem.length > 1));
  return [...stems].sort().join(' ').slice(0, 200);
}

/** The search id names the cluster too, so that a click reported to any replica lands on its query. */
export const searchIdOf = (id: string, key: string): string => `${id}.${Buffer.from(key).toString('base64url')}`;

export function keyOfSearchId(searchId: string): string | null {
  const dot = searchId.indexOf('.');
  if (dot <= 0) return null;
  const key = Buffer.from(searchId.slice(dot + 1), 'base64url').toString('utf8');
  return key === queryKey(key, false) ? key : null;
}

/**
 * Searches, opened results and deflections as events in a stream per tenant and day
 * (`kbsearch-<tenant>.<yyyy-mm-dd>`), the input of the gaps report. They are buffered and appended
 * a batch at a time so that a search costs no commit of its own; a crash loses at most the last
 * fraction of a second of this log, never an article.
 */
export class SearchLog {
  private pending = new Map<string, EventToAppend[]>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly onError: (error: unknown) => void,
  ) {}

  searched(tenantId: string, data: SearchLogged): void {
    this.add(tenantId, 'KnowledgeSearched', data);
  }

  opened(tenantId: string, data: ResultOpened): void {
    this.add(tenantId, 'KnowledgeResultOpened', data);
  }

  deflected(tenantId: string, data: DeflectionReported): void {
    this.add(tenantId, 'KnowledgeDeflectionReported', data);
  }

  /** Appends whatever is buffered; the module calls it on shutdown, tests to read what was logged. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = new Map();
    this.flushing = this.flushing.then(() => this.append(batch));
    return this.flushing;
  }

  private add(tenantId: string, type: (typeof SEARCH_LOG_EVENTS)[number], data: SearchLogged | ResultOpened): void {
    const context = { tenantId, actor: data.by, correlationId: data.searchId };
    const event = { eventId: this.ids.next(), type, data, metadata: eventMetadata(context, this.clock.now().toISOString()) };
    const stream = streamName(SEARCH_LOG_CATEGORY, tenantId, data.at.slice(0, 10));
    const batch = this.pending.get(stream);
    if (batch) batch.push(event);
    else this.pending.set(stream, [event]);
    this.timer ??= setTimeout(() => void this.flush().catch(this.onError), FLUSH_MS).unref();
  }

  private async append(batch: Map<string, EventToAppend[]>): Promise<void> {
    for (const [stream, events] of batch) await this.store.appendToStream(stream, events, { expectedRevision: 'any' });
  }
}
