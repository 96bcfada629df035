import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type PlatformConfig, type PlatformOptions } from '@deskstream/platform';
import { IncidentsModule } from './incidents.module';

/** The incidents service alone on the platform: what its container runs, and what its HTTP tests boot. */
@Module({})
export class IncidentsAppModule {
  static forRoot(config: PlatformConfig, options: PlatformOptions = {}): DynamicModule {
    return { module: IncidentsAppModule, imports: [PlatformModule.forRoot(config, options), IncidentsModule] };
  }
}
