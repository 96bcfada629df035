import { createApp, loadConfig, startTelemetry } from '@deskstream/platform';
import { NotificationsAppModule } from './notifications-app.module';

/** Production entrypoint of the notification service alone (one container per service); SIGTERM drains and flushes. */
async function main(): Promise<void> {
  const config = loadConfig();
  const stopTelemetry = startTelemetry(config);
  const app = await createApp(NotificationsAppModule.forRoot(config, { onShutdown: stopTelemetry }), config);
  await app.listen({ port: config.port, host: config.host });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
