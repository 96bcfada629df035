import type { Message } from '@deskstream/kernel';
import type { ChatRole, ChatTicketDetails, TicketRef } from './chat-session.events';

/** Commands carry who, when, generated ids and looked-up facts; the ticket's id and reference are drawn before deciding. */
interface Issued {
  readonly by: string;
  readonly at: string;
}

export type StartChat = Message<'StartChat', { readonly sessionId: string; readonly requesterName: string; readonly subject: string } & Issued>;
export type PostMessage = Message<'PostMessage', { readonly messageId: string; readonly role: ChatRole; readonly text: string } & Issued>;
export type JoinChat = Message<'JoinChat', { readonly agentName: string } & Issued>;
export type ConvertChatToTicket = Message<'ConvertChatToTicket', { readonly ticket: TicketRef; readonly details: ChatTicketDetails } & Issued>;

/** The resolution as the agent gives it, checked against the closing categories the desk accepts. */
export interface FirstContactResolution {
  readonly closingCategory: string;
  readonly notes: string;
  readonly closingCategories: readonly string[];
}

export type ResolveChatAtFirstContact = Message<
  'ResolveChatAtFirstContact',
  { readonly ticket: TicketRef; readonly details: ChatTicketDetails } & FirstContactResolution & Issued
>;
export type CloseChat = Message<'CloseChat', Issued>;

export type ChatSessionCommand = StartChat | PostMessage | JoinChat | ConvertChatToTicket | ResolveChatAtFirstContact | CloseChat;
