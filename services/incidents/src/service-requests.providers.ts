import type { Provider, Type } from '@nestjs/common';
import type { Clock, EventStore, IdGenerator } from '@deskstream/kernel';
import { CLOCK, DirectoryReplica, DOCUMENT_STORE, EVENT_STORE, ID_GENERATOR, type ServiceContributions } from '@deskstream/platform';
import type { DocumentStore } from '@deskstream/readmodels';
import { IncidentSettingsRepository } from './application/incident-settings.repository';
import { RequestReferences } from './application/request-references';
import { ServiceCatalogRepository } from './application/service-catalog.repository';
import { ServiceRequestCommands } from './application/service-request-commands';
import { serviceRequestDetailProjection } from './application/service-request-detail.projection';
import { serviceRequestIntegrationMapper } from './application/service-request-integration.mapper';
import { myServiceRequestsProjection } from './application/service-request-my-requests.projection';
import { ServiceRequestQueries } from './application/service-request-queries';
import { serviceRequestQueueProjection } from './application/service-request-queue.projection';
import { RequestActionsController } from './http/request-actions.controller';
import { RequestsController } from './http/requests.controller';
import { ServiceCatalogController } from './http/service-catalog.controller';

/** What IncidentsModule registers for service requests. The application classes stay framework-free. */
export const serviceRequestControllers: Type[] = [RequestsController, RequestActionsController, ServiceCatalogController];

export const serviceRequestProviders: Provider[] = [
  {
    provide: RequestReferences,
    useFactory: (store: EventStore, clock: Clock, ids: IdGenerator) => new RequestReferences(store, clock, ids),
    inject: [EVENT_STORE, CLOCK, ID_GENERATOR],
  },
  {
    provide: ServiceCatalogRepository,
    useFactory: (store: EventStore, ids: IdGenerator) => new ServiceCatalogRepository(store, ids),
    inject: [EVENT_STORE, ID_GENERATOR],
  },
  {
    provide: ServiceRequestCommands,
    useFactory: (
      store: EventStore,
      clock: Clock,
      ids: IdGenerator,
      references: RequestReferences,
      catalog: ServiceCatalogRepository,
      directory: DirectoryReplica | undefined,
    ) => new ServiceRequestCommands(store, clock, ids, references, catalog, directory, new IncidentSettingsRepository(store, ids)),
    // The incidents module provides its directory copy; requests composed without one take names as free text.
    inject: [EVENT_STORE, CLOCK, ID_GENERATOR, RequestReferences, ServiceCatalogRepository, { token: DirectoryReplica, optional: true }],
  },
  {
    provide: ServiceRequestQueries,
    useFactory: (store: EventStore, documents: DocumentStore, references: RequestReferences, clock: Clock, directory: DirectoryReplica | undefined) =>
      new ServiceRequestQueries(store, documents, references, clock, directory),
    inject: [EVENT_STORE, DOCUMENT_STORE, RequestReferences, CLOCK, { token: DirectoryReplica, optional: true }],
  },
];

/** Projections (their own collections, never the incident queue's) and the integration mapper. */
export function registerServiceRequestContributions(contributions: ServiceContributions): void {
  contributions.addProjection(serviceRequestDetailProjection);
  contributions.addProjection(serviceRequestQueueProjection);
  contributions.addProjection(myServiceRequestsProjection);
  contributions.addMapper(serviceRequestIntegrationMapper);
}
