import { join } from 'node:path';
import {
  Inject,
  Logger,
  Module,
  type BeforeApplicationShutdown,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnModuleInit,
  type Provider,
} from '@nestjs/common';
import type { Clock, EventStore, IdGenerator } from '@deskstream/kernel';
import {
  CLOCK,
  DirectoryReplica,
  DOCUMENT_STORE,
  EVENT_STORE,
  ID_GENERATOR,
  PLATFORM_OPTIONS,
  ServiceContributions,
  TENANT_REGISTRY,
  type PlatformConfig,
  type PlatformOptions,
  type TenantRegistry,
} from '@deskstream/platform';
import type { DocumentStore } from '@deskstream/readmodels';
import { AcknowledgementMailer } from './acknowledgement-mailer';
import { ATTACHMENT_STORE, type AttachmentStore } from './attachment-store.port';
import { DevOutbox } from './dev-outbox';
import { DevOutboxController } from './dev-outbox.controller';
import { loadEmailConfig, type EmailConfig } from './email-config';
import { EmailIntake } from './email-intake';
import { EMAIL_TICKETING, type EmailTicketing } from './email-ticketing.port';
import { FilesystemAttachmentStore } from './filesystem-attachment-store';
import { GridFsAttachmentStore } from './gridfs-attachment-store';
import { InboundMailLog } from './inbound-mail-log';
import { IntakeEmailTicketing } from './intake-email-ticketing';
import { MailSenders } from './mail-senders';
import { ContactRouter } from '../application/contact-router';
import { TicketDirectory } from '../application/ticket-directory';
import { TicketReferences } from '../application/ticket-references';
import { IntakeTicketingModule } from '../intake-ticketing.module';
import { mailIntegrationMapper } from './mail-integration.mapper';
import { MailboxDirectory } from './mailbox-directory';
import { SmtpListener } from './smtp-listener';

export const EMAIL_CONFIG = Symbol('EmailConfig');

/** What `npm start` prints about the email channel. */
export function emailBanner(config: EmailConfig, port = config.port): string {
  const host = ['0.0.0.0', '::'].includes(config.host) ? 'localhost' : config.host;
  return `  Email     smtp://${host}:${port}  desks: ${config.mailboxes.map((m) => `${m.address} (${m.tenantId})`).join(', ') || 'none'}`;
}

function providers(platform: PlatformConfig, config: EmailConfig): Provider[] {
  const embedded = platform.mode === 'embedded';
  return [
    { provide: EMAIL_CONFIG, useValue: config },
    { provide: MailboxDirectory, useFactory: (tenants: TenantRegistry) => new MailboxDirectory(config.mailboxes, tenants), inject: [TENANT_REGISTRY] },
    { provide: DevOutbox, useFactory: (documents: DocumentStore) => new DevOutbox(documents), inject: [DOCUMENT_STORE] },
    {
      provide: ATTACHMENT_STORE,
      useFactory: (): Promise<AttachmentStore> | AttachmentStore =>
        embedded ? new FilesystemAttachmentStore(join(platform.dataDir, 'attachments')) : GridFsAttachmentStore.connect(platform.mongodbUrl!),
    },
    {
      provide: InboundMailLog,
      useFactory: (store: EventStore, clock: Clock, ids: IdGenerator) => new InboundMailLog(store, clock, ids),
      inject: [EVENT_STORE, CLOCK, ID_GENERATOR],
    },
    {
      provide: EMAIL_TICKETING,
      useFactory: (references: TicketReferences, directory: TicketDirectory, ids: IdGenerator, clock: Clock) =>
        new IntakeEmailTicketing(references, directory, ids, clock),
      inject: [TicketReferences, TicketDirectory, ID_GENERATOR, CLOCK],
    },
    {
      provide: AcknowledgementMailer,
      useFactory: (outbox: DevOutbox, ids: IdGenerator, clock: Clock) => new AcknowledgementMailer(config, embedded ? outbox : null, ids, clock),
      inject: [DevOutbox, ID_GENERATOR, CLOCK],
    },
    {
      provide: EmailIntake,
      useFactory: (
        directory: MailboxDirectory,
        ticketing: EmailTicketing,
        log: InboundMailLog,
        attachments: AttachmentStore,
        mailer: AcknowledgementMailer,
        people: DirectoryReplica,
        router: ContactRouter,
      ) =>
        new EmailIntake({
          directory,
          ticketing,
          log,
          attachments,
          mailer,
          maxAttachmentBytes: config.maxAttachmentBytes,
          senders: new MailSenders(people),
          router,
        }),
      inject: [MailboxDirectory, EMAIL_TICKETING, InboundMailLog, ATTACHMENT_STORE, AcknowledgementMailer, DirectoryReplica, ContactRouter],
    },
    {
      provide: SmtpListener,
      useFactory: (directory: MailboxDirectory, intake: EmailIntake) => new SmtpListener(config, directory, intake),
      inject: [MailboxDirectory, EmailIntake],
    },
  ];
}

/**
 * The email channel: an SMTP listener per process, tickets through EmailTicketing, acknowledgements
 * through nodemailer, attachments on the data dir (embedded) or GridFS (production). The listener starts
 * on application bootstrap and stops before the platform closes its stores.
 */
@Module({})
export class EmailModule implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('EmailModule');

  /** `overrides` win over the environment (tests: port 0 on 127.0.0.1). */
  static forRoot(platform: PlatformConfig, overrides: Partial<EmailConfig> = {}, env: NodeJS.ProcessEnv = process.env): DynamicModule {
    const config: EmailConfig = { ...loadEmailConfig(platform, env), ...overrides };
    return {
      module: EmailModule,
      imports: [IntakeTicketingModule],
      controllers: platform.mode === 'embedded' ? [DevOutboxController] : [],
      providers: providers(platform, config),
      exports: [EmailIntake, SmtpListener, AcknowledgementMailer, ATTACHMENT_STORE, EMAIL_CONFIG],
    };
  }

  constructor(
    private readonly contributions: ServiceContributions,
    private readonly listener: SmtpListener,
    private readonly mailer: AcknowledgementMailer,
    @Inject(ATTACHMENT_STORE) private readonly attachments: AttachmentStore,
    @Inject(EMAIL_CONFIG) private readonly config: EmailConfig,
    @Inject(PLATFORM_OPTIONS) private readonly platform: PlatformOptions,
  ) {}

  onModuleInit(): void {
    this.contributions.addMapper(mailIntegrationMapper);
    const { attachments } = this;
    if (attachments instanceof FilesystemAttachmentStore)
      this.contributions.addTenantFiles({ name: 'attachments', dirOf: (tenantId) => attachments.tenantDir(tenantId) });
    // GridFS is not in the data dir: each intake process removes a deleted tenant's files as it learns of the deletion.
    if (attachments instanceof GridFsAttachmentStore)
      this.contributions.addTenantPurge({ name: 'attachments', purge: async (tenantId) => void (await attachments.purgeTenant(tenantId)) });
  }

  async onApplicationBootstrap(): Promise<void> {
    // Beside edge processes, the writer takes no mail: the edges listen on the SMTP port.
    if (this.platform.role === 'writer') return;
    const port = await this.listener.listen();
    this.logger.log(emailBanner(this.config, port).trim());
  }

  /** Before the platform's shutdown closes the stores: no mail may arrive, or be acknowledged, after that. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.listener.close();
    await this.mailer.drain();
    this.mailer.close();
    await this.attachments.close();
  }
}
