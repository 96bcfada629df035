import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type PlatformConfig, type ServiceAppOptions } from '@deskstream/platform';
import { KnowledgeModule } from './knowledge.module';

/** The knowledge service alone on the platform: what its container runs, and what its HTTP tests boot. */
@Module({})
export class KnowledgeAppModule {
  static forRoot(config: PlatformConfig, options: ServiceAppOptions = {}): DynamicModule {
    return { module: KnowledgeAppModule, imports: [PlatformModule.forRoot(config, { ...options, service: 'knowledge' }), KnowledgeModule] };
  }
}
