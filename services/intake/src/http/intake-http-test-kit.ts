import { Module, type DynamicModule } from '@nestjs/common';
import { PlatformModule, type PlatformConfig } from '@deskstream/platform';
import { IncidentsModule } from '@deskstream/incidents';
import { readUntil, startHttpTestApp } from '@deskstream/testing';
import type { IntakeConfig } from '../application/intake-config';
import { IntakeModule } from '../intake.module';

/** Intake and incidents on one embedded platform, with the hand-off wired, as the standalone process runs them. */
@Module({})
class IntakeTestModule {
  static forRoot(config: PlatformConfig, intake: IntakeConfig): DynamicModule {
    return { module: IntakeTestModule, imports: [PlatformModule.forRoot(config), IntakeModule.forRoot(intake), IncidentsModule] };
  }
}

const ROOMY: IntakeConfig = { rateLimit: { ratePerSecond: 1000, burst: 1000 } };

/** Over real HTTP, on a throwaway data dir. */
export async function startIntakeApp(intake: IntakeConfig = ROOMY) {
  const http = await startHttpTestApp({ name: 'intake', module: (config) => IntakeTestModule.forRoot(config, intake) });
  return {
    ...http,
    /** Tickets follow the hand-off as well as the log, hence the longer default wait. */
    eventually: <T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 8000) => readUntil(read, check, timeoutMs),
  };
}
