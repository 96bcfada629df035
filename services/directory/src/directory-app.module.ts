import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type PlatformConfig, type PlatformOptions } from '@deskstream/platform';
import { DirectoryModule } from './directory.module';

/** The directory service alone on the platform: what its container runs, and what its HTTP tests boot. */
@Module({})
export class DirectoryAppModule {
  static forRoot(config: PlatformConfig, options: PlatformOptions = {}): DynamicModule {
    return { module: DirectoryAppModule, imports: [PlatformModule.forRoot(config, options), DirectoryModule] };
  }
}
