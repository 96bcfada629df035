import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type PlatformConfig, type PlatformOptions } from '@deskstream/platform';
import { ReportingModule } from './reporting.module';

/** The reporting service alone on the platform: what its container runs, and what its HTTP tests boot. */
@Module({})
export class ReportingAppModule {
  static forRoot(config: PlatformConfig, options: PlatformOptions = {}): DynamicModule {
    return { module: ReportingAppModule, imports: [PlatformModule.forRoot(config, options), ReportingModule] };
  }
}
