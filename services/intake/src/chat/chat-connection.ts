import { randomUUID } from 'node:crypto';
import type { WebSocket } from 'ws';
import type { ChatServerFrameV1 } from '@deskstream/contracts';
import { DomainError, Forbidden, IllegalTransition, NotFound, ValidationFailed, type FieldError } from '@deskstream/kernel';
import { currentTraceparent, withCommandSpan, type Principal } from '@deskstream/platform';
import { parseFrame, type ClientFrame } from './chat-frames';
import { chatRoleOf, type ChatCaller, type ChatSessions } from './chat-sessions';
import type { ChatRole, ChatSession } from './domain/chat-session.events';

/** What the server sends: the frames of the chat protocol in libs/contracts (documented in docs/asyncapi.yaml). */
export type ServerFrame = ChatServerFrameV1;

/** What a refused frame tells the client: each offending field, as the HTTP edge does in problem+json. */
export function errorFrame(error: unknown): ServerFrame {
  let errors: FieldError[];
  if (error instanceof ValidationFailed) errors = error.errors;
  // Another tenant's session, or another requester's, is answered exactly like one that does not exist.
  else if (error instanceof NotFound) errors = [{ field: 'sessionId', message: 'unknown chat session' }];
  else if (error instanceof IllegalTransition || error instanceof Forbidden || error instanceof DomainError)
    errors = [{ field: 'type', message: error.message }];
  else errors = [{ field: '$', message: 'the frame could not be handled' }];
  return { type: 'error', errors };
}

/**
 * One authenticated socket: the verified principal, the chat it is in, and its frames handled one
 * at a time in arrival order. What the other party says arrives through the relay, from the log.
 */
export class ChatConnection {
  readonly role: ChatRole;
  sessionId: string | null = null;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly principal: Principal,
    private readonly socket: WebSocket,
    private readonly sessions: ChatSessions,
    private readonly onUnexpected: (error: unknown) => void,
  ) {
    this.role = chatRoleOf(principal)!;
  }

  receive(raw: string): Promise<void> {
    this.queue = this.queue.then(() => this.handle(raw));
    return this.queue;
  }

  send(frame: ServerFrame): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(JSON.stringify(frame));
  }

  private async handle(raw: string): Promise<void> {
    const parsed = parseFrame(raw);
    if ('errors' in parsed) return this.send({ type: 'error', errors: parsed.errors });
    const { frame } = parsed;
    try {
      await withCommandSpan(`intake.chat.${frame.type}`, { 'deskstream.tenant': this.principal.tenantId }, () => this.dispatch(frame));
    } catch (error) {
      if (!(error instanceof DomainError)) this.onUnexpected(error);
      this.send(errorFrame(error));
    }
  }

  private async dispatch(frame: ClientFrame): Promise<void> {
    const caller = this.caller();
    switch (frame.type) {
      case 'start': {
        const session = await this.sessions.start(caller, frame.subject);
        this.sessionId = session.sessionId;
        return this.send({ type: 'started', sessionId: session.sessionId });
      }
      case 'join': {
        const session = await this.sessions.join(caller, frame.sessionId);
        this.sessionId = session.sessionId;
        return this.send(joinedFrame(session));
      }
      case 'message': {
        const sessionId = this.current();
        await this.sessions.post(caller, sessionId, frame.text);
        return this.send({ type: 'posted', sessionId });
      }
      case 'convert': {
        const { type: _type, ...classification } = frame;
        await this.sessions.convert(caller, this.current(), classification);
        return;
      }
      case 'resolve-first-contact': {
        const { type: _type, ...input } = frame;
        await this.sessions.resolveAtFirstContact(caller, this.current(), input);
        return;
      }
      case 'close':
        await this.sessions.close(caller, this.current());
        return;
    }
  }

  private current(): string {
    if (!this.sessionId) throw new ValidationFailed([{ field: 'sessionId', message: 'start or join a chat first' }]);
    return this.sessionId;
  }

  private caller(): ChatCaller {
    const traceparent = currentTraceparent();
    // Everything said in one chat shares its session id as correlation.
    return { principal: this.principal, correlationId: this.sessionId ?? randomUUID(), ...(traceparent ? { traceparent } : {}) };
  }
}

function joinedFrame(session: ChatSession): ServerFrame {
  return {
    type: 'joined',
    sessionId: session.sessionId,
    subject: session.subject,
    requester: session.requester,
    status: session.status,
    transcript: session.transcript,
  };
}
