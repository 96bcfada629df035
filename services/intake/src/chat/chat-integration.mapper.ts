import { INTAKE_EVENTS } from '@deskstream/contracts';
import { parseStreamName, type RecordedEvent } from '@deskstream/kernel';
import type { IntegrationEventMapper, OutgoingMessage } from '@deskstream/messaging';
import { intakeMessage, routingContract, type Published } from '../application/intake-integration.mapper';
import { CHAT_CATEGORY } from './chat-sessions';
import type { ChatConvertedToTicket, ChatResolvedAtFirstContact, ChatSessionEvent } from './domain/chat-session.events';

/** A chat the agent ticketed, as the public contract; every other chat event stays inside intake. */
function contractFor(recorded: RecordedEvent): Published | null {
  const event = recorded as unknown as ChatSessionEvent;
  if (event.type !== 'ChatConvertedToTicket' && event.type !== 'ChatResolvedAtFirstContact') return null;
  const ticketed: ChatConvertedToTicket | ChatResolvedAtFirstContact = event;
  const { ticketId, reference, details, at } = ticketed.data;
  if (!details) return null;
  const resolvedAtFirstContact =
    ticketed.type === 'ChatResolvedAtFirstContact' ? { closingCategory: ticketed.data.closingCategory, notes: ticketed.data.notes } : null;
  const sessionId = parseStreamName(recorded.streamId).id;
  const { routing, ...ticket } = details;
  return {
    type: INTAKE_EVENTS.chatConverted,
    ticketId,
    data: { sessionId, incidentId: ticketId, reference, ...ticket, resolvedAtFirstContact, ...routingContract(routing), at },
  };
}

/** The chat channel's hand-off: a ticketed chat becomes one message for the incidents service. */
export const chatIntegrationMapper: IntegrationEventMapper = {
  categories: [CHAT_CATEGORY],
  map: (event: RecordedEvent): OutgoingMessage[] => intakeMessage(event, contractFor(event)),
};
