import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { Logger } from '@nestjs/common';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Principal, TokenVerifier } from '@deskstream/platform';
// Browsers cannot set Authorization on a WebSocket: the token travels as the second subprotocol, after `bearer`.
import { CHAT_BEARER_PROTOCOL as BEARER_PROTOCOL, CHAT_PATH } from '@deskstream/contracts';
import { ChatConnection } from './chat-connection';
import type { ChatRelay } from './chat-relay';
import { chatRoleOf, type ChatSessions } from './chat-sessions';

const MAX_FRAME_BYTES = 64 * 1024;

/** The bearer token of an upgrade request: `Sec-WebSocket-Protocol: bearer, <token>` or `?access_token=<token>`. */
export function tokenOf(request: IncomingMessage, url: URL): string | null {
  const protocols = (request.headers['sec-websocket-protocol'] ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const index = protocols.indexOf(BEARER_PROTOCOL);
  if (index >= 0 && protocols[index + 1]) return protocols[index + 1]!;
  return url.searchParams.get('access_token') || null;
}

function refuse(socket: Duplex, status: 401 | 403 | 404, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * The chat endpoint on the app's own HTTP server: upgrades to CHAT_PATH only, and only with a valid
 * token of a requester or a desk role. Anything else is answered before a socket is ever opened.
 */
export class ChatSocketServer {
  private readonly logger = new Logger('ChatSocketServer');
  private readonly sockets = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_FRAME_BYTES,
    // The token is never echoed back: the server picks the plain `bearer` protocol.
    handleProtocols: (protocols) => (protocols.has(BEARER_PROTOCOL) ? BEARER_PROTOCOL : false),
  });
  private server: Server | null = null;
  private readonly onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => void this.upgrade(request, socket, head);

  constructor(
    private readonly verifier: TokenVerifier,
    private readonly sessions: ChatSessions,
    private readonly relay: ChatRelay,
  ) {}

  attach(server: Server): void {
    this.server = server;
    server.on('upgrade', this.onUpgrade);
  }

  async close(): Promise<void> {
    this.server?.off('upgrade', this.onUpgrade);
    for (const client of this.sockets.clients) client.close(1001, 'server shutting down');
    await new Promise<void>((resolve) => this.sockets.close(() => resolve()));
    for (const client of this.sockets.clients) client.terminate();
  }

  private async upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== CHAT_PATH) {
      // Other upgrade handlers may own other paths; with none, nobody would ever answer this socket.
      if (this.server?.listenerCount('upgrade') === 1) refuse(socket, 404, 'Not Found');
      return;
    }
    const principal = await this.authenticate(request, url);
    if (!principal) return refuse(socket, 401, 'Unauthorized');
    if (!chatRoleOf(principal)) return refuse(socket, 403, 'Forbidden');
    this.sockets.handleUpgrade(request, socket, head, (ws) => this.connected(ws, principal));
  }

  private async authenticate(request: IncomingMessage, url: URL): Promise<Principal | null> {
    const token = tokenOf(request, url);
    if (!token) return null;
    try {
      return await this.verifier.verify(token);
    } catch {
      return null;
    }
  }

  private connected(ws: WebSocket, principal: Principal): void {
    const connection = new ChatConnection(principal, ws, this.sessions, (error) => this.logger.error(error));
    this.relay.add(connection);
    ws.on('message', (data, isBinary) => {
      if (isBinary) return connection.send({ type: 'error', errors: [{ field: '$', message: 'frames must be JSON text' }] });
      void connection.receive(data.toString());
    });
    ws.on('close', () => this.relay.remove(connection));
    ws.on('error', (error) => this.logger.warn(`chat socket error: ${error.message}`));
  }
}
