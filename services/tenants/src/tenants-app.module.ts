import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type PlatformConfig, type ServiceAppOptions } from '@deskstream/platform';
import { TenantsModule } from './tenants.module';

/** The tenants service alone on the platform: what its container runs, and what its HTTP tests boot. */
@Module({})
export class TenantsAppModule {
  static forRoot(config: PlatformConfig, options: ServiceAppOptions = {}): DynamicModule {
    return { module: TenantsAppModule, imports: [PlatformModule.forRoot(config, { ...options, service: 'tenants' }), TenantsModule] };
  }
}
