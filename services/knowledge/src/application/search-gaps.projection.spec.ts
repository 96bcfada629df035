import { projectionSpecification, recordedEvents } from '@deskstream/readmodels';
import { searchGapsProjection } from './search-gaps.projection';
import type { SearchLogEvent } from './search-log';

const at = (minute: number) => `2026-03-02T09:${String(minute).padStart(2, '0')}:00.000Z`;
const queryKey = 'jam printer';
const searched = (minute: number, resultCount: number, query = 'printer jammed'): SearchLogEvent => ({
  type: 'KnowledgeSearched',
  data: { searchId: `s-${minute}`, kind: 'search', query, queryKey, resultCount, by: 'rita', at: at(minute) },
});
const opened: SearchLogEvent = { type: 'KnowledgeResultOpened', data: { searchId: 's-1', queryKey, articleId: 'a-1', by: 'rita', at: at(2) } };
const deflected: SearchLogEvent = {
  type: 'KnowledgeDeflectionReported',
  data: { searchId: 's-1', queryKey, articleId: 'a-1', requestType: null, by: 'rita', at: at(3) },
};
const log = (events: readonly SearchLogEvent[]) => recordedEvents<SearchLogEvent>('kbsearch-acme.2026-03-02', events, { tenantId: 'acme' });
const spec = projectionSpecification(searchGapsProjection);

describe('the knowledge gaps: searches clustered by their words', () => {
  it('counts a search that found nothing twice in the gap score', () => {
    const [first] = log([searched(0, 0)]);
    spec
      .given()
      .when(first!)
      .then((doc) =>
        expect(doc).toEqual({
          id: queryKey,
          tenantId: 'acme',
          position: 1,
          query: 'printer jammed',
          searches: 1,
          zeroResults: 1,
          opened: 0,
          deflections: 0,
          lastSearchedAt: at(0),
          gapScore: 2,
        }),
      );
  });

  it('counts a search whose results nobody opened once, and no longer once one of them is opened', () => {
    const events = log([searched(0, 0), searched(1, 4, 'jam in the printer'), opened]);
    spec
      .given(...events.slice(0, 1))
      .when(events[1]!)
      .then((doc) => expect(doc).toMatchObject({ query: 'jam in the printer', searches: 2, zeroResults: 1, lastSearchedAt: at(1), gapScore: 3 }));
    spec
      .given(...events.slice(0, 2))
      .when(events[2]!)
      .then((doc) => expect(doc).toMatchObject({ searches: 2, opened: 1, lastSearchedAt: at(1), gapScore: 2 }));
  });

  it('counts deflections without changing the score', () => {
    const events = log([searched(0, 3), opened, deflected]);
    spec
      .given(...events.slice(0, 2))
      .when(events[2]!)
      .then((doc) => expect(doc).toMatchObject({ deflections: 1, opened: 1, gapScore: 0 }));
  });

  it('keys each cluster by its query key', () => {
    expect(searchGapsProjection.documentId(log([opened])[0]!)).toBe(queryKey);
  });
});
