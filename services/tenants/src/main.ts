import { createApp, loadConfig, startTelemetry } from '@deskstream/platform';
import { TenantsAppModule } from './tenants-app.module';

/** Production entrypoint of the tenants service alone (one container per service); SIGTERM drains and flushes. */
async function main(): Promise<void> {
  const config = loadConfig();
  const stopTelemetry = startTelemetry(config);
  const app = await createApp(TenantsAppModule.forRoot(config, { onShutdown: stopTelemetry }), config);
  await app.listen({ port: config.port, host: config.host });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
