import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ValidationFailed } from '@deskstream/kernel';
// The incidents service's in-process commands: usable wherever IncidentsModule runs in the same process.
import { IncidentActionCommand, OpenIncidentCommand, type RequestContext } from '@deskstream/incidents';
import type { TicketRef } from './domain/chat-session.events';
import { transcriptParts, type ChatTicketing, type ChatTicketOpening, type FirstContactResolution, type ResolutionRefused } from './chat-ticketing';

/** The group a first-contact resolution is recorded against when the agent names none: the desk itself. */
export const FIRST_CONTACT_GROUP = 'service-desk';

/** ChatTicketing on the incidents service: an incident with channel chat, the transcript as public comments. */
@Injectable()
export class IncidentsChatTicketing implements ChatTicketing {
  constructor(private readonly commands: CommandBus) {}

  async open(opening: ChatTicketOpening): Promise<TicketRef> {
    const request = this.request(opening);
    const { caller, shortDescription, description, impact, urgency, category, subcategory, service } = opening;
    const receipt = await this.commands.execute(
      new OpenIncidentCommand(request, {
        caller,
        channel: 'chat',
        shortDescription,
        description,
        ...(impact === undefined ? {} : { impact }),
        ...(urgency === undefined ? {} : { urgency }),
        ...(category === undefined ? {} : { category }),
        ...(subcategory === undefined ? {} : { subcategory }),
        ...(service === undefined ? {} : { service }),
      }),
    );
    for (const text of transcriptParts(opening.transcript)) {
      await this.commands.execute(new IncidentActionCommand(request, receipt.id, 'note', { visibility: 'public', text }));
    }
    return { ticketId: receipt.id, reference: receipt.reference };
  }

  /** The incident lifecycle resolves work in progress: the agent takes it (assign, start), then resolves. */
  async resolveAtFirstContact(opening: ChatTicketOpening, resolution: FirstContactResolution): Promise<TicketRef | ResolutionRefused> {
    const ticket = await this.open(opening);
    const request = this.request(opening);
    const act = (command: IncidentActionCommand) => this.commands.execute(command);
    await act(new IncidentActionCommand(request, ticket.ticketId, 'assign', { group: FIRST_CONTACT_GROUP, assignee: opening.agent.userId, tier: 1 }));
    await act(new IncidentActionCommand(request, ticket.ticketId, 'start', {}));
    try {
      await act(new IncidentActionCommand(request, ticket.ticketId, 'resolve', { closingCategory: resolution.closingCategory, notes: resolution.notes }));
    } catch (error) {
      if (error instanceof ValidationFailed) return { ticket, errors: error.errors };
      throw error;
    }
    return ticket;
  }

  private request(opening: ChatTicketOpening): RequestContext {
    return {
      principal: opening.agent,
      correlationId: opening.correlationId,
      ...(opening.traceparent ? { traceparent: opening.traceparent } : {}),
    };
  }
}
