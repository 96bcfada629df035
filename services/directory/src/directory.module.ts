import { Inject, Logger, Module, type OnApplicationBootstrap, type OnModuleInit, type Provider } from '@nestjs/common';
import type { Clock, EventStore, IdGenerator } from '@deskstream/kernel';
import {
  API_KEYS,
  type ApiKeyRegistry,
  CLOCK,
  DEMO_TENANTS,
  DOCUMENT_STORE,
  EVENT_STORE,
  ID_GENERATOR,
  PERSONAL_KEYS,
  PLATFORM_CONFIG,
  ServiceContributions,
  type PersonalKeys,
  type PlatformConfig,
} from '@deskstream/platform';
import type { DocumentStore } from '@deskstream/readmodels';
import { demoDirectory } from './application/demo-directory';
import { DirectoryEntries } from './application/directory-entries';
import { directoryEntriesProjection } from './application/directory-entries.projection';
import { apiKeyIntegrationMapper } from './application/api-key-integration.mapper';
import { directoryIntegrationMapper } from './application/directory-integration.mapper';
import { FirstSignInDirectory } from './application/first-sign-in-directory';
import { PersonErasure } from './application/person-erasure';
import { ServiceAccounts } from './application/service-accounts';
import { ImportedDirectory } from './application/imported-directory';
import { serviceAccountsProjection } from './application/service-accounts.projection';
import { seedEntries, TenantDirectory } from './application/tenant-directory';
import { DIRECTORY_CONTROLLERS } from './http/directory-entries.controller';
import { GroupMembersController } from './http/group-members.controller';
import { PersonErasureController } from './http/person-erasure.controller';
import { ServiceAccountsController } from './http/service-accounts.controller';

const directoryProviders: Provider[] = [
  {
    provide: DirectoryEntries,
    useFactory: (store: EventStore, documents: DocumentStore, clock: Clock, ids: IdGenerator) => new DirectoryEntries(store, documents, clock, ids),
    inject: [EVENT_STORE, DOCUMENT_STORE, CLOCK, ID_GENERATOR],
  },
  {
    provide: PersonErasure,
    useFactory: (entries: DirectoryEntries, keys: PersonalKeys) => new PersonErasure(entries, keys),
    inject: [DirectoryEntries, PERSONAL_KEYS],
  },
  {
    provide: ServiceAccounts,
    useFactory: (store: EventStore, clock: Clock, ids: IdGenerator, keys: ApiKeyRegistry, documents: DocumentStore) =>
      new ServiceAccounts(store, clock, ids, keys, documents),
    inject: [EVENT_STORE, CLOCK, ID_GENERATOR, API_KEYS, DOCUMENT_STORE],
  },
];

/**
 * The directory service on the platform's ports: each tenant's users, groups, services, configuration
 * items and locations under /api/v1/directory, kept as one stream per entry and published whole on the
 * directory topic, from which other services keep the copy they validate names against. A user's name
 * and addresses are sealed with their own key, and erasing the user deletes it.
 */
@Module({ controllers: [...DIRECTORY_CONTROLLERS, GroupMembersController, PersonErasureController, ServiceAccountsController], providers: directoryProviders })
export class DirectoryModule implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Directory');

  constructor(
    private readonly contributions: ServiceContributions,
    private readonly entries: DirectoryEntries,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
  ) {}

  onModuleInit(): void {
    this.contributions.addProjection(directoryEntriesProjection);
    this.contributions.addProjection(serviceAccountsProjection);
    this.contributions.addMapper(directoryIntegrationMapper);
    this.contributions.addMapper(apiKeyIntegrationMapper);
    this.contributions.addConsumer(new TenantDirectory(this.entries));
    this.contributions.addConsumer(new ImportedDirectory(this.entries));
    this.contributions.addConsumer(new FirstSignInDirectory(this.entries));
  }

  /** The demo tenants' people and groups exist in the embedded mode, as their sign-ins do; an entry already there is left as it is. */
  async onApplicationBootstrap(): Promise<void> {
    if (this.config.mode !== 'embedded') return;
    for (const tenant of DEMO_TENANTS) {
      await seedEntries(this.entries, { tenantId: tenant.id, actor: 'system:seed', correlationId: `seed-${tenant.id}-directory` }, demoDirectory(tenant.id));
    }
    this.logger.log(`demo directory ready for ${DEMO_TENANTS.map((t) => t.id).join(', ')}`);
  }
}
