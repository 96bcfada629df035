import { PERSONAL_DATA_CATALOGUE } from '@deskstream/platform';
import { DIRECTORY_ENTRY_EVENT_TYPES } from '../domain/directory-entry.events';
import { ERASED_NAME } from '../domain/directory-entry.rules';

describe("the personal data catalogue's directory events", () => {
  const directory = PERSONAL_DATA_CATALOGUE.filter((entry) => entry.service === 'directory');

  it("seals a user's name and addresses in every event of an entry", () => {
    expect(directory.flatMap((entry) => entry.eventTypes)).toEqual(DIRECTORY_ENTRY_EVENT_TYPES);
    expect(directory.flatMap((entry) => entry.fields.map((field) => field.path))).toEqual(['attributes.name', 'attributes.emails']);
  });

  it('reads an erased name as the placeholder the erasure records', () => {
    expect(directory[0]!.fields.find((field) => field.path === 'attributes.name')!.erased).toBe(ERASED_NAME);
  });
});
