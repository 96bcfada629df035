import { Inject, Module, type OnModuleInit, type Provider } from '@nestjs/common';
import type { Clock, EventStore, IdGenerator } from '@deskstream/kernel';
import { CLOCK, CommandMetrics, DOCUMENT_STORE, EVENT_STORE, ID_GENERATOR, ServiceContributions } from '@deskstream/platform';
import type { DocumentStore } from '@deskstream/readmodels';
import { CandidateUseCases } from './application/candidate-use-cases';
import { knownIncidentsProjection } from './application/incident-activity.projection';
import { IncidentActivityFeed, TrendFeed } from './application/incident-feed';
import { KnownErrorArticleLinks } from './application/known-error-articles';
import { problemCandidatesProjection } from './application/problem-candidates.projection';
import { ProblemClusters } from './application/problem-clusters';
import { problemListProjection } from './application/problem-detail.projection';
import { problemIntegrationMapper } from './application/problem-integration.mapper';
import { ProblemQueries } from './application/problem-queries';
import { ProblemReferences } from './application/problem-references';
import { ProblemSettingsRepository } from './application/problem-settings.repository';
import { ProblemUseCases } from './application/problem-use-cases';
import { TrendDetection } from './application/trend-detection';
import { CandidatesController } from './http/candidates.controller';
import { ProblemLifecycleController } from './http/problem-lifecycle.controller';
import { ProblemSettingsController } from './http/problem-settings.controller';
import { ProblemWorkController } from './http/problem-work.controller';
import { ProblemsController } from './http/problems.controller';

/** The application classes are framework-free; here they are built on whatever ports the platform bound. */
const providers: Provider[] = [
  { provide: ProblemReferences, useFactory: (store: EventStore, ids: IdGenerator) => new ProblemReferences(store, ids), inject: [EVENT_STORE, ID_GENERATOR] },
  {
    provide: ProblemSettingsRepository,
    useFactory: (store: EventStore, ids: IdGenerator) => new ProblemSettingsRepository(store, ids),
    inject: [EVENT_STORE, ID_GENERATOR],
  },
  {
    provide: ProblemQueries,
    useFactory: (store: EventStore, documents: DocumentStore, references: ProblemReferences, clock: Clock) =>
      new ProblemQueries(store, documents, references, clock),
    inject: [EVENT_STORE, DOCUMENT_STORE, ProblemReferences, CLOCK],
  },
  {
    provide: ProblemUseCases,
    useFactory: (
      store: EventStore,
      clock: Clock,
      ids: IdGenerator,
      settings: ProblemSettingsRepository,
      references: ProblemReferences,
      queries: ProblemQueries,
      meter: CommandMetrics,
    ) => new ProblemUseCases({ store, clock, ids, settings, references, queries, meter }),
    inject: [EVENT_STORE, CLOCK, ID_GENERATOR, ProblemSettingsRepository, ProblemReferences, ProblemQueries, CommandMetrics],
  },
  {
    provide: ProblemClusters,
    useFactory: (store: EventStore, ids: IdGenerator, clock: Clock) => new ProblemClusters(store, ids, clock),
    inject: [EVENT_STORE, ID_GENERATOR, CLOCK],
  },
  {
    provide: TrendDetection,
    useFactory: (store: EventStore, clusters: ProblemClusters, settings: ProblemSettingsRepository, ids: IdGenerator) =>
      new TrendDetection(store, clusters, settings, ids),
    inject: [EVENT_STORE, ProblemClusters, ProblemSettingsRepository, ID_GENERATOR],
  },
  {
    provide: IncidentActivityFeed,
    useFactory: (store: EventStore, clock: Clock, ids: IdGenerator, problems: ProblemUseCases) => new IncidentActivityFeed(store, clock, ids, problems),
    inject: [EVENT_STORE, CLOCK, ID_GENERATOR, ProblemUseCases],
  },
  {
    provide: KnownErrorArticleLinks,
    useFactory: (store: EventStore, clock: Clock, ids: IdGenerator) => new KnownErrorArticleLinks(store, clock, ids),
    inject: [EVENT_STORE, CLOCK, ID_GENERATOR],
  },
  { provide: TrendFeed, useFactory: (detection: TrendDetection) => new TrendFeed(detection), inject: [TrendDetection] },
  {
    provide: CandidateUseCases,
    useFactory: (documents: DocumentStore, clusters: ProblemClusters, problems: ProblemUseCases, clock: Clock, ids: IdGenerator) =>
      new CandidateUseCases(documents, clusters, problems, clock, ids),
    inject: [DOCUMENT_STORE, ProblemClusters, ProblemUseCases, CLOCK, ID_GENERATOR],
  },
];

/**
 * Members each consumer runs in its group: one per partition of the embedded bus (four), so the
 * partitions are worked side by side instead of one after the other (Kafka assigns them the same way).
 */
const CONSUMER_MEMBERS = 4;

/**
 * The problems service on the platform's ports: HTTP under /api/v1/problems, its read models, its
 * integration events, and the consumer of incident events (behind the inbox) that feeds trend detection.
 */
@Module({
  // The candidates controller comes first so that /problems/candidates is not read as a problem id.
  controllers: [CandidatesController, ProblemsController, ProblemLifecycleController, ProblemWorkController, ProblemSettingsController],
  providers,
})
export class ProblemsModule implements OnModuleInit {
  constructor(
    private readonly contributions: ServiceContributions,
    @Inject(IncidentActivityFeed) private readonly activity: IncidentActivityFeed,
    @Inject(TrendFeed) private readonly trends: TrendFeed,
    @Inject(KnownErrorArticleLinks) private readonly knownErrorArticles: KnownErrorArticleLinks,
  ) {}

  onModuleInit(): void {
    this.contributions.addProjection(problemListProjection);
    this.contributions.addProjection(knownIncidentsProjection);
    this.contributions.addProjection(problemCandidatesProjection);
    this.contributions.addMapper(problemIntegrationMapper);
    this.contributions.addConsumer(this.knownErrorArticles);
    for (let member = 0; member < CONSUMER_MEMBERS; member += 1) {
      this.contributions.addConsumer(this.activity);
      this.contributions.addConsumer(this.trends);
    }
  }
}
