import { Module, type OnModuleInit } from '@nestjs/common';
import type { EventStore, IdGenerator } from '@deskstream/kernel';
import { DirectoryReplica, DOCUMENT_STORE, EVENT_STORE, ID_GENERATOR, ServiceContributions } from '@deskstream/platform';
import type { DocumentStore } from '@deskstream/readmodels';
import { ContactRouter } from './application/contact-router';
import { DeskSettings } from './application/desk-settings';
import { IntakeSettingsRepository } from './application/intake-settings.repository';
import { TicketDirectory } from './application/ticket-directory';
import { TicketReferences } from './application/ticket-references';

/**
 * What every intake channel shares to turn a contact into a ticket: the reference sequences, the
 * directory of known tickets (for replies), the desk settings copied from the incidents service and
 * the tenant's intake settings, whose routing rules route every channel.
 * Imported by the intake, email and chat modules alike, so a process holds one of each.
 */
@Module({
  providers: [
    { provide: TicketReferences, useFactory: (store: EventStore, ids: IdGenerator) => new TicketReferences(store, ids), inject: [EVENT_STORE, ID_GENERATOR] },
    { provide: TicketDirectory, useFactory: (documents: DocumentStore) => new TicketDirectory(documents), inject: [DOCUMENT_STORE] },
    { provide: DeskSettings, useFactory: (documents: DocumentStore) => new DeskSettings(documents), inject: [DOCUMENT_STORE] },
    {
      provide: IntakeSettingsRepository,
      useFactory: (store: EventStore, ids: IdGenerator) => new IntakeSettingsRepository(store, ids),
      inject: [EVENT_STORE, ID_GENERATOR],
    },
    { provide: ContactRouter, useFactory: (settings: IntakeSettingsRepository) => new ContactRouter(settings), inject: [IntakeSettingsRepository] },
    {
      provide: DirectoryReplica,
      useFactory: (documents: DocumentStore) => new DirectoryReplica(documents, 'intake.directory', 'intake-directory'),
      inject: [DOCUMENT_STORE],
    },
  ],
  exports: [TicketReferences, TicketDirectory, DeskSettings, DirectoryReplica, IntakeSettingsRepository, ContactRouter],
})
export class IntakeTicketingModule implements OnModuleInit {
  constructor(
    private readonly contributions: ServiceContributions,
    private readonly directory: TicketDirectory,
    private readonly settings: DeskSettings,
    private readonly people: DirectoryReplica,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.directory.ensureIndexes();
    await this.people.ensureIndexes();
    this.contributions.addConsumer(this.directory);
    this.contributions.addConsumer(this.settings);
    this.contributions.addConsumer(this.people);
  }
}
