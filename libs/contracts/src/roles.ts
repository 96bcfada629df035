/**
 * Who may do what across services, where more than one service offers a way to do it: one table,
 * so that every path to the same effect asks for the same roles.
 */
export const PERMISSIONS = {
  /** Raising a ticket: an incident or a service request, directly or through an intake form. */
  raiseTicket: ['requester', 'agent', 'resolver'],
} as const satisfies Record<string, readonly string[]>;
