import { MAX_TICKET_TEXT_LENGTH, type CommandContext } from '@deskstream/kernel';
import type { TicketRef } from './domain/chat-session.events';

/**
 * What the chat channel needs to make a ticket: an id and reference drawn before the chat records it
 * (the incidents service opens the ticket from the chat's event), and the closing categories the desk
 * accepts for a first-contact resolution.
 */
export interface ChatTicketing {
  reserve(context: CommandContext, occurredAt: string): Promise<TicketRef>;
  closingCategories(tenantId: string): Promise<readonly string[]>;
}

export const CHAT_TICKETING = Symbol('ChatTicketing');

/**
 * Splits the transcript at line breaks into comment-sized parts (a ticket comment holds at most the
 * ticket text limit); a line longer than a part is cut.
 */
export function transcriptParts(transcript: string, max = MAX_TICKET_TEXT_LENGTH): string[] {
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
