import type { CommandContext } from '@deskstream/kernel';
import type { PersonalKeys } from '@deskstream/platform';
import type { DirectoryEntries, EntryView } from './directory-entries';

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
