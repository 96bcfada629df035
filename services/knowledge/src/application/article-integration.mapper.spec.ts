import { KNOWLEDGE_EVENTS, TOPICS } from '@deskstream/contracts';
import type { RecordedEvent } from '@deskstream/kernel';
import { articleIntegrationMapper } from './article-integration.mapper';

const recorded = (type: string, data: object, revision = 0): RecordedEvent => ({
  eventId: `evt-${revision}`,
  streamId: 'kbarticle-acme.known-error-prb-1',
  revision,
  position: 10 + revision,
  type,
  data,
  metadata: { tenantId: 'acme', actor: 'kim', correlationId: 'c-1', causationId: 'c-1', occurredAt: '2026-03-02T09:00:00.000Z', schemaVersion: 1 },
});
const stamp = { by: 'kim', at: '2026-03-02T09:00:00.000Z' };
const content = { title: 't', problem: 'p', environment: '', cause: 'c', resolution: 'r', keywords: [], service: null, category: null, audience: 'internal' };

describe('article events as integration events', () => {
  it("a known-error article's draft tells the problem it was written for, on the knowledge topic keyed by article, with the tenant", () => {
    const origin = { kind: 'known-error', sourceIncidents: [], problemId: 'prb-1' };
    const [message, ...rest] = articleIntegrationMapper.map(
      recorded('ArticleDrafted', { articleId: 'known-error-prb-1', reference: 'KB0001007', content, owner: 'kim', origin, version: '0.1', ...stamp }),
    );
    expect(rest).toEqual([]);
    expect(message).toMatchObject({
      topic: TOPICS.knowledge,
      key: 'known-error-prb-1',
      event: { id: 'evt-0', type: KNOWLEDGE_EVENTS.knownErrorArticleCreated, tenantid: 'acme', source: '/deskstream/knowledge' },
    });
    expect(message!.event.data).toEqual({ articleId: 'known-error-prb-1', reference: 'KB0001007', problemId: 'prb-1', ...stamp });
  });

  it('an authored or harvested draft publishes nothing; nor do edits, flags and feedback', () => {
    const authored = { articleId: 'a-1', reference: 'KB0001001', content, owner: 'kim', version: '0.1', ...stamp };
    expect(
      articleIntegrationMapper.map(recorded('ArticleDrafted', { ...authored, origin: { kind: 'authored', sourceIncidents: [], problemId: null } })),
    ).toEqual([]);
    for (const type of ['ArticleEdited', 'ArticleFlagged', 'ArticleFeedbackGiven']) {
      expect([type, articleIntegrationMapper.map(recorded(type, { ...stamp }))]).toEqual([type, []]);
    }
  });

  it('a publication and a validation are the new whole version with the KB number', () => {
    const [published] = articleIntegrationMapper.map(recorded('ArticleSubmitted', { version: '1.0', articleReference: 'KB0001007', ...stamp }, 1));
    const [validated] = articleIntegrationMapper.map(recorded('ArticleValidated', { version: '2.0', articleReference: 'KB0001007', ...stamp }, 2));
    expect([published!.event.type, published!.event.data]).toEqual([
      KNOWLEDGE_EVENTS.published,
      { articleId: 'known-error-prb-1', reference: 'KB0001007', version: '1.0', ...stamp },
    ]);
    expect([validated!.event.type, validated!.event.data]).toEqual([
      KNOWLEDGE_EVENTS.validated,
      { articleId: 'known-error-prb-1', reference: 'KB0001007', version: '2.0', ...stamp },
    ]);
  });

  it('a use on a ticket becomes article-linked-to-ticket with both references; a link recorded before the reference was kept has it null', () => {
    const [linked] = articleIntegrationMapper.map(
      recorded('ArticleLinkedToTicket', { ticketId: 'inc-7', ticketReference: 'INC0001007', articleReference: 'KB0001007', ...stamp }, 3),
    );
    expect([linked!.event.type, linked!.event.data]).toEqual([
      KNOWLEDGE_EVENTS.linkedToTicket,
      { articleId: 'known-error-prb-1', reference: 'KB0001007', ticketId: 'inc-7', ticketReference: 'INC0001007', ...stamp },
    ]);
    const [older] = articleIntegrationMapper.map(recorded('ArticleLinkedToTicket', { ticketId: 'inc-8', ticketReference: null, ...stamp }, 4));
    expect(older!.event.data).toMatchObject({ reference: null, ticketReference: null });
  });
});
