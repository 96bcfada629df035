import { INTAKE_EVENTS } from '@deskstream/contracts';
import type { RecordedEvent } from '@deskstream/kernel';
import type { IntegrationEventMapper, OutgoingMessage } from '@deskstream/messaging';
import { intakeMessage, routingContract, type Published } from '../application/intake-integration.mapper';
import { INBOUND_MAIL_CATEGORY, type InboundMailHandled } from './inbound-mail-log';

/** What a handled mail asks of its ticket, as the public contract; claims ask nothing. */
function contractFor(event: RecordedEvent): Published | null {
  if (event.type !== 'InboundMailHandled') return null;
  const { request, ticketId, reference, messageId, at } = event.data as InboundMailHandled;
  if (!request || !at) return null;
  if (request.kind === 'commented') {
    return {
      type: INTAKE_EVENTS.emailReplyReceived,
      ticketId,
      data: { incidentId: ticketId, reference, messageId, author: request.author, text: request.text, at },
    };
  }
  const { mailbox, caller, shortDescription, description, routing } = request;
  return {
    type: INTAKE_EVENTS.emailReceived,
    ticketId,
    data: { incidentId: ticketId, reference, messageId, mailbox, caller, shortDescription, description, ...routingContract(routing), at },
  };
}

/** The email channel's hand-off: each handled mail becomes one message for the incidents service. */
export const mailIntegrationMapper: IntegrationEventMapper = {
  categories: [INBOUND_MAIL_CATEGORY],
  map: (event: RecordedEvent): OutgoingMessage[] => intakeMessage(event, contractFor(event)),
};
