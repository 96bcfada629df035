import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type PlatformConfig, type ServiceAppOptions } from '@deskstream/platform';
import { ProblemsModule } from './problems.module';

/** The problems service alone on the platform: what its container runs, and what its HTTP tests boot. */
@Module({})
export class ProblemsAppModule {
  static forRoot(config: PlatformConfig, options: ServiceAppOptions = {}): DynamicModule {
    return { module: ProblemsAppModule, imports: [PlatformModule.forRoot(config, { ...options, service: 'problems' }), ProblemsModule] };
  }
}
