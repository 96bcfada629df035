import type { TicketKind } from './intake-levels';

export const DEFAULT_DUPLICATE_WINDOW_MINUTES = 10;

/** The last submission that opened a ticket for one caller and short description. */
export interface RecentSubmission {
  readonly submissionId: string;
  readonly ticket: { readonly kind: TicketKind; readonly id: string; readonly reference: string };
  readonly at: string;
}

/** What a submission asks, for telling a repeat from another request. */
export interface DuplicateCandidate {
  readonly caller: string;
  readonly requestType: string;
  /** The short description the caller typed, if the form asks for one. */
  readonly shortDescription: string | null;
  readonly fields: Readonly<Record<string, unknown>>;
}

const normalised = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** Field values in a fixed order, text normalised, so that the same answers give the same key. */
function canonical(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(normalised(value));
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * A repeat is the same caller asking the same thing with the same request type: where the form has a
 * short description, the same one (case and spacing aside: "VPN down" and "vpn  down "); where it has
 * none, the same answers to every field. Two requests that differ are never one.
 */
export function duplicateKey(candidate: DuplicateCandidate): string {
  const asks = candidate.shortDescription === null ? canonical(candidate.fields) : normalised(candidate.shortDescription);
  return `${normalised(candidate.caller)}\n${candidate.requestType}\n${asks}`;
}

/** The same caller with the same short description within the window is the same request, submitted again. */
export function duplicateOf(recent: RecentSubmission | null, at: string, windowMinutes: number): RecentSubmission | null {
  if (!recent) return null;
  const elapsed = Date.parse(at) - Date.parse(recent.at);
  return elapsed >= 0 && elapsed <= windowMinutes * 60_000 ? recent : null;
}
