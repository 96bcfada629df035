import multipart from '@fastify/multipart';
import { Inject, Module, Optional, type BeforeApplicationShutdown, type OnApplicationBootstrap, type OnModuleInit, type Provider } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Clock, EventStore, IdGenerator } from '@deskstream/kernel';
import { CLOCK, CommandMetrics, DirectoryReplica, DOCUMENT_STORE, EVENT_STORE, ID_GENERATOR, SCHEDULER, ServiceContributions } from '@deskstream/platform';
import type { DocumentStore } from '@deskstream/readmodels';
import type { Scheduler } from '@deskstream/scheduling';
import { AUTO_CLOSE_TIMER, AutoCloseScheduling, autoCloseHandler } from './application/incident-auto-close';
import { INCIDENT_PROJECTIONS } from './application/incident-projections';
import { incidentIntegrationMapper } from './application/incident-integration.mapper';
import { incidentSettingsMapper } from './application/incident-settings.mapper';
import { INCIDENT_DIRECTORY } from './application/incident-directory';
import { IncidentQueries } from './application/incident-queries';
import { IncidentQueueFeed } from './application/incident-queue-feed';
import { incidentDeskFigures } from './application/desk-figures';
import { IncidentReferences } from './application/incident-references';
import { IncidentSettingsRepository } from './application/incident-settings.repository';
import { TenantIncidentSettings } from './application/tenant-incident-settings';
import { ServiceCatalogRepository } from './application/service-catalog.repository';
import { SlaClockObserver } from './application/sla-clock-observer';
import { ProblemLinks } from './application/problem-links';
import { IncidentUseCases } from './application/incident-use-cases';
import { IncidentResolutionController } from './http/incident-resolution.controller';
import { AnnouncementsController } from './http/announcements.controller';
import { IncidentSettingsController } from './http/incident-settings.controller';
import { IncidentWorkController } from './http/incident-work.controller';
import { IncidentsController } from './http/incidents.controller';
import { IncidentQueueFeedController } from './http/incident-queue-feed.controller';
import { MajorIncidentController } from './http/major-incident.controller';
import { IntakeHandoff } from './application/intake-handoff';
import { MajorIncidentAnnouncements } from './application/major-incident-announcements';
import { IncidentImporter } from './application/import/incident-importer';
import { ImportJobs } from './application/import/import-jobs';
import { ImportJobsController, MAX_IMPORT_BYTES } from './http/import-jobs.controller';
import { registerServiceRequestContributions, serviceRequestControllers, serviceRequestProviders } from './service-requests.providers';

/** The application classes are framework-free; here they are built on whatever ports the platform bound. */
const incidentProviders: Provider[] = [
  {
    provide: IncidentReferences,
    useFactory: (store: EventStore, ids: IdGenerator) => new IncidentReferences(store, ids),
    inject: [EVENT_STORE, ID_GENERATOR],
  },
  {
    provide: IncidentSettingsRepository,
    useFactory: (store: EventStore, ids: IdGenerator) => new IncidentSettingsRepository(store, ids),
    inject: [EVENT_STORE, ID_GENERATOR],
  },
  {
    provide: DirectoryReplica,
    useFactory: (documents: DocumentStore) => new DirectoryReplica(documents, INCIDENT_DIRECTORY.consumer, INCIDENT_DIRECTORY.collection),
    inject: [DOCUMENT_STORE],
  },
  {
    provide: IncidentQueries,
    useFactory: (store: EventStore, documents: DocumentStore, references: IncidentReferences, clock: Clock, directory: DirectoryReplica) =>
      new IncidentQueries(store, documents, references, clock, directory),
    inject: [EVENT_STORE, DOCUMENT_STORE, IncidentReferences, CLOCK, DirectoryReplica],
  },
  {
    provide: IncidentQueueFeed,
    useFactory: (store: EventStore) => new IncidentQueueFeed(store),
    inject: [EVENT_STORE],
  },
  {
    provide: MajorIncidentAnnouncements,
    useFactory: (documents: DocumentStore) => new MajorIncidentAnnouncements(documents),
    inject: [DOCUMENT_STORE],
  },
  {
    provide: IncidentUseCases,
    useFactory: (
      store: EventStore,
      clock: Clock,
      ids: IdGenerator,
      settings: IncidentSettingsRepository,
      references: IncidentReferences,
      queries: IncidentQueries,
      meter: CommandMetrics,
      directory: DirectoryReplica,
    ) => new IncidentUseCases({ store, clock, ids, settings, references, queries, meter, directory }),
    inject: [EVENT_STORE, CLOCK, ID_GENERATOR, IncidentSettingsRepository, IncidentReferences, IncidentQueries, CommandMetrics, DirectoryReplica],
  },
  {
    provide: IntakeHandoff,
    useFactory: (
      store: EventStore,
      clock: Clock,
      ids: IdGenerator,
      settings: IncidentSettingsRepository,
      catalog: ServiceCatalogRepository,
      directory: DirectoryReplica,
    ) => new IntakeHandoff(store, clock, ids, settings, catalog, directory),
    inject: [EVENT_STORE, CLOCK, ID_GENERATOR, IncidentSettingsRepository, ServiceCatalogRepository, DirectoryReplica],
  },
  {
    provide: SlaClockObserver,
    useFactory: (store: EventStore, clock: Clock, ids: IdGenerator) => new SlaClockObserver(store, clock, ids),
    inject: [EVENT_STORE, CLOCK, ID_GENERATOR],
  },
  {
    provide: ProblemLinks,
    useFactory: (store: EventStore, clock: Clock, ids: IdGenerator) => new ProblemLinks(store, clock, ids),
    inject: [EVENT_STORE, CLOCK, ID_GENERATOR],
  },
  {
    provide: IncidentImporter,
    useFactory: (store: EventStore, ids: IdGenerator, settings: IncidentSettingsRepository, references: IncidentReferences, clock: Clock) =>
      new IncidentImporter(store, ids, settings, references, () => clock.now()),
    inject: [EVENT_STORE, ID_GENERATOR, IncidentSettingsRepository, IncidentReferences, CLOCK],
  },
  {
    provide: ImportJobs,
    useFactory: (documents: DocumentStore, importer: IncidentImporter, ids: IdGenerator, clock: Clock) => new ImportJobs(documents, importer, ids, clock),
    inject: [DOCUMENT_STORE, IncidentImporter, ID_GENERATOR, CLOCK],
  },
];

/**
 * The incidents service (incidents and service requests) on the platform's ports: HTTP under
 * /api/v1/incidents and /api/v1/requests, read models, integration events and the auto-close timer.
 */
@Module({
  controllers: [
    IncidentsController,
    IncidentQueueFeedController,
    IncidentWorkController,
    IncidentResolutionController,
    MajorIncidentController,
    IncidentSettingsController,
    AnnouncementsController,
    ImportJobsController,
    ...serviceRequestControllers,
  ],
  providers: [...incidentProviders, ...serviceRequestProviders],
})
export class IncidentsModule implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly contributions: ServiceContributions,
    private readonly useCases: IncidentUseCases,
    @Inject(SCHEDULER) private readonly scheduler: Scheduler,
    private readonly handoff: IntakeHandoff,
    private readonly directory: DirectoryReplica,
    private readonly importJobs: ImportJobs,
    private readonly slaClocks: SlaClockObserver,
    private readonly queueFeed: IncidentQueueFeed,
    private readonly settings: IncidentSettingsRepository,
    private readonly problemLinks: ProblemLinks,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
    @Optional() private readonly http?: HttpAdapterHost,
  ) {}

  /** Imports started over HTTP finish (and write their report) before the store closes; open queue streams end. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([this.importJobs.settled(), this.queueFeed.close()]);
  }

  onModuleInit(): void {
    // Uploads of exports (POST /import/jobs); there is no HTTP server when the module runs for the command line.
    const server = this.http?.httpAdapter?.getInstance?.();
    if (server) void server.register(multipart, { limits: { fileSize: MAX_IMPORT_BYTES } });
    for (const projection of INCIDENT_PROJECTIONS) this.contributions.addProjection(projection);
    this.contributions.addDeskFigures(incidentDeskFigures(this.documents));
    this.contributions.addMapper(incidentIntegrationMapper);
    this.contributions.addMapper(incidentSettingsMapper);
    this.contributions.addConsumer(new AutoCloseScheduling(this.scheduler));
    this.contributions.onTimer(AUTO_CLOSE_TIMER, autoCloseHandler(this.useCases));
    registerServiceRequestContributions(this.contributions);
    this.contributions.addConsumer(this.handoff);
    this.contributions.addConsumer(this.directory);
    this.contributions.addConsumer(this.slaClocks);
    this.contributions.addConsumer(new TenantIncidentSettings(this.settings));
    this.contributions.addConsumer(this.problemLinks);
  }

  onApplicationBootstrap(): Promise<void> {
    return this.directory.ensureIndexes();
  }
}
