import type { FieldError } from '@deskstream/kernel';
import type { Principal } from '@deskstream/platform';
import type { TicketRef } from './domain/chat-session.events';

/** The ticket a chat becomes: opened by the agent on behalf of the requester (channel chat), transcript attached. */
export interface ChatTicketOpening {
  readonly agent: Principal;
  readonly caller: string;
  readonly correlationId: string;
  readonly traceparent?: string;
  readonly shortDescription: string;
  readonly description: string;
  readonly impact?: number;
  readonly urgency?: number;
  readonly category?: string;
  readonly subcategory?: string;
  readonly service?: string;
  /** The whole conversation, as text: kept on the ticket as public comments. */
  readonly transcript: string;
}

export interface FirstContactResolution {
  readonly closingCategory: string;
  readonly notes: string;
}

/** A first-contact resolution the ticket refused (e.g. an unknown closing category): the ticket stays open with the agent. */
export interface ResolutionRefused {
  readonly ticket: TicketRef;
  readonly errors: FieldError[];
}

/** What the chat channel needs from ticketing. IncidentsChatTicketing implements it on the incidents service. */
export interface ChatTicketing {
  open(opening: ChatTicketOpening): Promise<TicketRef>;
  /** Opens the ticket, hands it to the agent and resolves it; says so when the resolution was refused. */
  resolveAtFirstContact(opening: ChatTicketOpening, resolution: FirstContactResolution): Promise<TicketRef | ResolutionRefused>;
}

export const CHAT_TICKETING = Symbol('ChatTicketing');

/** Incident notes take at most this many characters: a longer transcript is split over several comments. */
export const MAX_COMMENT_LENGTH = 10_000;

/** Splits the transcript at line breaks into comment-sized parts; a line longer than a part is cut. */
export function transcriptParts(transcript: string, max = MAX_COMMENT_LENGTH): string[] {
  const parts: string[] = [];
  let current = '';
  for (const line of transcript.split('\n')) {
    for (let start = 0; start < Math.max(line.length, 1); start += max) {
      const piece = line.slice(start, start + max);
      const joined = current ? `${current}\n${piece}` : piece;
      if (joined.length <= max) current = joined;
      else {
        parts.push(current);
        current = piece;
      }
    }
  }
  if (current) parts.push(current);
  return parts;
}
