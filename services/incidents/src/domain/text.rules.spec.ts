import { MAX_TICKET_TEXT_LENGTH } from '@deskstream/kernel';
import { textErrors } from './text.rules';

describe('ticket texts', () => {
  it('are taken up to the ticket text limit that intake bounds its hand-overs to', () => {
    expect(textErrors('description', 'x'.repeat(MAX_TICKET_TEXT_LENGTH))).toEqual([]);
  });

  it('are refused beyond it, naming the field', () => {
    expect(textErrors('description', 'x'.repeat(MAX_TICKET_TEXT_LENGTH + 1))).toEqual([
      { field: 'description', message: `description must be at most ${MAX_TICKET_TEXT_LENGTH} characters` },
    ]);
  });
});
