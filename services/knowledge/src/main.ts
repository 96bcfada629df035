import { createApp, loadConfig, startTelemetry } from '@deskstream/platform';
import { KnowledgeAppModule } from './knowledge-app.module';

/**
 * Production entrypoint of the knowledge service alone (one container per service). SIGTERM drains
 * requests, stops the subscribers with their checkpoints flushed and flushes traces (createApp's hooks).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const stopTelemetry = startTelemetry(config);
  const app = await createApp(KnowledgeAppModule.forRoot(config, { onShutdown: stopTelemetry }), config);
  await app.listen({ port: config.port, host: config.host });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
