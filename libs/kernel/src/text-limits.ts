/**
 * The longest text a ticket keeps in one field (a description, a comment, resolution notes). Intake
 * bounds what it hands over to it (a mail body is shortened, a chat transcript is split over comments,
 * an alert's description or first-contact notes beyond it are refused) and the incidents service
 * refuses more, so both sides read this one number.
 */
export const MAX_TICKET_TEXT_LENGTH = 10_000;
