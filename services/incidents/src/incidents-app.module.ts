import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type PlatformConfig, type ServiceAppOptions } from '@deskstream/platform';
import { IncidentsModule } from './incidents.module';

/** The incidents service alone on the platform: what its container runs, and what its HTTP tests boot. */
@Module({})
export class IncidentsAppModule {
  static forRoot(config: PlatformConfig, options: ServiceAppOptions = {}): DynamicModule {
    return { module: IncidentsAppModule, imports: [PlatformModule.forRoot(config, { ...options, service: 'incidents' }), IncidentsModule] };
  }
}
