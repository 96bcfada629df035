import { parseStreamName, type EventStore, type RecordedEvent, type Subscription } from '@deskstream/kernel';
import { recordedAs } from '@deskstream/readmodels';
import type { ArticleEvent } from '../../domain/article.events';
import { ARTICLE_CATEGORY, applyToArticle, type ArticleDocument } from '../article-detail.projection';
import { SETTINGS_CATEGORY, type KnowledgeSettings } from '../knowledge-settings.repository';
import type { ArticleSearch, SearchableArticle } from './article-search.port';

export function searchableOf(doc: ArticleDocument): SearchableArticle {
  const { article } = doc;
  return {
    id: doc.id,
    tenantId: doc.tenantId,
    reference: doc.reference,
    ...article.content,
    status: article.status,
    version: doc.version,
    updatedAt: doc.updatedAt,
  };
}

/**
 * Keeps the search index in step with the article streams: every process follows the log from the
 * first event with the same reducer as the read model, so an index is rebuilt on each start and never
 * needs a checkpoint of its own. Settings events set the tenant's stemming language.
 */
export class ArticleSearchFeed {
  private readonly documents = new Map<string, ArticleDocument>();
  private subscription: Subscription | null = null;
  /** While catching up, events only fold into the documents; the index is then built in one batch. */
  private live = false;

  constructor(
    private readonly store: EventStore,
    private readonly search: ArticleSearch,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Resolves once the index holds every article that existed at start. */
  async start(): Promise<void> {
    this.subscription = this.store.subscribe((event) => this.apply(event), {
      categories: [ARTICLE_CATEGORY, SETTINGS_CATEGORY],
      onError: (error) => this.onError(error),
    });
    await this.subscription.caughtUp;
    this.live = true;
    await this.search.upsertMany([...this.documents.values()].map(searchableOf));
  }

  /** A deleted tenant's articles leave the index and the feed's copies at once, not at the next start. */
  async forgetTenant(tenantId: string): Promise<void> {
    for (const key of [...this.documents.keys()]) if (key.startsWith(`${tenantId}/`)) this.documents.delete(key);
    await this.search.removeTenant(tenantId);
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
  }

  private async apply(event: RecordedEvent): Promise<void> {
    const { category, tenantId, id } = parseStreamName(event.streamId);
    if (category === SETTINGS_CATEGORY) {
      // Configured before the batch is indexed, so the first index is built in the tenant's language.
      return this.search.configure(tenantId, (event.data as KnowledgeSettings).language);
    }
    const key = `${tenantId}/${id}`;
    // The feed subscribes to the two categories: what is not a setting is an article's event.
    const [article] = recordedAs<ArticleEvent>([event]);
    const doc = applyToArticle(this.documents.get(key) ?? null, article!);
    if (!doc) {
      this.documents.delete(key);
      return this.live ? this.search.remove(tenantId, id) : undefined;
    }
    this.documents.set(key, doc);
    if (!this.live) return;
    // Feedback and reuse change nothing a search sees.
    if (event.type === 'ArticleFeedbackGiven' || event.type === 'ArticleLinkedToTicket' || event.type.startsWith('ArticleFlag')) return;
    await this.search.upsert(searchableOf(doc));
  }
}
