import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp, loadConfig } from '@deskstream/platform';
import { StandaloneModule } from './standalone.module';

export interface StandaloneTestApp {
  readonly app: NestFastifyApplication;
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly base: string;
  readonly dataDir: string;
  /** A dev token for a demo user (named after its role) of a demo tenant. */
  token(user: string, tenant?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The whole embedded platform (every service, one process) on a fresh data directory, listening on a
 * free loopback port, for suites that speak real HTTP to it. `env` adds to the quiet defaults. Given a
 * `dataDir`, it starts on that one instead (a restart), and leaves it in place when it closes.
 */
export async function startStandaloneApp(name: string, env: Record<string, string> = {}, options: { dataDir?: string } = {}): Promise<StandaloneTestApp> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), `deskstream-${name}-`));
  const config = loadConfig({ DESKSTREAM_DATA_DIR: dataDir, LOG_LEVEL: 'silent', SMTP_PORT: '0', ...env });
  const app = await createApp(StandaloneModule.forRoot(config), config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = await app.getUrl();
  return {
    app,
    base,
    dataDir,
    async token(user, tenant = 'acme') {
      const issued = await fetch(`${base}/api/v1/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ tenant, user }),
      });
      return ((await issued.json()) as { token: string }).token;
    },
    async close() {
      await app.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
