import { Forbidden, IllegalTransition, NotFound } from '@deskstream/kernel';
import { agent, at, drafted, flagged, manager, requester, spec, submitted, validated } from './article.fixtures';
import { allowedActions } from './article.rules';
import { isArticle } from './article.state';

const published = [drafted, submitted, validated];

describe('flag it or fix it, feedback and reuse', () => {
  it('an agent flags an article as outdated with a comment', () => {
    spec
      .given(published)
      .when({ type: 'FlagArticle', data: { ...agent(3), flagId: 'f-1', reason: 'outdated', comment: 'Outlook 365 moved the setting' } })
      .then([flagged]);
  });

  it('the same flag sent twice is recorded once', () => {
    spec
      .given([...published, flagged])
      .when({ type: 'FlagArticle', data: { ...agent(4), flagId: 'f-1', reason: 'outdated', comment: 'again' } })
      .then([]);
  });

  it('a requester cannot flag; only the knowledge manager resolves flags', () => {
    spec
      .given(published)
      .when({ type: 'FlagArticle', data: { ...requester(3), flagId: 'f-2', reason: 'wrong', comment: 'no' } })
      .thenThrows(Forbidden);
    spec
      .given([...published, flagged])
      .when({ type: 'ResolveFlag', data: { ...agent(4), flagId: 'f-1', comment: 'fixed' } })
      .thenThrows(Forbidden);
  });

  it('resolving a flag takes it out of the review queue; resolve-flag is allowed only while one is open', () => {
    spec
      .given([...published, flagged])
      .when({ type: 'ResolveFlag', data: { ...manager(4), flagId: 'f-1', comment: 'Updated the steps' } })
      .thenState((s) => {
        expect(isArticle(s) && s.flags).toEqual([]);
        expect(allowedActions(s)).not.toContain('resolve-flag');
      });
    spec
      .given(published)
      .when({ type: 'ResolveFlag', data: { ...manager(4), flagId: 'f-1', comment: 'x' } })
      .thenThrows(IllegalTransition);
    spec
      .given([...published, flagged])
      .when({ type: 'ResolveFlag', data: { ...manager(4), flagId: 'f-9', comment: 'x' } })
      .thenThrows(NotFound);
  });

  it('readers rate the version they saw, and ratings carry over to later versions', () => {
    spec
      .given(published)
      .when({ type: 'GiveFeedback', data: { ...requester(3), helpful: false, comment: 'Step 2 is unclear' } })
      .then([{ type: 'ArticleFeedbackGiven', data: { helpful: false, comment: 'Step 2 is unclear', version: '2.0', by: 'rita', at: at(3) } }]);
    const rated = { type: 'ArticleFeedbackGiven' as const, data: { helpful: true, comment: null, version: '2.0', by: 'rita', at: at(3) } };
    spec
      .given([...published, rated])
      .when({ type: 'EditArticle', data: { ...manager(4), changes: { cause: 'Token cache' } } })
      .thenState((s) => {
        expect(isArticle(s) && [s.helpful, s.notHelpful]).toEqual([1, 0]);
      });
  });

  it('no feedback on work in progress', () => {
    spec
      .given([drafted])
      .when({ type: 'GiveFeedback', data: { ...agent(1), helpful: true, comment: null } })
      .thenThrows(IllegalTransition);
  });

  it('each use on a ticket links it once: the reuse count', () => {
    const link = { type: 'LinkTicket' as const, data: { ...agent(3), ticketId: 'inc-7', ticketReference: 'INC0001007' } };
    const linked = {
      type: 'ArticleLinkedToTicket' as const,
      data: { ticketId: 'inc-7', ticketReference: 'INC0001007', articleReference: 'KB0001001', by: 'alice', at: at(3) },
    };
    spec.given(published).when(link).then([linked]);
    spec
      .given([...published, linked])
      .when(link)
      .then([]);
    spec
      .given([...published, linked])
      .when({ ...link, data: { ...link.data, ticketId: 'inc-8' } })
      .thenState((s) =>
        expect(isArticle(s) && s.linkedTickets).toEqual([
          { id: 'inc-7', reference: 'INC0001007' },
          { id: 'inc-8', reference: 'INC0001007' },
        ]),
      );
  });

  it('a requester cannot link tickets', () => {
    spec
      .given(published)
      .when({ type: 'LinkTicket', data: { ...requester(3), ticketId: 'inc-7', ticketReference: null } })
      .thenThrows(Forbidden);
  });
});
