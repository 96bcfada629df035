import { MAX_TICKET_TEXT_LENGTH, ValidationFailed } from '@deskstream/kernel';
import { parseGenericAlert } from './alert-payloads';

const RECEIVED = '2026-01-05T09:00:00.000Z';

describe('a generic alert', () => {
  it('takes a description up to the ticket text limit, since it becomes the incident description', () => {
    const description = 'd'.repeat(MAX_TICKET_TEXT_LENGTH);
    expect(parseGenericAlert({ name: 'disk full', description }, RECEIVED).alert.description).toBe(description);
  });

  it('refuses a longer description, naming the field', () => {
    const refusal = (() => {
      try {
        parseGenericAlert({ name: 'disk full', description: 'd'.repeat(MAX_TICKET_TEXT_LENGTH + 1) }, RECEIVED);
        return null;
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(ValidationFailed);
    expect((refusal as ValidationFailed).errors.map((e) => e.field)).toEqual(['/description']);
  });
});
