import type { CommandContext, EventStore, IdGenerator } from '@deskstream/kernel';
import { ReferenceSequence } from '@deskstream/eventstore';
import { articleReferenceNumber, FIRST_ARTICLE_NUMBER, formatArticleReference } from '../domain/article-reference';

interface ArticleReferenceAllocated {
  readonly reference: string;
  readonly articleId: string;
}

/** KB numbers per tenant from the counter stream `kbref-<tenant>.counter` (see ReferenceSequence). */
export class ArticleReferences {
  private readonly sequence: ReferenceSequence<ArticleReferenceAllocated>;

  constructor(store: EventStore, ids: IdGenerator) {
    this.sequence = new ReferenceSequence(store, ids, {
      category: 'kbref',
      eventType: 'ArticleReferenceAllocated',
      firstNumber: FIRST_ARTICLE_NUMBER,
      format: formatArticleReference,
      parse: articleReferenceNumber,
      data: ({ reference, owner }) => ({ reference, articleId: owner }),
      ownerOf: (data) => data.articleId,
      maxConflictRetries: 50,
    });
  }

  async allocate(context: CommandContext, articleId: string, occurredAt: string): Promise<string> {
    return (await this.sequence.allocate(context, articleId, () => occurredAt)).reference;
  }

  /** The article a reference went to in this tenant, or null. */
  lookup(tenantId: string, reference: string): Promise<string | null> {
    return this.sequence.resolve(tenantId, reference);
  }
}
