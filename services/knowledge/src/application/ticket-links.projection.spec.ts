import { projectionSpecification, recordedEvents } from '@deskstream/readmodels';
import { at } from '../domain/article.fixtures';
import type { ArticleEvent } from '../domain/article.events';
import { ticketLinksProjection } from './ticket-links.projection';

const linked = (ticketId: string): ArticleEvent => ({ type: 'ArticleLinkedToTicket', data: { ticketId, ticketReference: null, by: 'alice', at: at(4) } });
const [a1, a1Again] = recordedEvents<ArticleEvent>('kbarticle-acme.a-1', [linked('inc-1'), linked('inc-1')], { tenantId: 'acme' });
const [a2] = recordedEvents<ArticleEvent>('kbarticle-acme.a-2', [linked('inc-1')], { tenantId: 'acme' }, 3);
const spec = projectionSpecification(ticketLinksProjection);

describe('the articles used on each ticket', () => {
  it('names the article linked to a ticket, keyed by the ticket', () => {
    spec
      .given()
      .when(a1!)
      .then((doc) => expect(doc).toEqual({ id: 'inc-1', tenantId: 'acme', position: 1, articleIds: ['a-1'] }));
    expect(ticketLinksProjection.documentId(a2!)).toBe('inc-1');
  });

  it('adds each other article once', () => {
    spec
      .given(a1!, a1Again!)
      .when(a2!)
      .then((doc) => expect(doc?.articleIds).toEqual(['a-1', 'a-2']));
    spec.given(a1!).when(a1Again!).thenNothingChanged();
  });
});
