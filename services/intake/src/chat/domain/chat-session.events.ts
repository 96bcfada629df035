import type { Message } from '@deskstream/kernel';

/** Events of one chat session, in streams `chat-<tenant>.<sessionId>`. Type strings are stable. */

export type ChatRole = 'requester' | 'agent';

export interface TicketRef {
  readonly ticketId: string;
  readonly reference: string;
}

export type ChatStarted = Message<
  'ChatStarted',
  { readonly sessionId: string; readonly requester: string; readonly requesterName: string; readonly subject: string; readonly at: string }
>;

export type MessagePosted = Message<
  'MessagePosted',
  { readonly messageId: string; readonly author: string; readonly role: ChatRole; readonly text: string; readonly at: string }
>;

export type AgentJoined = Message<'AgentJoined', { readonly agent: string; readonly agentName: string; readonly at: string }>;

/** What the ticket is opened with: the agent's classification and the conversation, in comment-sized parts. */
export interface ChatTicketDetails {
  readonly caller: string;
  readonly agent: string;
  readonly shortDescription: string;
  readonly description: string;
  readonly impact: 1 | 2 | 3 | null;
  readonly urgency: 1 | 2 | 3 | null;
  readonly category: string | null;
  readonly subcategory: string | null;
  readonly service: string | null;
  readonly transcript: readonly string[];
  /** Where the tenant's routing rules sent the chat; absent on chats ticketed before chats were routed. */
  readonly routing?: ChatRouting;
}

/** The routing as the chat records it (intake's routing rules decide it; the chat only keeps it). */
export interface ChatRouting {
  readonly category: string | null;
  readonly group: string | null;
  readonly impact: 1 | 2 | 3 | null;
  readonly urgency: 1 | 2 | 3 | null;
  readonly decisions: readonly {
    readonly attribute: 'category' | 'group' | 'impact' | 'urgency' | 'requestType';
    readonly value: string | number | null;
    readonly rule: string;
  }[];
}

/** `details` is absent on chats ticketed before tickets were opened through the bus: such a ticket already exists. */
type Ticketed = TicketRef & { readonly details?: ChatTicketDetails; readonly by: string; readonly at: string };

export type ChatConvertedToTicket = Message<'ChatConvertedToTicket', Ticketed>;

/** The agent solved it in the chat: still a ticket (opened and resolved), counted as first-contact resolution. */
export type ChatResolvedAtFirstContact = Message<'ChatResolvedAtFirstContact', Ticketed & { readonly closingCategory: string; readonly notes: string }>;

export type ChatCloseReason = 'ticketed' | 'abandoned';

export type ChatClosed = Message<'ChatClosed', { readonly reason: ChatCloseReason; readonly by: string; readonly at: string }>;

export type ChatSessionEvent = ChatStarted | MessagePosted | AgentJoined | ChatConvertedToTicket | ChatResolvedAtFirstContact | ChatClosed;

export const CHAT_SESSION_EVENT_TYPES = [
  'ChatStarted',
  'MessagePosted',
  'AgentJoined',
  'ChatConvertedToTicket',
  'ChatResolvedAtFirstContact',
  'ChatClosed',
] as const satisfies readonly ChatSessionEvent['type'][];

export interface TranscriptLine {
  readonly author: string;
  readonly role: ChatRole;
  readonly text: string;
  readonly at: string;
}

/** waiting: no agent yet; active: an agent has joined; closed: ticketed or abandoned. */
export type ChatStatus = 'waiting' | 'active' | 'closed';

export interface ChatSession {
  readonly status: ChatStatus;
  readonly sessionId: string;
  readonly requester: string;
  readonly requesterName: string;
  readonly subject: string;
  readonly startedAt: string;
  readonly agent: string | null;
  readonly transcript: readonly TranscriptLine[];
  readonly ticket: (TicketRef & { readonly resolvedAtFirstContact: boolean }) | null;
}

export type ChatSessionState = { readonly status: 'none' } | ChatSession;
