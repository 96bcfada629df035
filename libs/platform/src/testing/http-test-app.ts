import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig, type PlatformConfig } from '../config/platform-config';
import { createApp } from '../http/create-app';

export interface HttpResult {
  readonly status: number;
  readonly headers: Headers;
  /** The JSON body, `{ text }` for any other body, `{}` for none. */
  readonly body: Record<string, unknown> & { items?: Record<string, unknown>[]; errors?: { field: string; message: string }[] };
}

export interface HttpRequestOptions {
  readonly token?: string | null;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

export interface HttpTestAppOptions {
  /** Names the temp data dir, so a leftover one says which suite left it. */
  readonly name: string;
  /** The root module to boot, composed on the platform config the helper makes. */
  readonly module: (config: PlatformConfig) => DynamicModule;
}

/** Operational routes the platform serves outside the versioned API prefix. */
const UNVERSIONED = /^\/(metrics|health\/|docs)/;

/**
 * A Nest module on the embedded platform, over real HTTP on a free port, on a throwaway data dir.
 * Paths are given relative to `/api/v1` (operational routes as they are).
 */
export async function startHttpTestApp(options: HttpTestAppOptions) {
  const dataDir = mkdtempSync(join(tmpdir(), `deskstream-${options.name}-`));
  const config = loadConfig({ DESKSTREAM_DATA_DIR: dataDir, LOG_LEVEL: 'silent', PORT: '0' });
  const app: NestFastifyApplication = await createApp(options.module(config), config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = await app.getUrl();
  const tokens = new Map<string, string>();

  async function request(method: string, path: string, { token, body, headers = {} }: HttpRequestOptions = {}): Promise<HttpResult> {
    const response = await fetch(`${baseUrl}${UNVERSIONED.test(path) ? '' : '/api/v1'}${path}`, {
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
    return { status: response.status, headers: response.headers, body: !text ? {} : json ? JSON.parse(text) : { text } };
  }

  /** A demo user's token from the dev issuer (users are named after their role), fetched once. */
  async function token(tenant: string, user: string): Promise<string> {
    const key = `${tenant}/${user}`;
    if (!tokens.has(key)) {
      const result = await request('POST', '/dev/token', { body: { tenant, user } });
      if (result.status !== 201 && result.status !== 200) throw new Error(`dev token: ${result.status} ${JSON.stringify(result.body)}`);
      tokens.set(key, String(result.body.token));
    }
    return tokens.get(key)!;
  }

  const as = (tenant: string, user: string) => ({
    get: async (path: string, headers?: Record<string, string>) => request('GET', path, { token: await token(tenant, user), headers }),
    post: async (path: string, body: unknown = {}, headers?: Record<string, string>) =>
      request('POST', path, { token: await token(tenant, user), body, headers }),
    put: async (path: string, body: unknown, headers?: Record<string, string>) => request('PUT', path, { token: await token(tenant, user), body, headers }),
    delete: async (path: string, headers?: Record<string, string>) => request('DELETE', path, { token: await token(tenant, user), headers }),
  });

  return {
    app,
    dataDir,
    baseUrl,
    request,
    token,
    as,
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type HttpTestApp = Awaited<ReturnType<typeof startHttpTestApp>>;
