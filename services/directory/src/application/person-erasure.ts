import type { CommandContext } from '@deskstream/kernel';
import type { PersonalDataDeclaration, PersonalKeys } from '@deskstream/platform';
import { DIRECTORY_ENTRY_EVENT_TYPES } from '../domain/directory-entry.events';
import { ERASED_NAME } from '../domain/directory-entry.rules';
import type { DirectoryEntries, EntryView } from './directory-entries';

/**
 * The directory's personal data (docs/personal-data.md): a user's name and e-mail addresses, in every
 * event of the user's entry, sealed with that user's key. Groups, services, configuration items and
 * locations are about no person.
 */
export const directoryPersonalData: PersonalDataDeclaration = {
  eventTypes: DIRECTORY_ENTRY_EVENT_TYPES,
  subjectOf: (data) => (data.kind === 'user' && typeof data.id === 'string' ? data.id : null),
  fields: [
    { path: 'attributes.name', erased: ERASED_NAME },
    { path: 'attributes.emails', erased: [] },
  ],
};

/**
 * Erasing a person (right to erasure) without rewriting history: the entry records the erasure (the
 * read models and the other services' copies drop the name and addresses), then the person's key is
 * deleted, after which every earlier event reads as erased. Both steps are idempotent, so a retry
 * after a failure between them finishes the job.
 */
export class PersonErasure {
  constructor(
    private readonly entries: DirectoryEntries,
    private readonly keys: PersonalKeys,
  ) {}

  async erase(context: CommandContext, userId: string): Promise<EntryView> {
    const erased = await this.entries.eraseUser(context, userId);
    await this.keys.erase(context.tenantId, userId);
    return erased;
  }
}
