import { MAX_TICKET_TEXT_LENGTH } from '@deskstream/kernel';
import { transcriptParts } from './chat-ticketing';

describe('a transcript on the ticket', () => {
  it('fits in one comment when short', () => {
    expect(transcriptParts('header\nline one\nline two', 100)).toEqual(['header\nline one\nline two']);
  });

  it('is split at line breaks into comment-sized parts, losing nothing', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `line ${String(i).padStart(2, '0')}`);
    const parts = transcriptParts(lines.join('\n'), 40);
    expect(parts.every((part) => part.length <= 40)).toBe(true);
    expect(parts.join('\n')).toBe(lines.join('\n'));
  });

  it('cuts a line longer than a comment', () => {
    expect(transcriptParts('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });

  it('cuts parts at the ticket text limit by default, so that every part is one comment the ticket takes', () => {
    const transcript = ['a'.repeat(MAX_TICKET_TEXT_LENGTH), 'b'.repeat(MAX_TICKET_TEXT_LENGTH + 1)].join('\n');
    const parts = transcriptParts(transcript);
    expect(parts.map((part) => part.length)).toEqual([MAX_TICKET_TEXT_LENGTH, MAX_TICKET_TEXT_LENGTH, 1]);
  });
});
