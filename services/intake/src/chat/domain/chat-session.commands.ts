import type { Message } from '@deskstream/kernel';
import type { ChatRole, TicketRef } from './chat-session.events';

/** Commands carry who, when and generated ids; the ticket is opened by the application before it is recorded here. */
interface Issued {
  readonly by: string;
  readonly at: string;
}

export type StartChat = Message<'StartChat', { readonly sessionId: string; readonly requesterName: string; readonly subject: string } & Issued>;
export type PostMessage = Message<'PostMessage', { readonly messageId: string; readonly role: ChatRole; readonly text: string } & Issued>;
export type JoinChat = Message<'JoinChat', { readonly agentName: string } & Issued>;
export type ConvertChatToTicket = Message<'ConvertChatToTicket', { readonly ticket: TicketRef } & Issued>;
export type ResolveChatAtFirstContact = Message<
  'ResolveChatAtFirstContact',
  { readonly ticket: TicketRef; readonly closingCategory: string; readonly notes: string } & Issued
>;
export type CloseChat = Message<'CloseChat', Issued>;

export type ChatSessionCommand = StartChat | PostMessage | JoinChat | ConvertChatToTicket | ResolveChatAtFirstContact | CloseChat;
