import { commandHandler, type Clock, type EventStore, type IdGenerator } from '@deskstream/kernel';
import { KNOWLEDGE_EVENTS, TOPICS, type KnownErrorArticleCreatedV1 } from '@deskstream/contracts';
import type { DeliveredMessage } from '@deskstream/messaging';
import { messageCommandContext, withCommandSpan } from '@deskstream/platform';
import { problemDecider } from '../domain/problem.decider';
import { problemStream } from './problem-streams';

/**
 * The link back from knowledge, behind this consumer's inbox: the known-error article written for one
 * of the tenant's problems is recorded on that problem (its `knownErrorArticle.article`). The problem
 * decider records it once; a problem of another tenant is another stream, never touched.
 */
export class KnownErrorArticleLinks {
  readonly name = 'problems.knowledge-events';
  readonly topics = [TOPICS.knowledge];
  private readonly problems;

  constructor(store: EventStore, clock: Clock, ids: IdGenerator) {
    this.problems = commandHandler(problemDecider, { store, clock, ids });
  }

  async handle({ event }: DeliveredMessage): Promise<void> {
    if (event.type !== KNOWLEDGE_EVENTS.knownErrorArticleCreated) return;
    const { problemId, articleId, reference, at } = event.data as KnownErrorArticleCreatedV1;
    await withCommandSpan('problems known-error-article', { 'deskstream.tenant': event.tenantid, 'messaging.message.type': event.type }, () =>
      this.problems.handle(
        problemStream(event.tenantid, problemId),
        { type: 'RecordKnownErrorArticle', data: { articleId, reference, at } },
        messageCommandContext(event, 'system:knowledge'),
      ),
    );
  }
}
