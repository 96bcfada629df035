import { Module, type DynamicModule, type Type } from '@nestjs/common';
import WebSocket from 'ws';
import type { EventStore } from '@deskstream/kernel';
import { EVENT_STORE, PlatformModule, type PlatformConfig } from '@deskstream/platform';
import { startHttpTestApp } from '@deskstream/platform/testing';
import { readUntil } from '@deskstream/testing';
import { ChatModule } from './chat.module';
import { CHAT_BEARER_PROTOCOL as BEARER_PROTOCOL, CHAT_PATH } from '@deskstream/contracts';

@Module({})
class ChatTestAppModule {
  static forRoot(config: PlatformConfig, ticketing: readonly Type[]): DynamicModule {
    return { module: ChatTestAppModule, imports: [PlatformModule.forRoot(config, { service: 'intake' }), ...ticketing, ChatModule] };
  }
}

export type Frame = Record<string, unknown> & { type: string };

/** A real `ws` client that keeps every frame it gets, so a test can wait for the one it expects. */
export class ChatClient {
  private readonly frames: Frame[] = [];
  /** Every frame received and every frame sent (as parsed JSON; raw text that is not JSON is left out), in order. */
  readonly log: { readonly direction: 'received' | 'sent'; readonly frame: unknown }[] = [];
  private readonly waiters: (() => void)[] = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as Frame;
      this.frames.push(frame);
      this.log.push({ direction: 'received', frame });
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
    if (typeof frame !== 'string') this.log.push({ direction: 'sent', frame });
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
/** `ticketing`: the modules that open the tickets (the incidents service in the end-to-end suites). */
export async function startChatApp(ticketing: readonly Type[] = []) {
  const http = await startHttpTestApp({ name: 'chat', module: (config) => ChatTestAppModule.forRoot(config, ticketing) });
  const wsUrl = `${http.baseUrl.replace(/^http/, 'ws')}${CHAT_PATH}`;
  const clients: ChatClient[] = [];

  /** Connects as a demo user, the token in the subprotocol (as browsers do) or in the query string. */
  async function connect(tenant: string, user: string, via: 'protocol' | 'query' = 'protocol'): Promise<ChatClient> {
    const token = await http.token(tenant, user);
    const socket = via === 'protocol' ? new WebSocket(wsUrl, [BEARER_PROTOCOL, token]) : new WebSocket(`${wsUrl}?access_token=${encodeURIComponent(token)}`);
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

  const chatEvents = async () => (await http.app.get<EventStore>(EVENT_STORE).readAll()).filter((event) => event.streamId.startsWith('chat-'));

  return {
    ...http,
    wsUrl,
    connect,
    upgradeStatus,
    eventually: readUntil,
    chatEvents,
    async close() {
      for (const client of clients) client.close();
      await http.close();
    },
  };
}
