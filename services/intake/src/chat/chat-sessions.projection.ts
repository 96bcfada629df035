import { parseStreamName } from '@deskstream/kernel';
import { projectionOf, type RecordedOf, type StoredDocument } from '@deskstream/readmodels';
import { CHAT_SESSION_EVENT_TYPES, type ChatSessionEvent, type ChatStatus } from './domain/chat-session.events';
import { CHAT_CATEGORY } from './chat-sessions';

/** One chat session in the desk's list: who waits, since when, about what (the transcript stays in the stream). */
export interface ChatSessionSummary extends StoredDocument {
  readonly sessionId: string;
  readonly status: ChatStatus;
  readonly requester: string;
  readonly requesterName: string;
  readonly subject: string;
  readonly startedAt: string;
  readonly agent: string | null;
  readonly messageCount: number;
  readonly ticketReference: string | null;
  readonly resolvedAtFirstContact: boolean;
  readonly updatedAt: string;
}

export const CHAT_SESSIONS_COLLECTION = 'intake-chat-sessions';

export function applyToChatSummary(doc: ChatSessionSummary | null, event: RecordedOf<ChatSessionEvent>): ChatSessionSummary | null {
  const recorded = event;
  const touched = { position: recorded.position, updatedAt: recorded.metadata.occurredAt };
  if (event.type === 'ChatStarted') {
    const { sessionId, requester, requesterName, subject, at } = event.data;
    return {
      id: sessionId,
      tenantId: recorded.metadata.tenantId,
      sessionId,
      status: 'waiting',
      requester,
      requesterName,
      subject,
      startedAt: at,
      agent: null,
      messageCount: 0,
      ticketReference: null,
      resolvedAtFirstContact: false,
      ...touched,
    };
  }
  if (!doc) return null;
  switch (event.type) {
    case 'MessagePosted':
      return { ...doc, ...touched, messageCount: doc.messageCount + 1 };
    case 'AgentJoined':
      return { ...doc, ...touched, status: 'active', agent: event.data.agent };
    case 'ChatConvertedToTicket':
      return { ...doc, ...touched, ticketReference: event.data.reference };
    case 'ChatResolvedAtFirstContact':
      return { ...doc, ...touched, ticketReference: event.data.reference, resolvedAtFirstContact: true };
    case 'ChatClosed':
      return { ...doc, ...touched, status: 'closed' };
  }
}

export const chatSessionsProjection = projectionOf<ChatSessionEvent, ChatSessionSummary>({
  name: 'intake.chat-sessions.v1',
  collection: CHAT_SESSIONS_COLLECTION,
  categories: [CHAT_CATEGORY],
  handles: CHAT_SESSION_EVENT_TYPES,
  documentId: (event) => parseStreamName(event.streamId).id,
  apply: applyToChatSummary,
  indexes: [['status', 'startedAt'], ['requester']],
});
