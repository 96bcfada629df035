import { Inject, Logger, Module, type BeforeApplicationShutdown, type OnApplicationBootstrap, type OnModuleInit, type Provider } from '@nestjs/common';
import type { Clock, EventStore, IdGenerator } from '@deskstream/kernel';
import { CLOCK, CommandMetrics, DOCUMENT_STORE, EVENT_STORE, ID_GENERATOR, ServiceContributions } from '@deskstream/platform';
import type { DocumentStore } from '@deskstream/readmodels';
import { articleDetailProjection } from './application/article-detail.projection';
import { ArticleQueries } from './application/article-queries';
import { ArticleReferences } from './application/article-references';
import { ArticleUseCases } from './application/article-use-cases';
import { StarterArticles } from './application/starter-articles';
import { Harvest } from './application/harvest';
import { IncidentFactsStore } from './application/incident-facts';
import { IncidentKnowledge } from './application/incident-knowledge';
import { KnowledgeGaps } from './application/knowledge-gaps';
import { searchGapsProjection } from './application/search-gaps.projection';
import { ticketLinksProjection } from './application/ticket-links.projection';
import { KnowledgeSearch } from './application/knowledge-search';
import { KnowledgeSettingsRepository } from './application/knowledge-settings.repository';
import { KnownErrorArticles } from './application/known-error-articles';
import { articleIntegrationMapper } from './application/article-integration.mapper';
import { RequestTypeCategories } from './application/request-type-categories';
import { SearchLog } from './application/search-log';
import { ArticleSearchFeed } from './application/search/article-search-feed';
import { ARTICLE_SEARCH, type ArticleSearch } from './application/search/article-search.port';
import { MiniSearchArticleSearch } from './application/search/minisearch-article-search';
import { SqliteArticleSearch } from './application/search/sqlite-article-search';
import { ArticleActionsController } from './http/article-actions.controller';
import { ArticlesController } from './http/articles.controller';
import { KnowledgeController } from './http/knowledge.controller';
import { KnowledgeSettingsController } from './http/knowledge-settings.controller';

const logger = new Logger('Knowledge');
const logError = (what: string) => (error: unknown) => logger.error(`${what}: ${error instanceof Error ? error.message : String(error)}`);

/**
 * The search index behind the port: SQLite FTS5 by default (bm25, fastest here, Porter stemming for
 * English), or MiniSearch (BM25+, Snowball stemming in eleven languages) for tenants in other languages.
 */
function searchEngine(name = 'sqlite'): ArticleSearch {
  if (name === 'sqlite') return new SqliteArticleSearch();
  if (name === 'minisearch') return new MiniSearchArticleSearch();
  throw new Error(`KNOWLEDGE_SEARCH_ENGINE must be sqlite or minisearch, not ${name}`);
}

/** The application classes are framework-free; here they are built on whatever ports the platform bound. */
const knowledgeProviders: Provider[] = [
  { provide: ARTICLE_SEARCH, useFactory: () => searchEngine(process.env.KNOWLEDGE_SEARCH_ENGINE) },
  { provide: ArticleReferences, useFactory: (s: EventStore, ids: IdGenerator) => new ArticleReferences(s, ids), inject: [EVENT_STORE, ID_GENERATOR] },
  {
    provide: KnowledgeSettingsRepository,
    useFactory: (s: EventStore, ids: IdGenerator) => new KnowledgeSettingsRepository(s, ids),
    inject: [EVENT_STORE, ID_GENERATOR],
  },
  {
    provide: ArticleUseCases,
    useFactory: (
      store: EventStore,
      clock: Clock,
      ids: IdGenerator,
      settings: KnowledgeSettingsRepository,
      references: ArticleReferences,
      meter: CommandMetrics,
    ) => new ArticleUseCases({ store, clock, ids, settings, references, meter }),
    inject: [EVENT_STORE, CLOCK, ID_GENERATOR, KnowledgeSettingsRepository, ArticleReferences, CommandMetrics],
  },
  {
    provide: ArticleQueries,
    useFactory: (store: EventStore, documents: DocumentStore, references: ArticleReferences, settings: KnowledgeSettingsRepository, clock: Clock) =>
      new ArticleQueries(store, documents, references, settings, clock),
    inject: [EVENT_STORE, DOCUMENT_STORE, ArticleReferences, KnowledgeSettingsRepository, CLOCK],
  },
  {
    provide: SearchLog,
    useFactory: (store: EventStore, clock: Clock, ids: IdGenerator) => new SearchLog(store, clock, ids, logError('search log append failed')),
    inject: [EVENT_STORE, CLOCK, ID_GENERATOR],
  },
  {
    provide: KnowledgeSearch,
    useFactory: (search: ArticleSearch, log: SearchLog, clock: Clock, ids: IdGenerator) => new KnowledgeSearch(search, log, clock, ids),
    inject: [ARTICLE_SEARCH, SearchLog, CLOCK, ID_GENERATOR],
  },
  {
    provide: ArticleSearchFeed,
    useFactory: (store: EventStore, search: ArticleSearch) => new ArticleSearchFeed(store, search, logError('search index feed stopped')),
    inject: [EVENT_STORE, ARTICLE_SEARCH],
  },
  { provide: IncidentFactsStore, useFactory: (documents: DocumentStore) => new IncidentFactsStore(documents), inject: [DOCUMENT_STORE] },
  {
    provide: Harvest,
    useFactory: (store: EventStore, clock: Clock, ids: IdGenerator, settings: KnowledgeSettingsRepository, articles: ArticleUseCases) =>
      new Harvest(store, clock, ids, settings, articles),
    inject: [EVENT_STORE, CLOCK, ID_GENERATOR, KnowledgeSettingsRepository, ArticleUseCases],
  },
  {
    provide: IncidentKnowledge,
    useFactory: (facts: IncidentFactsStore, documents: DocumentStore, harvest: Harvest) => new IncidentKnowledge(facts, documents, harvest),
    inject: [IncidentFactsStore, DOCUMENT_STORE, Harvest],
  },
  {
    provide: KnowledgeGaps,
    useFactory: (documents: DocumentStore, facts: IncidentFactsStore) => new KnowledgeGaps(documents, facts),
    inject: [DOCUMENT_STORE, IncidentFactsStore],
  },
  {
    provide: KnownErrorArticles,
    useFactory: (store: EventStore, clock: Clock, ids: IdGenerator, settings: KnowledgeSettingsRepository, references: ArticleReferences) =>
      new KnownErrorArticles(store, clock, ids, settings, references),
    inject: [EVENT_STORE, CLOCK, ID_GENERATOR, KnowledgeSettingsRepository, ArticleReferences],
  },
  { provide: RequestTypeCategories, useFactory: (documents: DocumentStore) => new RequestTypeCategories(documents), inject: [DOCUMENT_STORE] },
];

/**
 * The knowledge service on the platform's ports: KCS articles under /api/v1/knowledge, their read
 * model, the per-tenant search index, the search log behind the gaps report, and what it learns from
 * incident events (suggestions while an incident is worked, drafts harvested from resolutions).
 */
@Module({
  controllers: [ArticlesController, ArticleActionsController, KnowledgeController, KnowledgeSettingsController],
  providers: knowledgeProviders,
})
export class KnowledgeModule implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly contributions: ServiceContributions,
    private readonly feed: ArticleSearchFeed,
    private readonly log: SearchLog,
    @Inject(RequestTypeCategories) private readonly requestTypes: RequestTypeCategories,
    @Inject(IncidentKnowledge) private readonly incidents: IncidentKnowledge,
    private readonly articles: ArticleUseCases,
    private readonly knownErrors: KnownErrorArticles,
  ) {}

  onModuleInit(): void {
    this.contributions.addProjection(articleDetailProjection);
    this.contributions.addProjection(ticketLinksProjection);
    this.contributions.addProjection(searchGapsProjection);
    this.contributions.addMapper(articleIntegrationMapper);
    this.contributions.addConsumer(this.requestTypes);
    this.contributions.addConsumer(this.incidents);
    this.contributions.addConsumer(this.knownErrors);
    this.contributions.addConsumer(new StarterArticles(this.articles));
    this.contributions.addTenantPurge({ name: 'knowledge-search', purge: (tenantId) => this.feed.forgetTenant(tenantId) });
  }

  /** The index holds every article before the first request is served. */
  async onApplicationBootstrap(): Promise<void> {
    await this.feed.start();
  }

  /** Before the platform closes the store: the last searches are logged and the feed lets go of it. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.log.flush();
    await this.feed.stop();
  }
}
