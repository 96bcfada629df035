import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type PlatformConfig, type ServiceAppOptions } from '@deskstream/platform';
import { DirectoryModule } from './directory.module';

/** The directory service alone on the platform: what its container runs, and what its HTTP tests boot. */
@Module({})
export class DirectoryAppModule {
  static forRoot(config: PlatformConfig, options: ServiceAppOptions = {}): DynamicModule {
    return { module: DirectoryAppModule, imports: [PlatformModule.forRoot(config, { ...options, service: 'directory' }), DirectoryModule] };
  }
}
