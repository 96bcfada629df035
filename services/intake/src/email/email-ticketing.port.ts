/**
 * What the email channel needs from ticketing: a ticket for a new mail, or the ticket a reply comments
 * on. IntakeEmailTicketing implements it on intake's own ticket directory and reference sequence.
 */
export interface EmailTicketOpening {
  readonly tenantId: string;
  /** The sender's address: the caller of the ticket. */
  readonly caller: string;
  readonly requestType: string;
  readonly shortDescription: string;
  readonly description: string;
  /** The inbound Message-ID: the correlation of everything the mail causes. */
  readonly messageId: string;
}

export interface EmailComment {
  readonly tenantId: string;
  readonly author: string;
  readonly reference: string;
  readonly text: string;
  readonly messageId: string;
}

export interface EmailTicket {
  readonly ticketId: string;
  readonly reference: string;
}

/** Why a reply could not become a comment: the ticket is unknown to this tenant or not the author's, or it no longer takes comments. */
export type CommentRefusal = 'unknown-ticket' | 'closed';

export interface EmailTicketing {
  openFromEmail(opening: EmailTicketOpening): Promise<EmailTicket>;
  /** Adds a public comment, or says why not (the caller then opens a new ticket, so nothing is lost). */
  commentFromEmail(comment: EmailComment): Promise<EmailTicket | CommentRefusal>;
}

export const EMAIL_TICKETING = Symbol('EmailTicketing');
