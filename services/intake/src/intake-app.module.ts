import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type PlatformConfig, type ServiceAppOptions } from '@deskstream/platform';
import { ChatModule } from './chat/chat.module';
import { EmailModule } from './email/email.module';
import { IntakeModule } from './intake.module';

/** The intake service alone on the platform, with every channel (portal, phone, alerts, mail, chat): what its container runs. */
@Module({})
export class IntakeAppModule {
  static forRoot(config: PlatformConfig, options: ServiceAppOptions = {}): DynamicModule {
    return {
      module: IntakeAppModule,
      imports: [PlatformModule.forRoot(config, { ...options, service: 'intake' }), IntakeModule, EmailModule.forRoot(config), ChatModule],
    };
  }
}
