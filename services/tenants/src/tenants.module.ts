import { Module, type OnModuleInit, type Provider } from '@nestjs/common';
import type { Clock, EventStore, IdGenerator } from '@deskstream/kernel';
import { CLOCK, DOCUMENT_STORE, EVENT_STORE, ID_GENERATOR, PlatformRuntime, ServiceContributions } from '@deskstream/platform';
import type { DocumentStore } from '@deskstream/readmodels';
import { TenantAdministration } from './application/tenant-administration';
import { TenantArchives } from './application/tenant-archives';
import { tenantIntegrationMapper } from './application/tenant-integration.mapper';
import { tenantsProjection } from './application/tenants.projection';
import { TenantsController } from './http/tenants.controller';

const tenantProviders: Provider[] = [
  {
    provide: TenantAdministration,
    useFactory: (store: EventStore, documents: DocumentStore, clock: Clock, ids: IdGenerator) => new TenantAdministration(store, documents, clock, ids),
    inject: [EVENT_STORE, DOCUMENT_STORE, CLOCK, ID_GENERATOR],
  },
  {
    provide: TenantArchives,
    // The file sources fill in as the other modules initialise; the list is read at each export.
    useFactory: (store: EventStore, clock: Clock, ids: IdGenerator, contributions: ServiceContributions, runtime: PlatformRuntime) =>
      new TenantArchives(store, clock, ids, contributions.tenantFiles, (work) => runtime.withPublishingPaused(work)),
    inject: [EVENT_STORE, CLOCK, ID_GENERATOR, ServiceContributions, PlatformRuntime],
  },
];

/**
 * The tenants service on the platform's ports: platform administration of the business units under
 * /api/v1/platform/tenants, one stream per tenant (a record of the platform tenant), published on the
 * tenants topic, from which every service sets up its part of a new desk and every process learns
 * which tenants it serves.
 */
@Module({ controllers: [TenantsController], providers: tenantProviders })
export class TenantsModule implements OnModuleInit {
  constructor(private readonly contributions: ServiceContributions) {}

  onModuleInit(): void {
    this.contributions.addProjection(tenantsProjection);
    this.contributions.addMapper(tenantIntegrationMapper);
  }
}
