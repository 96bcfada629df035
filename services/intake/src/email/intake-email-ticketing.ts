import type { Clock, IdGenerator } from '@deskstream/kernel';
import type { TicketDirectory } from '../application/ticket-directory';
import type { TicketReferences } from '../application/ticket-references';
import type { CommentRefusal, EmailComment, EmailTicket, EmailTicketing, EmailTicketOpening } from './email-ticketing.port';

/**
 * EmailTicketing on intake's own knowledge: a new mail gets a ticket id and reference at once (the
 * incidents service opens the ticket from the mail log's event); a reply is a comment only on an open
 * ticket of which the sender is the caller, as intake's ticket directory knows it.
 */
export class IntakeEmailTicketing implements EmailTicketing {
  constructor(
    private readonly references: TicketReferences,
    private readonly directory: TicketDirectory,
    private readonly ids: IdGenerator,
    private readonly clock: Clock,
  ) {}

  async openFromEmail(opening: EmailTicketOpening): Promise<EmailTicket> {
    const ticketId = this.ids.next();
    const context = { tenantId: opening.tenantId, actor: 'system-email-intake', correlationId: opening.messageId };
    const reference = await this.references.allocate('incident', context, ticketId, this.clock.now().toISOString());
    await this.directory.expect(opening.tenantId, { ticketId, reference, caller: opening.caller });
    return { ticketId, reference };
  }

  async commentFromEmail(comment: EmailComment): Promise<EmailTicket | CommentRefusal> {
    const known = await this.directory.lookup(comment.tenantId, comment.reference);
    if (!known || known.caller !== comment.author) return 'unknown-ticket';
    if (!known.open) return 'closed';
    return { ticketId: known.ticketId, reference: known.reference };
  }
}
