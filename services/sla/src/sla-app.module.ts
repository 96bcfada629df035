import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type PlatformConfig, type PlatformOptions } from '@deskstream/platform';
import { SlaModule } from './sla.module';

/** The SLA service alone on the platform: what its container runs, and what its HTTP tests boot. */
@Module({})
export class SlaAppModule {
  static forRoot(config: PlatformConfig, options: PlatformOptions = {}): DynamicModule {
    return { module: SlaAppModule, imports: [PlatformModule.forRoot(config, options), SlaModule] };
  }
}
