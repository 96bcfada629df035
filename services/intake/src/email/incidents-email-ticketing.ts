import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { IllegalTransition, NotFound } from '@deskstream/kernel';
import type { Principal } from '@deskstream/platform';
// The incidents service's in-process commands: usable wherever IncidentsModule runs in the same process.
import { IncidentActionCommand, OpenIncidentCommand } from '@deskstream/incidents';
import type { CommentRefusal, EmailComment, EmailTicket, EmailTicketing, EmailTicketOpening } from './email-ticketing.port';

/** The desk's own actor for mail it records; it records on behalf of the sender, as an agent does for a phone call. */
export const EMAIL_INTAKE_ACTOR = 'system-email-intake';

/** EmailTicketing on the incidents service: a new mail opens an incident (channel email), a reply adds a public note. */
@Injectable()
export class IncidentsEmailTicketing implements EmailTicketing {
  constructor(private readonly commands: CommandBus) {}

  async openFromEmail(opening: EmailTicketOpening): Promise<EmailTicket> {
    const desk: Principal = { tenantId: opening.tenantId, userId: EMAIL_INTAKE_ACTOR, name: 'Email intake', roles: ['agent'] };
    const receipt = await this.commands.execute(
      new OpenIncidentCommand(
        { principal: desk, correlationId: opening.messageId },
        { caller: opening.caller, channel: 'email', shortDescription: opening.shortDescription, description: opening.description },
      ),
    );
    return { ticketId: receipt.id, reference: receipt.reference };
  }

  /** The sender comments as the requester, so only the ticket's own caller can add to it by mail. */
  async commentFromEmail(comment: EmailComment): Promise<EmailTicket | CommentRefusal> {
    const sender: Principal = { tenantId: comment.tenantId, userId: comment.author, name: comment.author, roles: ['requester'] };
    try {
      const receipt = await this.commands.execute(
        new IncidentActionCommand({ principal: sender, correlationId: comment.messageId }, comment.reference, 'note', {
          visibility: 'public',
          text: comment.text,
        }),
      );
      return { ticketId: receipt.id, reference: receipt.reference };
    } catch (error) {
      if (error instanceof NotFound) return 'unknown-ticket';
      if (error instanceof IllegalTransition) return 'closed';
      throw error;
    }
  }
}
