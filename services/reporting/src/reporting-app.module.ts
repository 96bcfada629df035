import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type PlatformConfig, type ServiceAppOptions } from '@deskstream/platform';
import { ReportingModule } from './reporting.module';

/** The reporting service alone on the platform: what its container runs, and what its HTTP tests boot. */
@Module({})
export class ReportingAppModule {
  static forRoot(config: PlatformConfig, options: ServiceAppOptions = {}): DynamicModule {
    return { module: ReportingAppModule, imports: [PlatformModule.forRoot(config, { ...options, service: 'reporting' }), ReportingModule] };
  }
}
