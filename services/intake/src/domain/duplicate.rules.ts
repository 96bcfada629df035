import type { TicketKind } from './intake-levels';

export const DEFAULT_DUPLICATE_WINDOW_MINUTES = 10;

/** The last submission that opened a ticket for one caller and short description. */
export interface RecentSubmission {
  readonly submissionId: string;
  readonly ticket: { readonly kind: TicketKind; readonly id: string; readonly reference: string };
  readonly at: string;
}

/** Case and spacing do not make a different request: "VPN down" and "vpn  down " are the same. */
export function duplicateKey(caller: string, shortDescription: string): string {
  return `${caller.trim().toLowerCase()}\n${shortDescription.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

/** The same caller with the same short description within the window is the same request, submitted again. */
export function duplicateOf(recent: RecentSubmission | null, at: string, windowMinutes: number): RecentSubmission | null {
  if (!recent) return null;
  const elapsed = Date.parse(at) - Date.parse(recent.at);
  return elapsed >= 0 && elapsed <= windowMinutes * 60_000 ? recent : null;
}
