import { chatBanner, EMAIL_CONFIG, emailBanner, SmtpListener, type EmailConfig } from '@deskstream/intake';
import cluster from 'node:cluster';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp, DemoCredentials, loadConfig, startTelemetry, type PlatformConfig, type ProcessRole } from '@deskstream/platform';
import { StandaloneModule } from './standalone.module';
import { printBanner, type DemoPasswordOrigin } from './startup-banner';
import { serveWebApp } from './web-app';
import { runWorkers, workerCount, type EdgeReady, type Roles } from './worker-processes';

/**
 * `npm start`: the whole platform in one process, data under DESKSTREAM_DATA_DIR. SIGTERM / SIGINT
 * stop accepting connections, drain in-flight requests, stop the subscribers (checkpoints flushed),
 * close the database, flush traces and exit 0: the shutdown hooks that createApp enables.
 * DESKSTREAM_WORKERS=N serves it from one writer process and N edge processes on the same data dir
 * (see worker-processes.ts).
 */
async function open(role: ProcessRole): Promise<{ app: NestFastifyApplication; config: PlatformConfig }> {
  const config = loadConfig();
  const stopTelemetry = startTelemetry(config);
  const app = await createApp(StandaloneModule.forRoot(config, { onShutdown: stopTelemetry, role }), config);
  return { app, config };
}

/** Listens for HTTP (API and web app); the channel lines of the banner once it does. */
async function serveHttp(app: NestFastifyApplication, config: PlatformConfig, quiet: boolean): Promise<EdgeReady> {
  const web = await serveWebApp(app);
  if (!web && !quiet) console.warn('The web app is not built (services/web/dist): run `sh scripts/build-web.sh`; the API runs without it.');
  await app.listen({ port: config.port, host: config.host });
  const address = app.getHttpServer().address();
  const port = address && typeof address === 'object' ? address.port : config.port;
  const channels = [
    web ? `  Web app   http://localhost:${port}/login  (portal, agent workspace, analytics)` : '  Web app   not built: sh scripts/build-web.sh',
    emailBanner(app.get<EmailConfig>(EMAIL_CONFIG), app.get(SmtpListener).port()),
    chatBanner(`http://localhost:${port}`),
  ];
  return { port, channels };
}

function showBanner(app: NestFastifyApplication, config: PlatformConfig, edge: EdgeReady): void {
  const address = { address: config.host, family: 'IPv4', port: edge.port };
  printBanner(config, address, edge.channels, config.mode === 'embedded' ? demoPasswordOrigin(app.get(DemoCredentials), config.demoPassword) : 'kept');
}

const roles: Roles = {
  async whole() {
    const { app, config } = await open('whole');
    showBanner(app, config, await serveHttp(app, config, false));
  },
  async writer() {
    const { app, config } = await open('writer');
    await app.init();
    return { banner: (first) => showBanner(app, config, first), close: () => app.close() };
  },
  async edge() {
    const { app, config } = await open('edge');
    return serveHttp(app, config, cluster.worker?.id !== 1);
  },
};

function demoPasswordOrigin(credentials: DemoCredentials, chosen: string | undefined): DemoPasswordOrigin {
  if (credentials.generatedPassword) return { generated: credentials.generatedPassword };
  return chosen ? 'chosen' : 'kept';
}

try {
  runWorkers(workerCount(), roles);
} catch (error: unknown) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
