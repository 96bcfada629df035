import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Module, type DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import WebSocket from 'ws';
import { IncidentsModule } from '@deskstream/incidents';
import type { EventStore } from '@deskstream/kernel';
import { createApp, EVENT_STORE, loadConfig, PlatformModule, type PlatformConfig } from '@deskstream/platform';
import { ChatModule } from './chat.module';
import { BEARER_PROTOCOL, CHAT_PATH } from './chat-socket-server';

@Module({})
class ChatTestAppModule {
  static forRoot(config: PlatformConfig): DynamicModule {
    return { module: ChatTestAppModule, imports: [PlatformModule.forRoot(config), IncidentsModule, ChatModule] };
  }
}

export type Frame = Record<string, unknown> & { type: string };

/** A real `ws` client that keeps every frame it gets, so a test can wait for the one it expects. */
export class ChatClient {
  private readonly frames: Frame[] = [];
  private readonly waiters: (() => void)[] = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.frames.push(JSON.parse(data.toString()) as Frame);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static open(socket: WebSocket): Promise<ChatClient> {
    const client = new ChatClient(socket);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(client));
      socket.once('error', reject);
    });
  }

  send(frame: unknown): void {
    this.socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  /** The first frame not taken yet that matches, waiting for it if need be. */
  async next(match: Partial<Frame> | string, timeoutMs = 5000): Promise<Frame> {
    const wanted: Partial<Frame> = typeof match === 'string' ? { type: match } : match;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.frames.findIndex((frame) => Object.entries(wanted).every(([key, value]) => frame[key] === value));
      if (index >= 0) return this.frames.splice(index, 1)[0]!;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no frame ${JSON.stringify(wanted)} within ${timeoutMs} ms; got ${JSON.stringify(this.frames)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Frames not taken by `next`. */
  pending(): Frame[] {
    return [...this.frames];
  }

  close(): void {
    this.socket.close();
  }
}

/** Platform + incidents + chat on a throwaway data dir, listening on a free port. */
export async function startChatApp() {
  const dataDir = mkdtempSync(join(tmpdir(), 'deskstream-chat-'));
  const config = loadConfig({ DESKSTREAM_DATA_DIR: dataDir, LOG_LEVEL: 'silent', PORT: '0' });
  const app: NestFastifyApplication = await createApp(ChatTestAppModule.forRoot(config), config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = await app.getUrl();
  const wsUrl = `${base.replace(/^http/, 'ws')}${CHAT_PATH}`;
  const tokens = new Map<string, string>();
  const clients: ChatClient[] = [];

  async function call(method: string, path: string, token: string | null, body?: unknown) {
    const response = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as Record<string, unknown> & { items?: Record<string, unknown>[] } };
  }

  async function tokenFor(tenant: string, user: string): Promise<string> {
    const key = `${tenant}/${user}`;
    if (!tokens.has(key)) tokens.set(key, String((await call('POST', '/dev/token', null, { tenant, user })).body.token));
    return tokens.get(key)!;
  }

  /** Connects as a demo user, the token in the subprotocol (as browsers do) or in the query string. */
  async function connect(tenant: string, user: string, via: 'protocol' | 'query' = 'protocol'): Promise<ChatClient> {
    const token = await tokenFor(tenant, user);
    const socket =
      via === 'protocol' ? new WebSocket(wsUrl, [BEARER_PROTOCOL, token]) : new WebSocket(`${wsUrl}?access_token=${encodeURIComponent(token)}`);
    const client = await ChatClient.open(socket);
    clients.push(client);
    return client;
  }

  /** The HTTP status an upgrade is refused with (or 101 when it is accepted). */
  function upgradeStatus(url: string, protocols?: string[]): Promise<number> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, protocols);
      socket.once('unexpected-response', (_request, response) => {
        resolve(response.statusCode ?? 0);
        socket.terminate();
      });
      socket.once('open', () => {
        resolve(101);
        socket.close();
      });
      socket.once('error', (error) => (error.message.includes('Unexpected server response') ? undefined : reject(error)));
    });
  }

  const as = (tenant: string, user: string) => ({
    get: async (path: string) => call('GET', path, await tokenFor(tenant, user)),
  });

  /** Read models follow the log: poll until `check` passes. */
  async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (check(value)) return value;
      if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms: ${JSON.stringify(value)}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  const chatEvents = async () => (await app.get<EventStore>(EVENT_STORE).readAll()).filter((event) => event.streamId.startsWith('chat-'));

  return {
    app,
    wsUrl,
    as,
    connect,
    tokenFor,
    upgradeStatus,
    eventually,
    chatEvents,
    async close() {
      for (const client of clients) client.close();
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
