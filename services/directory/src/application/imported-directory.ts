import { INCIDENT_EVENTS, TOPICS, type IncidentSourceSyncedV1 } from '@deskstream/contracts';
import type { DeliveredMessage } from '@deskstream/messaging';
import { messageCommandContext, type IntegrationConsumer } from '@deskstream/platform';
import { entriesFirstSeen } from '../domain/first-sight.rules';
import type { DirectoryEntries } from './directory-entries';
import { seedEntries } from './tenant-directory';

/**
 * Creates the people, groups, categories and locations an import of another desk's history met, on
 * first sight, in the importing tenant's directory: an entry already there (an admin's, or an
 * earlier import's) is left as it is, so a redelivered message has no second effect.
 */
export class ImportedDirectory implements IntegrationConsumer {
  readonly name = 'directory.imported-names';
  readonly topics = [TOPICS.incidents];

  constructor(private readonly entries: DirectoryEntries) {}

  async handle({ event }: DeliveredMessage): Promise<void> {
    if (event.type !== INCIDENT_EVENTS.sourceSynced) return;
    const { met } = event.data as IncidentSourceSyncedV1;
    await seedEntries(this.entries, messageCommandContext(event, 'system:import'), entriesFirstSeen(met));
  }
}
