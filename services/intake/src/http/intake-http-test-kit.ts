import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Module, type DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp, loadConfig, PlatformModule, type PlatformConfig } from '@deskstream/platform';
import { IncidentsModule } from '@deskstream/incidents';
import type { IntakeConfig } from '../application/intake-config';
import { IntakeModule } from '../intake.module';

export interface HttpResult {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Record<string, unknown> & { items?: Record<string, unknown>[]; errors?: { field: string; message: string }[] };
}

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
  const dataDir = mkdtempSync(join(tmpdir(), 'deskstream-intake-'));
  const config = loadConfig({ DESKSTREAM_DATA_DIR: dataDir, LOG_LEVEL: 'silent', PORT: '0' });
  const app: NestFastifyApplication = await createApp(IntakeTestModule.forRoot(config, intake), config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = await app.getUrl();
  const tokens = new Map<string, string>();

  async function call(method: string, path: string, token: string | null, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResult> {
    const response = await fetch(`${base}${path.startsWith('/metrics') ? '' : '/api/v1'}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const json = response.headers.get('content-type')?.includes('json');
    return { status: response.status, headers: response.headers, body: text && json ? JSON.parse(text) : { text } };
  }

  async function tokenFor(tenant: string, user: string): Promise<string> {
    const key = `${tenant}/${user}`;
    if (!tokens.has(key)) {
      const result = await call('POST', '/dev/token', null, { tenant, user });
      if (result.status !== 201 && result.status !== 200) throw new Error(`dev token: ${result.status} ${JSON.stringify(result.body)}`);
      tokens.set(key, String(result.body.token));
    }
    return tokens.get(key)!;
  }

  const as = (tenant: string, user: string) => ({
    get: async (path: string, headers?: Record<string, string>) => call('GET', path, await tokenFor(tenant, user), undefined, headers),
    post: async (path: string, body: unknown = {}, headers?: Record<string, string>) => call('POST', path, await tokenFor(tenant, user), body, headers),
    put: async (path: string, body: unknown, headers?: Record<string, string>) => call('PUT', path, await tokenFor(tenant, user), body, headers),
  });

  /** Tickets follow the hand-off and read models follow the log: poll until `check` passes. */
  async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 8000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (check(value)) return value;
      if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms: ${JSON.stringify(value)}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  return {
    app,
    as,
    call,
    eventually,
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
