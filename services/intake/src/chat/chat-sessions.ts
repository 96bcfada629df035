import {
  commandHandler,
  Forbidden,
  NotFound,
  streamName,
  type Clock,
  type EventStore,
  type FieldError,
  type IdGenerator,
} from '@deskstream/kernel';
import type { Principal } from '@deskstream/platform';
import { commandContextOf, type IntakeRequest } from '../application/intake-request';
import { KeyedLock } from '../application/keyed-lock';
import type { ClassificationFields } from './chat-frames';
import type { ChatTicketing, ChatTicketOpening, FirstContactResolution } from './chat-ticketing';
import type { ChatSessionCommand } from './domain/chat-session.commands';
import { chatSessionDecider } from './domain/chat-session.decider';
import type { ChatRole, ChatSession, TicketRef } from './domain/chat-session.events';

export const CHAT_CATEGORY = 'chat';

/** Who is acting, for which tenant (from the verified token only), in which conversation: as on any intake channel. */
export type ChatCaller = IntakeRequest;

export interface TicketOutcome {
  readonly ticket: TicketRef;
  readonly resolvedAtFirstContact: boolean;
  /** Set when a first-contact resolution was refused: the ticket was opened and stays with the agent. */
  readonly errors?: FieldError[];
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
      const session = await this.ensureMayTicket(caller, sessionId, { type: 'ConvertChatToTicket', data: { ticket: PLACEHOLDER, ...this.issued(caller.principal) } });
      const ticket = await this.deps.ticketing.open(this.opening(caller, session, classification));
      await this.execute(caller, sessionId, { type: 'ConvertChatToTicket', data: { ticket, ...this.issued(caller.principal) } });
      return { ticket, resolvedAtFirstContact: false };
    });
  }

  async resolveAtFirstContact(
    caller: ChatCaller,
    sessionId: string,
    input: ClassificationFields & FirstContactResolution,
  ): Promise<TicketOutcome> {
    const { closingCategory, notes, ...classification } = input;
    return this.ticketLock.run(`${caller.principal.tenantId}/${sessionId}`, async () => {
      const resolution = { closingCategory, notes };
      const session = await this.ensureMayTicket(caller, sessionId, {
        type: 'ResolveChatAtFirstContact',
        data: { ticket: PLACEHOLDER, ...resolution, ...this.issued(caller.principal) },
      });
      const outcome = await this.deps.ticketing.resolveAtFirstContact(this.opening(caller, session, classification), resolution);
      if ('errors' in outcome) {
        // The ticket exists and stays open with the agent: the chat records it as converted, so nothing is lost.
        await this.execute(caller, sessionId, { type: 'ConvertChatToTicket', data: { ticket: outcome.ticket, ...this.issued(caller.principal) } });
        return { ticket: outcome.ticket, resolvedAtFirstContact: false, errors: outcome.errors };
      }
      await this.execute(caller, sessionId, { type: 'ResolveChatAtFirstContact', data: { ticket: outcome, ...resolution, ...this.issued(caller.principal) } });
      return { ticket: outcome, resolvedAtFirstContact: true };
    });
  }

  /** Decides on the current state before any ticket is opened, so that a refused command opens nothing. */
  private async ensureMayTicket(caller: ChatCaller, sessionId: string, command: ChatSessionCommand): Promise<ChatSession> {
    const session = await this.view(caller, sessionId);
    chatSessionDecider.decide(command, session);
    return session;
  }

  private opening(caller: ChatCaller, session: ChatSession, classification: ClassificationFields): ChatTicketOpening {
    const { shortDescription, description, ...rest } = classification;
    return {
      ...rest,
      agent: caller.principal,
      caller: session.requester,
      correlationId: caller.correlationId,
      ...(caller.traceparent ? { traceparent: caller.traceparent } : {}),
      shortDescription: shortDescription ?? session.subject,
      description: description || `Recorded from chat session ${session.sessionId} with ${session.requesterName}: ${session.subject}`,
      transcript: transcriptText(session),
    };
  }

  private async execute(caller: ChatCaller, sessionId: string, command: ChatSessionCommand): Promise<ChatSession> {
    const result = await this.handler.handle(chatStream(caller.principal.tenantId, sessionId), command, commandContextOf(caller));
    return result.state as ChatSession;
  }

  private issued(principal: Principal): { by: string; at: string } {
    return { by: principal.userId, at: this.deps.clock.now().toISOString() };
  }
}

const PLACEHOLDER: TicketRef = { ticketId: 'pending', reference: 'pending' };
