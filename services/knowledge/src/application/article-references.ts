import { setTimeout as sleep } from 'node:timers/promises';
import { ConcurrencyConflict, eventMetadata, streamName, type CommandContext, type EventStore, type IdGenerator } from '@deskstream/kernel';
import { articleReferenceNumber, FIRST_ARTICLE_NUMBER, formatArticleReference } from '../domain/article-reference';

const CATEGORY = 'kbref';
const EVENT_TYPE = 'ArticleReferenceAllocated';
const MAX_CONFLICTS = 50;

interface Allocated {
  readonly reference: string;
  readonly articleId: string;
}

/**
 * KB numbers per tenant from the counter stream `kbref-<tenant>.counter`: event n holds number
 * FIRST + n, appended with the revision just read, so no number is handed out twice and a reference
 * resolves with one read at a known revision. Articles are written far less often than tickets, so
 * one append per allocation is enough (no batching).
 */
export class ArticleReferences {
  constructor(
    private readonly store: EventStore,
    private readonly ids: IdGenerator,
  ) {}

  async allocate(context: CommandContext, articleId: string, occurredAt: string): Promise<string> {
    const stream = this.counter(context.tenantId);
    for (let attempt = 0; ; attempt += 1) {
      const [last] = await this.store.readStream(stream, { direction: 'backwards', maxCount: 1 });
      const revision = last ? last.revision : -1;
      const reference = formatArticleReference(FIRST_ARTICLE_NUMBER + revision + 1);
      const data: Allocated = { reference, articleId };
      try {
        await this.store.appendToStream(stream, [{ eventId: this.ids.next(), type: EVENT_TYPE, data, metadata: eventMetadata(context, occurredAt) }], {
          expectedRevision: revision < 0 ? 'no_stream' : revision,
        });
        return reference;
      } catch (error) {
        if (!(error instanceof ConcurrencyConflict) || attempt >= MAX_CONFLICTS) throw error;
        // Jitter so that competing writers do not retry in lockstep.
        await sleep(Math.floor(Math.random() * 3 * (attempt + 1)));
      }
    }
  }

  /** The article a reference went to in this tenant, or null for one never handed out here. */
  async lookup(tenantId: string, reference: string): Promise<string | null> {
    const number = articleReferenceNumber(reference);
    if (number === null || number < FIRST_ARTICLE_NUMBER) return null;
    const revision = number - FIRST_ARTICLE_NUMBER;
    const [event] = await this.store.readStream(this.counter(tenantId), { fromRevision: revision, maxCount: 1 });
    return event && event.revision === revision ? (event.data as Allocated).articleId : null;
  }

  private counter(tenantId: string): string {
    return streamName(CATEGORY, tenantId, 'counter');
  }
}
