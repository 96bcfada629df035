import { commandHandler, Forbidden, NotFound, streamName, type Clock, type EventStore, type IdGenerator } from '@deskstream/kernel';
import type { DirectoryReplica, Principal } from '@deskstream/platform';
import { commandContextOf, type IntakeRequest } from '../application/intake-request';
import { KeyedLock } from '../application/keyed-lock';
import type { ContactRouter } from '../application/contact-router';
import type { Contact } from '../domain/routing.rules';
import type { ClassificationFields } from './chat-frames';
import { transcriptParts, type ChatTicketing } from './chat-ticketing';
import type { ChatSessionCommand } from './domain/chat-session.commands';
import { ensureKnownService } from './domain/chat-directory.rules';
import { chatSessionDecider, ensureMayTicket } from './domain/chat-session.decider';
import type { ChatRole, ChatSession, ChatTicketDetails, TicketRef } from './domain/chat-session.events';

export const CHAT_CATEGORY = 'chat';

/** Who is acting, for which tenant (from the verified token only), in which conversation: as on any intake channel. */
export type ChatCaller = IntakeRequest;

export interface TicketOutcome {
  readonly ticket: TicketRef;
  readonly resolvedAtFirstContact: boolean;
}

/** Agents and resolvers answer chats for the desk; requesters start them. */
export function chatRoleOf(principal: Principal): ChatRole | null {
  if (principal.roles.some((role) => role === 'agent' || role === 'resolver')) return 'agent';
  if (principal.roles.includes('requester')) return 'requester';
  return null;
}

export function chatStream(tenantId: string, sessionId: string): string {
  return streamName(CHAT_CATEGORY, tenantId, sessionId);
}

/** The transcript as it goes on the ticket: one line per message, who and when. */
export function transcriptText(session: ChatSession): string {
  const lines = session.transcript.map((line) => `[${line.at}] ${line.author} (${line.role}): ${line.text}`);
  return [`Chat transcript (session ${session.sessionId}): ${session.subject}`, ...(lines.length > 0 ? lines : ['(no messages)'])].join('\n');
}

export interface ChatSessionsDeps {
  readonly store: EventStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly ticketing: ChatTicketing;
  /** The tenant's routing rules; without it chats open unrouted tickets. */
  readonly router?: ContactRouter;
  /** Intake's copy of the tenant directory, for the service an agent names; without it, free text. */
  readonly directory?: Pick<DirectoryReplica, 'check'>;
}

/** A chat as the routing rules see it: what the agent wrote of it, the conversation and the service named. */
function chatContact(details: ChatTicketDetails, session: ChatSession): Contact {
  const { shortDescription, description, service } = details;
  const conversation = session.transcript.map((line) => line.text).join('\n');
  return {
    channel: 'chat',
    requestType: null,
    fields: { shortDescription, description, conversation },
    senderDomain: null,
    mailbox: null,
    labels: {},
    service,
  };
}

/** The chat use cases: each reads the session stream of the caller's tenant, decides and appends. */
export class ChatSessions {
  private readonly handler;
  /** One ticket per chat: converting twice at once in this process would otherwise open two. */
  private readonly ticketLock = new KeyedLock();

  constructor(private readonly deps: ChatSessionsDeps) {
    this.handler = commandHandler(chatSessionDecider, { store: deps.store, clock: deps.clock, ids: deps.ids });
  }

  async start(caller: ChatCaller, subject: string): Promise<ChatSession> {
    if (chatRoleOf(caller.principal) !== 'requester') throw new Forbidden('Chats are started by requesters');
    const sessionId = this.deps.ids.next();
    const { principal } = caller;
    return this.execute(caller, sessionId, { type: 'StartChat', data: { sessionId, requesterName: principal.name, subject, ...this.issued(principal) } });
  }

  /** The session as the caller may see it: agents see their tenant's, requesters their own, anything else is unknown. */
  async view(caller: ChatCaller, sessionId: string): Promise<ChatSession> {
    const { state } = await this.handler.load(chatStream(caller.principal.tenantId, sessionId));
    const role = chatRoleOf(caller.principal);
    if (state.status === 'none' || role === null || (role === 'requester' && state.requester !== caller.principal.userId)) {
      throw new NotFound('Chat session', sessionId);
    }
    return state;
  }

  /** An agent joins a waiting chat; a requester comes back to their own. */
  async join(caller: ChatCaller, sessionId: string): Promise<ChatSession> {
    const session = await this.view(caller, sessionId);
    if (chatRoleOf(caller.principal) === 'requester') return session;
    return this.execute(caller, sessionId, { type: 'JoinChat', data: { agentName: caller.principal.name, ...this.issued(caller.principal) } });
  }

  async post(caller: ChatCaller, sessionId: string, text: string): Promise<ChatSession> {
    await this.view(caller, sessionId);
    const role = chatRoleOf(caller.principal)!;
    return this.execute(caller, sessionId, { type: 'PostMessage', data: { messageId: this.deps.ids.next(), role, text, ...this.issued(caller.principal) } });
  }

  async close(caller: ChatCaller, sessionId: string): Promise<ChatSession> {
    await this.view(caller, sessionId);
    return this.execute(caller, sessionId, { type: 'CloseChat', data: this.issued(caller.principal) });
  }

  async convert(caller: ChatCaller, sessionId: string, classification: ClassificationFields): Promise<TicketOutcome> {
    return this.ticketLock.run(`${caller.principal.tenantId}/${sessionId}`, async () => {
      const session = ensureMayTicket(await this.view(caller, sessionId), caller.principal.userId, null);
      await this.ensureKnownService(caller, classification.service);
      const issued = this.issued(caller.principal);
      const ticket = await this.deps.ticketing.reserve(commandContextOf(caller), issued.at);
      const details = await this.routed(caller, session, this.details(caller, session, classification));
      await this.execute(caller, sessionId, { type: 'ConvertChatToTicket', data: { ticket, details, ...issued } });
      return { ticket, resolvedAtFirstContact: false };
    });
  }

  /** A refused resolution (e.g. a closing category the desk does not accept) records nothing: the chat goes on. */
  async resolveAtFirstContact(
    caller: ChatCaller,
    sessionId: string,
    input: ClassificationFields & { closingCategory: string; notes: string },
  ): Promise<TicketOutcome> {
    const { closingCategory, notes, ...classification } = input;
    return this.ticketLock.run(`${caller.principal.tenantId}/${sessionId}`, async () => {
      const closingCategories = await this.deps.ticketing.closingCategories(caller.principal.tenantId);
      const resolution = { closingCategory, notes, closingCategories };
      const session = ensureMayTicket(await this.view(caller, sessionId), caller.principal.userId, resolution);
      await this.ensureKnownService(caller, classification.service);
      const issued = this.issued(caller.principal);
      const ticket = await this.deps.ticketing.reserve(commandContextOf(caller), issued.at);
      const details = await this.routed(caller, session, this.details(caller, session, classification));
      await this.execute(caller, sessionId, { type: 'ResolveChatAtFirstContact', data: { ticket, details, ...resolution, ...issued } });
      return { ticket, resolvedAtFirstContact: true };
    });
  }

  private details(caller: ChatCaller, session: ChatSession, classification: ClassificationFields): ChatTicketDetails {
    const { shortDescription, description, impact, urgency, category, subcategory, service } = classification;
    return {
      caller: session.requester,
      agent: caller.principal.userId,
      shortDescription: shortDescription ?? session.subject,
      description: description || `Recorded from chat session ${session.sessionId} with ${session.requesterName}: ${session.subject}`,
      impact: (impact as 1 | 2 | 3 | undefined) ?? null,
      urgency: (urgency as 1 | 2 | 3 | undefined) ?? null,
      category: category ?? null,
      subcategory: subcategory ?? null,
      service: service ?? null,
      transcript: transcriptParts(transcriptText(session)),
    };
  }

  private async ensureKnownService(caller: ChatCaller, service: string | undefined): Promise<void> {
    if (service === undefined || !this.deps.directory) return;
    ensureKnownService(service, await this.deps.directory.check(caller.principal.tenantId, 'service', [service]));
  }

  /** What the agent left open (category, impact, urgency) and the group come from the tenant's routing rules. */
  private async routed(caller: ChatCaller, session: ChatSession, details: ChatTicketDetails): Promise<ChatTicketDetails> {
    if (!this.deps.router) return details;
    const routing = await this.deps.router.route(caller.principal.tenantId, chatContact(details, session));
    return { ...details, routing };
  }

  private async execute(caller: ChatCaller, sessionId: string, command: ChatSessionCommand): Promise<ChatSession> {
    const result = await this.handler.handle(chatStream(caller.principal.tenantId, sessionId), command, commandContextOf(caller));
    return result.state as ChatSession;
  }

  private issued(principal: Principal): { by: string; at: string } {
    return { by: principal.userId, at: this.deps.clock.now().toISOString() };
  }
}
