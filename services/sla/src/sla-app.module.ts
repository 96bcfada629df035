import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type PlatformConfig, type ServiceAppOptions } from '@deskstream/platform';
import { SlaModule } from './sla.module';

/** The SLA service alone on the platform: what its container runs, and what its HTTP tests boot. */
@Module({})
export class SlaAppModule {
  static forRoot(config: PlatformConfig, options: ServiceAppOptions = {}): DynamicModule {
    return { module: SlaAppModule, imports: [PlatformModule.forRoot(config, { ...options, service: 'sla' }), SlaModule] };
  }
}
