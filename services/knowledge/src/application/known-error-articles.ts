import { commandHandler, type Clock, type EventStore, type IdGenerator } from '@deskstream/kernel';
import { PROBLEM_EVENTS, TOPICS, type KnownErrorArticleRequestedV1 } from '@deskstream/contracts';
import type { DeliveredMessage } from '@deskstream/messaging';
import { messageCommandContext, withCommandSpan } from '@deskstream/platform';
import { articleDecider } from '../domain/article.decider';
import type { ArticleReferences } from './article-references';
import { articleStream } from './article-use-cases';
import type { KnowledgeSettingsRepository } from './knowledge-settings.repository';

/** Known-error articles are written by the service itself, with the rights of a knowledge manager. */
const WRITER = { by: 'system:knowledge-known-errors', roles: ['knowledge-manager'] };

/** One article per duplicate key (one per problem): its id is the key, so a second request finds the first article. */
export const knownErrorArticleId = (duplicateKey: string): string => duplicateKey.replace(/[^A-Za-z0-9_-]/g, '-');

/**
 * The knowledge side of the problems service's known-error requests, behind this consumer's inbox:
 * the article decider drafts the article on the first request and edits its cause and workaround on a
 * later one (the duplicate check). The reference is allocated per article id, so a redelivery that
 * finds no article yet (a crash in between) takes the same KB number.
 */
export class KnownErrorArticles {
  readonly name = 'knowledge.problem-events';
  readonly topics = [TOPICS.problems];
  private readonly handler;

  constructor(
    store: EventStore,
    private readonly clock: Clock,
    ids: IdGenerator,
    private readonly settings: KnowledgeSettingsRepository,
    private readonly references: ArticleReferences,
  ) {
    this.handler = commandHandler(articleDecider, { store, clock, ids });
  }

  async handle(message: DeliveredMessage): Promise<void> {
    const { event } = message;
    if (event.type !== PROBLEM_EVENTS.knownErrorArticleRequested) return;
    const request = event.data as KnownErrorArticleRequestedV1;
    const context = messageCommandContext(event, WRITER.by);
    await withCommandSpan('knowledge known-error', { 'deskstream.tenant': event.tenantid, 'messaging.message.type': event.type }, async () => {
      const articleId = knownErrorArticleId(request.duplicateKey);
      const stream = articleStream(event.tenantid, articleId);
      const at = this.clock.now().toISOString();
      const { state } = await this.handler.load(stream);
      const reference = state.status === 'none' ? await this.references.allocate(context, articleId, at) : state.reference;
      const { rules } = await this.settings.get(event.tenantid);
      const { problemId, problemReference, shortDescription, cause, workaround } = request;
      await this.handler.handle(
        stream,
        { type: 'RecordKnownError', data: { ...WRITER, rules, at, articleId, reference, problemId, problemReference, shortDescription, cause, workaround } },
        context,
      );
    });
  }
}
