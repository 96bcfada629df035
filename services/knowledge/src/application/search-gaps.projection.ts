import { projectionOf, type RecordedOf, type StoredDocument } from '@deskstream/readmodels';
import { SEARCH_LOG_CATEGORY, SEARCH_LOG_EVENTS, type SearchLogEvent } from './search-log';

/** One cluster of searches (same words, any order or form): how often it found nothing or was not followed. */
export interface SearchCluster extends StoredDocument {
  readonly query: string;
  readonly searches: number;
  readonly zeroResults: number;
  readonly opened: number;
  readonly deflections: number;
  readonly lastSearchedAt: string;
  /** A search that found nothing weighs twice one whose results nobody opened. */
  readonly gapScore: number;
}

const score = (c: Pick<SearchCluster, 'searches' | 'zeroResults' | 'opened'>): number => c.zeroResults * 2 + Math.max(0, c.searches - c.zeroResults - c.opened);

export function applyToSearchCluster(doc: SearchCluster | null, event: RecordedOf<SearchLogEvent>): SearchCluster | null {
  const { data } = event;
  const base: SearchCluster = doc ?? {
    id: data.queryKey,
    tenantId: event.metadata.tenantId,
    position: event.position,
    query: data.queryKey,
    searches: 0,
    zeroResults: 0,
    opened: 0,
    deflections: 0,
    lastSearchedAt: data.at,
    gapScore: 0,
  };
  let next: SearchCluster = { ...base, position: event.position };
  if (event.type === 'KnowledgeSearched') {
    next = {
      ...next,
      query: event.data.query,
      searches: next.searches + 1,
      zeroResults: next.zeroResults + (event.data.resultCount === 0 ? 1 : 0),
      lastSearchedAt: event.data.at,
    };
  } else if (event.type === 'KnowledgeResultOpened') {
    next = { ...next, opened: next.opened + 1 };
  } else if (event.type === 'KnowledgeDeflectionReported') {
    next = { ...next, deflections: next.deflections + 1 };
  }
  return { ...next, gapScore: score(next) };
}

export const searchGapsProjection = projectionOf<SearchLogEvent, SearchCluster>({
  name: 'knowledge.search-gaps.v1',
  collection: 'knowledge-search-gaps',
  categories: [SEARCH_LOG_CATEGORY],
  handles: SEARCH_LOG_EVENTS,
  documentId: (event) => event.data.queryKey,
  apply: applyToSearchCluster,
  indexes: [['gapScore']],
});
