import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type PlatformConfig, type ServiceAppOptions } from '@deskstream/platform';
import { NotificationsModule } from './notifications.module';

/** The notification service alone on the platform: what its container runs, and what its HTTP tests boot. */
@Module({})
export class NotificationsAppModule {
  static forRoot(config: PlatformConfig, options: ServiceAppOptions = {}): DynamicModule {
    return { module: NotificationsAppModule, imports: [PlatformModule.forRoot(config, { ...options, service: 'notifications' }), NotificationsModule] };
  }
}
