import { Logger, Module, type BeforeApplicationShutdown, type OnApplicationBootstrap, type OnModuleInit, type Provider } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Server } from 'node:http';
import type { Clock, EventStore, IdGenerator } from '@deskstream/kernel';
import { CLOCK, DirectoryReplica, EVENT_STORE, ID_GENERATOR, ServiceContributions, TOKEN_VERIFIER, type TokenVerifier } from '@deskstream/platform';
import { chatIntegrationMapper } from './chat-integration.mapper';
import { ChatRelay } from './chat-relay';
import { ChatSessions } from './chat-sessions';
import { ChatSessionsController } from './chat-sessions.controller';
import { chatSessionsProjection } from './chat-sessions.projection';
import { CHAT_PATH } from '@deskstream/contracts';
import { ChatSocketServer } from './chat-socket-server';
import { CHAT_TICKETING, type ChatTicketing } from './chat-ticketing';
import { IntakeChatTicketing } from './intake-chat-ticketing';
import { ContactRouter } from '../application/contact-router';
import { DeskSettings } from '../application/desk-settings';
import { TicketReferences } from '../application/ticket-references';
import { IntakeTicketingModule } from '../intake-ticketing.module';

/** What `npm start` prints about the chat channel. */
export function chatBanner(baseUrl: string): string {
  return `  Chat      ${baseUrl.replace(/^http/, 'ws')}${CHAT_PATH}  (token: Sec-WebSocket-Protocol "bearer, <token>" or ?access_token=)`;
}

const providers: Provider[] = [
  {
    provide: CHAT_TICKETING,
    useFactory: (references: TicketReferences, settings: DeskSettings, ids: IdGenerator) => new IntakeChatTicketing(references, settings, ids),
    inject: [TicketReferences, DeskSettings, ID_GENERATOR],
  },
  {
    provide: ChatSessions,
    useFactory: (store: EventStore, clock: Clock, ids: IdGenerator, ticketing: ChatTicketing, router: ContactRouter, directory: DirectoryReplica) =>
      new ChatSessions({ store, clock, ids, ticketing, router, directory }),
    inject: [EVENT_STORE, CLOCK, ID_GENERATOR, CHAT_TICKETING, ContactRouter, DirectoryReplica],
  },
  { provide: ChatRelay, useFactory: (store: EventStore) => new ChatRelay(store), inject: [EVENT_STORE] },
  {
    provide: ChatSocketServer,
    useFactory: (verifier: TokenVerifier, sessions: ChatSessions, relay: ChatRelay) => new ChatSocketServer(verifier, sessions, relay),
    inject: [TOKEN_VERIFIER, ChatSessions, ChatRelay],
  },
];

/**
 * The chat channel: a WebSocket endpoint at /api/v1/intake/chat on the app's own HTTP server,
 * event-sourced sessions that become incidents (channel chat), and the desk's list of waiting chats.
 * The incidents service opens the tickets from the chat's integration events, in whatever process it runs.
 */
@Module({ imports: [IntakeTicketingModule], controllers: [ChatSessionsController], providers, exports: [ChatSessions] })
export class ChatModule implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('ChatModule');

  constructor(
    private readonly contributions: ServiceContributions,
    private readonly adapterHost: HttpAdapterHost,
    private readonly server: ChatSocketServer,
    private readonly relay: ChatRelay,
  ) {}

  onModuleInit(): void {
    this.contributions.addProjection(chatSessionsProjection);
    this.contributions.addMapper(chatIntegrationMapper);
  }

  /** An application context without HTTP (the rebuild CLI, offline checks) has no sockets to serve. */
  async onApplicationBootstrap(): Promise<void> {
    const http = this.adapterHost.httpAdapter;
    if (!http) return;
    await this.relay.start((error) => this.logger.error(`chat relay stopped: ${String(error)}`));
    this.server.attach(http.getHttpServer() as Server);
  }

  /** Before the platform closes the event store: no frame may be handled, nor relayed, after that. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.server.close();
    await this.relay.stop();
  }
}
