import {
  AlreadyExists,
  assertNever,
  Forbidden,
  IllegalTransition,
  MAX_TICKET_TEXT_LENGTH,
  NotFound,
  ValidationFailed,
  type Decider,
  type FieldError,
} from '@deskstream/kernel';
import type { ChatSessionCommand, FirstContactResolution } from './chat-session.commands';
import type { ChatSession, ChatSessionEvent, ChatSessionState, ChatStatus } from './chat-session.events';

export const MAX_SUBJECT_LENGTH = 200;
export const MAX_MESSAGE_LENGTH = 4000;
/** First-contact notes become the ticket's resolution notes. */
export const MAX_NOTES_LENGTH = MAX_TICKET_TEXT_LENGTH;

export type ChatAction = 'post' | 'join' | 'convert' | 'resolve-first-contact' | 'close';

const ALLOWED: Record<ChatStatus, readonly ChatAction[]> = {
  waiting: ['post', 'join', 'close'],
  active: ['post', 'convert', 'resolve-first-contact', 'close'],
  closed: [],
};

export const initialChatState = (): ChatSessionState => ({ status: 'none' });

function textErrors(field: string, value: string, max: number): FieldError[] {
  if (value.trim().length === 0) return [{ field, message: `${field} must not be empty` }];
  if (value.length > max) return [{ field, message: `${field} must be at most ${max} characters` }];
  return [];
}

function ensureValid(errors: FieldError[]): void {
  if (errors.length > 0) throw new ValidationFailed(errors);
}

/** The session, if `action` is allowed in its status; NotFound for a session that was never started. */
function ensureAllowed(state: ChatSessionState, action: ChatAction): ChatSession {
  if (state.status === 'none') throw new NotFound('Chat session', 'requested');
  if (!ALLOWED[state.status].includes(action)) throw new IllegalTransition(action, state.status, ALLOWED[state.status]);
  return state;
}

/** Only the agent who joined speaks for the desk in this chat, and only they turn it into a ticket. */
function ensureTheAgent(session: ChatSession, by: string): void {
  if (session.agent !== by) throw new Forbidden('Only the agent who joined this chat may do that');
}

/**
 * Whether `by` may turn the chat into a ticket now (and, for a first-contact resolution, whether the
 * resolution is acceptable): checked before the ticket's reference is drawn, and again when deciding.
 */
export function ensureMayTicket(state: ChatSessionState, by: string, resolution: FirstContactResolution | null): ChatSession {
  const session = ensureAllowed(state, resolution ? 'resolve-first-contact' : 'convert');
  ensureTheAgent(session, by);
  if (resolution) {
    const { closingCategory, notes, closingCategories } = resolution;
    const errors = [...textErrors('closingCategory', closingCategory, 100), ...textErrors('notes', notes, MAX_NOTES_LENGTH)];
    if (errors.length === 0 && !closingCategories.includes(closingCategory)) {
      errors.push({ field: 'closingCategory', message: `closingCategory must be one of ${closingCategories.join(', ')}` });
    }
    ensureValid(errors);
  }
  return session;
}

function decide(command: ChatSessionCommand, state: ChatSessionState): ChatSessionEvent[] {
  const { data } = command;
  switch (command.type) {
    case 'StartChat': {
      if (state.status !== 'none') throw new AlreadyExists('Chat session', command.data.sessionId);
      ensureValid(textErrors('subject', command.data.subject, MAX_SUBJECT_LENGTH));
      const { sessionId, requesterName, subject, by, at } = command.data;
      return [{ type: 'ChatStarted', data: { sessionId, requester: by, requesterName, subject, at } }];
    }
    case 'PostMessage': {
      const session = ensureAllowed(state, 'post');
      const { messageId, role, text, by, at } = command.data;
      if (role === 'requester' && session.requester !== by) throw new Forbidden('Only the requester of this chat may post as requester');
      if (role === 'agent') ensureTheAgent(session, by);
      ensureValid(textErrors('text', text, MAX_MESSAGE_LENGTH));
      return [{ type: 'MessagePosted', data: { messageId, author: by, role, text, at } }];
    }
    case 'JoinChat': {
      // A reconnecting agent joins again: nothing new happened.
      if (state.status === 'active' && state.agent === data.by) return [];
      ensureAllowed(state, 'join');
      return [{ type: 'AgentJoined', data: { agent: data.by, agentName: command.data.agentName, at: data.at } }];
    }
    case 'ConvertChatToTicket': {
      ensureMayTicket(state, data.by, null);
      return [
        { type: 'ChatConvertedToTicket', data: { ...command.data.ticket, details: command.data.details, by: data.by, at: data.at } },
        { type: 'ChatClosed', data: { reason: 'ticketed', by: data.by, at: data.at } },
      ];
    }
    case 'ResolveChatAtFirstContact': {
      const { ticket, details, closingCategory, notes, closingCategories } = command.data;
      ensureMayTicket(state, data.by, { closingCategory, notes, closingCategories });
      return [
        { type: 'ChatResolvedAtFirstContact', data: { ...ticket, details, closingCategory, notes, by: data.by, at: data.at } },
        { type: 'ChatClosed', data: { reason: 'ticketed', by: data.by, at: data.at } },
      ];
    }
    case 'CloseChat': {
      const session = ensureAllowed(state, 'close');
      // The desk never drops a contact: an agent converts or resolves; only the requester walks away.
      if (session.requester !== data.by) throw new Forbidden('Only the requester may leave a chat without a ticket');
      return [{ type: 'ChatClosed', data: { reason: 'abandoned', by: data.by, at: data.at } }];
    }
    default:
      return assertNever(command, 'chat command');
  }
}

function evolve(state: ChatSessionState, event: ChatSessionEvent): ChatSessionState {
  if (event.type === 'ChatStarted') {
    const { sessionId, requester, requesterName, subject, at } = event.data;
    return { status: 'waiting', sessionId, requester, requesterName, subject, startedAt: at, agent: null, transcript: [], ticket: null };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'MessagePosted': {
      const { author, role, text, at } = event.data;
      return { ...state, transcript: [...state.transcript, { author, role, text, at }] };
    }
    case 'AgentJoined':
      return { ...state, status: 'active', agent: event.data.agent };
    case 'ChatConvertedToTicket':
      return { ...state, ticket: { ticketId: event.data.ticketId, reference: event.data.reference, resolvedAtFirstContact: false } };
    case 'ChatResolvedAtFirstContact':
      return { ...state, ticket: { ticketId: event.data.ticketId, reference: event.data.reference, resolvedAtFirstContact: true } };
    case 'ChatClosed':
      return { ...state, status: 'closed' };
    default:
      return assertNever(event, 'chat event');
  }
}

export const chatSessionDecider: Decider<ChatSessionCommand, ChatSessionEvent, ChatSessionState> = {
  decide,
  evolve,
  initialState: initialChatState,
};

export function chatAllowedActions(state: ChatSessionState): readonly ChatAction[] {
  return state.status === 'none' ? [] : ALLOWED[state.status];
}
