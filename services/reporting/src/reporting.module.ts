import { Module, type OnModuleInit, type Provider } from '@nestjs/common';
import type { Clock, EventStore, IdGenerator } from '@deskstream/kernel';
import { CLOCK, DOCUMENT_STORE, EVENT_STORE, ID_GENERATOR, ServiceContributions } from '@deskstream/platform';
import type { DocumentStore } from '@deskstream/readmodels';
import { ReportingQueries } from './application/reporting-queries';
import { ReportingSettingsRepository } from './application/reporting-settings.repository';
import { TicketActivityFeed } from './application/ticket-activity-feed';
import { ticketFactsProjection } from './application/ticket-facts.projection';
import { ReportQueryController } from './http/query.controller';
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
    provide: TicketActivityFeed,
    useFactory: (store: EventStore, clock: Clock, ids: IdGenerator) => new TicketActivityFeed(store, clock, ids),
    inject: [EVENT_STORE, CLOCK, ID_GENERATOR],
  },
];

/**
 * The reporting service on the platform's ports: ticket facts and the analyst query under
 * /api/v1/reporting. It learns about tickets only from the integration events of incidents, service
 * requests, SLA and problems, recorded behind its inbox in streams of its own and projected from there.
 */
@Module({ controllers: [TicketFactsController, ReportQueryController, ReportingSettingsController], providers: reportingProviders })
export class ReportingModule implements OnModuleInit {
  constructor(
    private readonly contributions: ServiceContributions,
    private readonly feed: TicketActivityFeed,
  ) {}

  onModuleInit(): void {
    this.contributions.addProjection(ticketFactsProjection);
    // Members of one consumer group share the topics' partitions: reporting keeps pace with every publisher.
    for (let member = 0; member < CONSUMER_MEMBERS; member += 1) this.contributions.addConsumer(this.feed);
  }
}
