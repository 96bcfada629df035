import { Module, type OnModuleInit, type Provider } from '@nestjs/common';
import type { Clock, EventStore, IdGenerator } from '@deskstream/kernel';
import { CLOCK, DOCUMENT_STORE, EVENT_STORE, ID_GENERATOR, SCHEDULER, ServiceContributions } from '@deskstream/platform';
import type { DocumentStore } from '@deskstream/readmodels';
import type { Scheduler } from '@deskstream/scheduling';
import { reportingIntegrationMapper } from './application/reporting-integration.mapper';
import { SAVED_QUERY_TIMER, SavedQueries } from './application/saved-queries';
import { savedQueriesProjection } from './application/saved-queries.projection';
import { ReportingQueries } from './application/reporting-queries';
import { ReportingSettingsRepository } from './application/reporting-settings.repository';
import { TicketActivityFeed } from './application/ticket-activity-feed';
import { ticketFactsProjection } from './application/ticket-facts.projection';
import { ReportQueryController } from './http/query.controller';
import { SavedQueriesController } from './http/saved-queries.controller';
import { ReportingSettingsController } from './http/settings.controller';
import { TicketFactsController } from './http/tickets.controller';

const CONSUMER_MEMBERS = 4;

const reportingProviders: Provider[] = [
  {
    provide: ReportingSettingsRepository,
    useFactory: (store: EventStore, ids: IdGenerator) => new ReportingSettingsRepository(store, ids),
    inject: [EVENT_STORE, ID_GENERATOR],
  },
  {
    provide: ReportingQueries,
    useFactory: (documents: DocumentStore, settings: ReportingSettingsRepository) => new ReportingQueries(documents, settings),
    inject: [DOCUMENT_STORE, ReportingSettingsRepository],
  },
  {
    provide: SavedQueries,
    useFactory: (store: EventStore, documents: DocumentStore, queries: ReportingQueries, scheduler: Scheduler, clock: Clock, ids: IdGenerator) =>
      new SavedQueries(store, documents, queries, scheduler, clock, ids),
    inject: [EVENT_STORE, DOCUMENT_STORE, ReportingQueries, SCHEDULER, CLOCK, ID_GENERATOR],
  },
  {
    provide: TicketActivityFeed,
    useFactory: (store: EventStore, clock: Clock, ids: IdGenerator) => new TicketActivityFeed(store, clock, ids),
    inject: [EVENT_STORE, CLOCK, ID_GENERATOR],
  },
];

/**
 * The reporting service on the platform's ports: ticket facts, the analyst query and saved queries
 * (scheduled ones publish their CSV for the notification path) under /api/v1/reporting. It learns about tickets only from the integration events of incidents, service
 * requests, SLA and problems, recorded behind its inbox in streams of its own and projected from there.
 */
@Module({ controllers: [TicketFactsController, ReportQueryController, ReportingSettingsController, SavedQueriesController], providers: reportingProviders })
export class ReportingModule implements OnModuleInit {
  constructor(
    private readonly contributions: ServiceContributions,
    private readonly feed: TicketActivityFeed,
    private readonly savedQueries: SavedQueries,
  ) {}

  onModuleInit(): void {
    this.contributions.addProjection(ticketFactsProjection);
    this.contributions.addProjection(savedQueriesProjection);
    this.contributions.addMapper(reportingIntegrationMapper);
    this.contributions.onTimer(SAVED_QUERY_TIMER, (timer) => this.savedQueries.runDue(timer));
    // Members of one consumer group share the topics' partitions: reporting keeps pace with every publisher.
    for (let member = 0; member < CONSUMER_MEMBERS; member += 1) this.contributions.addConsumer(this.feed);
  }
}
