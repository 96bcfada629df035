import { Module, type OnModuleInit, type Provider } from '@nestjs/common';
import type { Clock, EventStore, IdGenerator } from '@deskstream/kernel';
import {
  AUTH_CONFIG,
  CLOCK,
  DOCUMENT_STORE,
  EVENT_STORE,
  ID_GENERATOR,
  PERSONAL_KEYS,
  PlatformRuntime,
  SCHEDULER,
  ServiceContributions,
  TENANT_PURGE,
  type AuthConfig,
  type PersonalKeys,
  type TenantPurge,
} from '@deskstream/platform';
import type { DocumentStore } from '@deskstream/readmodels';
import type { Scheduler } from '@deskstream/scheduling';
import { TenantAdministration } from './application/tenant-administration';
import { TenantArchives } from './application/tenant-archives';
import { DELETION_TIMER, deletionGraceDays, TenantDeletion } from './application/tenant-deletion';
import { tenantIntegrationMapper } from './application/tenant-integration.mapper';
import { tenantsProjection } from './application/tenants.projection';
import { TenantsController } from './http/tenants.controller';

const tenantProviders: Provider[] = [
  {
    provide: TenantAdministration,
    useFactory: (store: EventStore, documents: DocumentStore, clock: Clock, ids: IdGenerator, auth: AuthConfig) =>
      new TenantAdministration(store, documents, clock, ids, auth.issuer),
    inject: [EVENT_STORE, DOCUMENT_STORE, CLOCK, ID_GENERATOR, AUTH_CONFIG],
  },
  {
    provide: TenantArchives,
    // The file sources fill in as the other modules initialise; the list is read at each export.
    useFactory: (store: EventStore, clock: Clock, ids: IdGenerator, contributions: ServiceContributions, runtime: PlatformRuntime) =>
      new TenantArchives(store, clock, ids, contributions.tenantFiles, (work) => runtime.withPublishingPaused(work)),
    inject: [EVENT_STORE, CLOCK, ID_GENERATOR, ServiceContributions, PlatformRuntime],
  },
  {
    provide: TenantDeletion,
    // The file sources fill in as the other modules initialise; the list is read at each purge.
    useFactory: (
      store: EventStore,
      clock: Clock,
      ids: IdGenerator,
      scheduler: Scheduler,
      keys: PersonalKeys,
      purge: TenantPurge,
      contributions: ServiceContributions,
    ) => new TenantDeletion(store, clock, ids, scheduler, keys, deletionGraceDays(), { data: purge, files: contributions.tenantFiles }),
    inject: [EVENT_STORE, CLOCK, ID_GENERATOR, SCHEDULER, PERSONAL_KEYS, TENANT_PURGE, ServiceContributions],
  },
];

/**
 * The tenants service on the platform's ports: platform administration of the business units under
 * /api/v1/platform/tenants, one stream per tenant (a record of the platform tenant), published on the
 * tenants topic, from which every service sets up its part of a new desk and every process learns
 * which tenants it serves; a tenant is deleted only after an export and a grace period (a timer).
 */
@Module({ controllers: [TenantsController], providers: tenantProviders })
export class TenantsModule implements OnModuleInit {
  constructor(
    private readonly contributions: ServiceContributions,
    private readonly deletion: TenantDeletion,
  ) {}

  onModuleInit(): void {
    this.contributions.addProjection(tenantsProjection);
    this.contributions.addMapper(tenantIntegrationMapper);
    this.contributions.onTimer(DELETION_TIMER, (timer) => this.deletion.deleteWhenDue(timer));
  }
}
