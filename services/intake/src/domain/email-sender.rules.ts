/**
 * Mail opens tickets for the directory user whose address it came from, so that the ticket is theirs
 * ("my tickets"); a sender the directory does not know is an unknown contact, kept by address.
 */
export function callerOfMail(address: string, userOfAddress: string | null): string {
  return userOfAddress ?? address.trim().toLowerCase();
}
