import { chatBanner, EMAIL_CONFIG, emailBanner, SmtpListener, type EmailConfig } from '@deskstream/intake';
import { createApp, DemoCredentials, loadConfig, startTelemetry } from '@deskstream/platform';
import { StandaloneModule } from './standalone.module';
import { printBanner, type DemoPasswordOrigin } from './startup-banner';
import { serveWebApp } from './web-app';

/**
 * `npm start`: the whole platform in one process, data under DESKSTREAM_DATA_DIR. SIGTERM / SIGINT
 * stop accepting connections, drain in-flight requests, stop the subscribers (checkpoints flushed),
 * close the database, flush traces and exit 0: the shutdown hooks that createApp enables.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const stopTelemetry = startTelemetry(config);
  const app = await createApp(StandaloneModule.forRoot(config, { onShutdown: stopTelemetry }), config);
  const web = await serveWebApp(app);
  if (!web) console.warn('The web app is not built (services/web/dist): run `sh scripts/build-web.sh`; the API runs without it.');
  await app.listen({ port: config.port, host: config.host });
  const address = app.getHttpServer().address();
  const port = address && typeof address === 'object' ? address.port : config.port;
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

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
