import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { DirectoryModule } from '@deskstream/directory';
import { TenantsModule } from '@deskstream/tenants';
import { IncidentsModule } from '@deskstream/incidents';
import { ChatModule, EmailModule, IntakeModule } from '@deskstream/intake';
import { KnowledgeModule } from '@deskstream/knowledge';
import { NotificationsModule } from '@deskstream/notifications';
import { PlatformModule, type PlatformConfig, type ServiceAppOptions } from '@deskstream/platform';
import { ProblemsModule } from '@deskstream/problems';
import { ReportingModule } from '@deskstream/reporting';
import { SlaModule } from '@deskstream/sla';

/**
 * Every service module this process runs. In the embedded default that is all of them, on the same
 * ports (one SQLite file); each module registers its projections, mappers, consumers and timers with
 * the platform in `onModuleInit`.
 */
export function serviceModules(config: PlatformConfig): ReadonlyArray<Type | DynamicModule> {
  return [
    TenantsModule,
    DirectoryModule,
    IncidentsModule,
    IntakeModule,
    EmailModule.forRoot(config),
    ChatModule,
    ProblemsModule,
    SlaModule,
    KnowledgeModule,
    ReportingModule,
    NotificationsModule,
  ];
}

/** The embedded default: the platform plus every service, in one process. */
@Module({})
export class StandaloneModule {
  static forRoot(config: PlatformConfig, options: ServiceAppOptions = {}): DynamicModule {
    return {
      module: StandaloneModule,
      imports: [PlatformModule.forRoot(config, { ...options, service: 'standalone' }), ...serviceModules(config)],
    };
  }
}
