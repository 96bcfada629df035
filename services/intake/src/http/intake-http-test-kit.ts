import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { PlatformModule, type PlatformConfig } from '@deskstream/platform';
import { startHttpTestApp } from '@deskstream/platform/testing';
import { readUntil } from '@deskstream/testing';
import type { IntakeConfig } from '../application/intake-config';
import { IntakeModule } from '../intake.module';

@Module({})
class IntakeTestModule {
  static forRoot(config: PlatformConfig, intake: IntakeConfig, ticketing: readonly Type[]): DynamicModule {
    return { module: IntakeTestModule, imports: [PlatformModule.forRoot(config, { service: 'intake' }), IntakeModule.forRoot(intake), ...ticketing] };
  }
}

const ROOMY: IntakeConfig = { rateLimit: { ratePerSecond: 1000, burst: 1000 } };

/**
 * Intake over real HTTP on a throwaway data dir. `ticketing` adds the modules that turn intake's events
 * into tickets (the incidents service, in the standalone end-to-end suites); alone, intake records and publishes.
 */
export async function startIntakeApp(intake: IntakeConfig = ROOMY, ticketing: readonly Type[] = []) {
  const http = await startHttpTestApp({ name: 'intake', module: (config) => IntakeTestModule.forRoot(config, intake, ticketing) });
  return {
    ...http,
    /** Tickets follow the hand-off as well as the log, hence the longer default wait. */
    eventually: <T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 8000) => readUntil(read, check, timeoutMs),
  };
}
