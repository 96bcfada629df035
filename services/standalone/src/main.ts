import { chatBanner, EMAIL_CONFIG, emailBanner, SmtpListener, type EmailConfig } from '@deskstream/intake';
import { createApp, DemoCredentials, loadConfig, startTelemetry } from '@deskstream/platform';
import { StandaloneModule } from './standalone.module';
import { printBanner, type DemoPasswordOrigin } from './startup-banner';
import { serveWebApp } from './web-app';
import { isFirstWorker, reportReady, runWorkers, workerCount } from './worker-processes';

/**
 * `npm start`: the whole platform in one process, data under DESKSTREAM_DATA_DIR. SIGTERM / SIGINT
 * stop accepting connections, drain in-flight requests, stop the subscribers (checkpoints flushed),
 * close the database, flush traces and exit 0: the shutdown hooks that createApp enables.
 * DESKSTREAM_WORKERS=2 serves it from two processes on the same data dir (see worker-processes.ts).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const stopTelemetry = startTelemetry(config);
  const app = await createApp(StandaloneModule.forRoot(config, { onShutdown: stopTelemetry }), config);
  const web = await serveWebApp(app);
  if (!web && isFirstWorker()) console.warn('The web app is not built (services/web/dist): run `sh scripts/build-web.sh`; the API runs without it.');
  await app.listen({ port: config.port, host: config.host });
  const address = app.getHttpServer().address();
  const port = address && typeof address === 'object' ? address.port : config.port;
  reportReady();
  if (!isFirstWorker()) return;
  printBanner(
    config,
    address,
    [
      web ? `  Web app   http://localhost:${port}/login  (portal, agent workspace, analytics)` : '  Web app   not built: sh scripts/build-web.sh',
      emailBanner(app.get<EmailConfig>(EMAIL_CONFIG), app.get(SmtpListener).port()),
      chatBanner(`http://localhost:${port}`),
    ],
    config.mode === 'embedded' ? demoPasswordOrigin(app.get(DemoCredentials), config.demoPassword) : 'kept',
  );
}

function demoPasswordOrigin(credentials: DemoCredentials, chosen: string | undefined): DemoPasswordOrigin {
  if (credentials.generatedPassword) return { generated: credentials.generatedPassword };
  return chosen ? 'chosen' : 'kept';
}

try {
  runWorkers(workerCount(), main);
} catch (error: unknown) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
