import { projectionSpecification, recordedEvents } from '@deskstream/readmodels';
import { at, drafted, flagged, submitted, validated } from '../domain/article.fixtures';
import type { ArticleEvent } from '../domain/article.events';
import { articleDetailProjection } from './article-detail.projection';

const life = (events: readonly ArticleEvent[]) => recordedEvents<ArticleEvent>('kbarticle-acme.a-1', events, { tenantId: 'acme' });
const linked: ArticleEvent = { type: 'ArticleLinkedToTicket', data: { ticketId: 'inc-1', ticketReference: 'INC0001001', by: 'alice', at: at(4) } };
const deleted: ArticleEvent = { type: 'ArticleDeleted', data: { by: 'kim', at: at(5) } };
const spec = projectionSpecification(articleDetailProjection);

describe('the article detail projection', () => {
  it('holds a drafted article as work in progress, its version as it is shown', () => {
    const [first] = life([drafted]);
    spec
      .given()
      .when(first!)
      .then((doc) =>
        expect(doc).toMatchObject({
          id: 'a-1',
          tenantId: 'acme',
          reference: 'KB0001001',
          status: 'work-in-progress',
          version: '0.1',
          openFlags: 0,
          reuseCount: 0,
          revision: 0,
          article: { articleId: 'a-1', owner: 'alice', author: 'alice' },
        }),
      );
  });

  it('follows the article through review to validation', () => {
    const events = life([drafted, submitted, validated]);
    spec
      .given(...events.slice(0, -1))
      .when(events.at(-1)!)
      .then((doc) => expect(doc).toMatchObject({ status: 'validated', version: '2.0', revision: 2, article: { validatedAt: at(2) } }));
  });

  it('counts open flags and the tickets that reused it', () => {
    const events = life([drafted, flagged, linked]);
    spec
      .given(...events.slice(0, -1))
      .when(events.at(-1)!)
      .then((doc) => expect(doc).toMatchObject({ openFlags: 1, reuseCount: 1, article: { linkedTickets: [{ id: 'inc-1', reference: 'INC0001001' }] } }));
  });

  it('drops a deleted article, and ignores events of one never drafted', () => {
    const events = life([drafted, deleted]);
    spec
      .given(events[0]!)
      .when(events[1]!)
      .then((doc) => expect(doc).toBeNull());
    spec
      .given()
      .when(life([submitted])[0]!)
      .then((doc) => expect(doc).toBeNull());
  });
});
