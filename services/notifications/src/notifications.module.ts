import { Module, type OnApplicationBootstrap, type OnModuleDestroy, type OnModuleInit, type Provider } from '@nestjs/common';
import type { Clock, EventStore, IdGenerator } from '@deskstream/kernel';
import {
  CLOCK,
  DevOutbox,
  DirectoryReplica,
  DOCUMENT_STORE,
  EVENT_STORE,
  ID_GENERATOR,
  MailSender,
  PLATFORM_CONFIG,
  SCHEDULER,
  ServiceContributions,
  type PlatformConfig,
} from '@deskstream/platform';
import type { DocumentStore } from '@deskstream/readmodels';
import type { Scheduler } from '@deskstream/scheduling';
import { EmailChannel, WebhookChannel } from './application/notification-channels';
import { notificationFeedProjection } from './application/notification-feed.projection';
import { NotificationQueries } from './application/notification-queries';
import { NotificationRenderer } from './application/notification-renderer';
import { NotificationSettingsRepository } from './application/notification-settings.repository';
import { TenantNotificationRules } from './application/tenant-notification-rules';
import { NotificationPreferencesRepository } from './application/notification-preferences.repository';
import { MyNotificationPreferencesController } from './http/notification-preferences.controller';
import { DELIVERY_TIMER, Notifications } from './application/notifications';
import { loadNotificationsConfig, type NotificationsConfig } from './application/notifications-config';
import { ScheduledReportMail } from './application/scheduled-report-mail';
import { TicketCopy } from './application/ticket-copy';
import { TicketNotifications, UPDATE_DUE_TIMER } from './application/ticket-notifications';
import { MyNotificationsController, NotificationAdminController } from './http/notifications.controller';

const NOTIFICATIONS_CONFIG = Symbol('NotificationsConfig');

const providers: Provider[] = [
  { provide: NOTIFICATIONS_CONFIG, useFactory: (platform: PlatformConfig) => loadNotificationsConfig(platform), inject: [PLATFORM_CONFIG] },
  {
    provide: DirectoryReplica,
    useFactory: (documents: DocumentStore) => new DirectoryReplica(documents, 'notifications.directory', 'notifications-directory'),
    inject: [DOCUMENT_STORE],
  },
  {
    provide: MailSender,
    // The embedded mode without a relay captures mail in the dev outbox, as intake's does.
    useFactory: (config: NotificationsConfig, platform: PlatformConfig, documents: DocumentStore, clock: Clock) =>
      new MailSender(config.relayUrl, platform.mode === 'embedded' ? new DevOutbox(documents) : null, clock),
    inject: [NOTIFICATIONS_CONFIG, PLATFORM_CONFIG, DOCUMENT_STORE, CLOCK],
  },
  {
    provide: NotificationSettingsRepository,
    useFactory: (store: EventStore, ids: IdGenerator) => new NotificationSettingsRepository(store, ids),
    inject: [EVENT_STORE, ID_GENERATOR],
  },
  {
    provide: NotificationPreferencesRepository,
    useFactory: (store: EventStore, ids: IdGenerator, settings: NotificationSettingsRepository) => new NotificationPreferencesRepository(store, ids, settings),
    inject: [EVENT_STORE, ID_GENERATOR, NotificationSettingsRepository],
  },
  { provide: NotificationQueries, useFactory: (documents: DocumentStore) => new NotificationQueries(documents), inject: [DOCUMENT_STORE] },
  {
    provide: Notifications,
    useFactory: (
      store: EventStore,
      clock: Clock,
      ids: IdGenerator,
      settings: NotificationSettingsRepository,
      directory: DirectoryReplica,
      mail: MailSender,
      config: NotificationsConfig,
      platform: PlatformConfig,
      scheduler: Scheduler,
      preferences: NotificationPreferencesRepository,
    ) =>
      new Notifications({
        store,
        clock,
        ids,
        settings,
        directory,
        renderer: new NotificationRenderer({ portalUrl: config.portalUrl }),
        channels: {
          // Production mail needs a relay; without one, mail deliveries fail, are retried and dead-lettered.
          ...(config.relayUrl || platform.mode === 'embedded' ? { email: new EmailChannel(mail, config) } : {}),
          webhook: new WebhookChannel(config, () => clock.now()),
        },
        scheduler,
        preferences,
      }),
    inject: [
      EVENT_STORE,
      CLOCK,
      ID_GENERATOR,
      NotificationSettingsRepository,
      DirectoryReplica,
      MailSender,
      NOTIFICATIONS_CONFIG,
      PLATFORM_CONFIG,
      SCHEDULER,
      NotificationPreferencesRepository,
    ],
  },
  {
    provide: TicketNotifications,
    useFactory: (documents: DocumentStore, notifications: Notifications, scheduler: Scheduler, clock: Clock) =>
      new TicketNotifications(new TicketCopy(documents), notifications, scheduler, clock),
    inject: [DOCUMENT_STORE, Notifications, SCHEDULER, CLOCK],
  },
  {
    provide: ScheduledReportMail,
    useFactory: (directory: DirectoryReplica, mail: MailSender, config: NotificationsConfig) => new ScheduledReportMail(directory, mail, config),
    inject: [DirectoryReplica, MailSender, NOTIFICATIONS_CONFIG],
  },
];

/**
 * The notification service on the platform's ports: it follows the incidents, service-request and SLA
 * events and the directory behind its inbox (and mails the reporting service's scheduled reports), decides from each tenant's versioned rules who is told
 * what, renders the tenant's templates, and delivers by mail, in-app feed and signed webhooks with
 * retries and a dead-letter list.
 */
@Module({ controllers: [MyNotificationsController, MyNotificationPreferencesController, NotificationAdminController], providers })
export class NotificationsModule implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  constructor(
    private readonly contributions: ServiceContributions,
    private readonly directory: DirectoryReplica,
    private readonly notifications: Notifications,
    private readonly tickets: TicketNotifications,
    private readonly mail: MailSender,
    private readonly settings: NotificationSettingsRepository,
    private readonly reports: ScheduledReportMail,
  ) {}

  onModuleInit(): void {
    this.contributions.addProjection(notificationFeedProjection);
    this.contributions.addConsumer(this.directory);
    this.contributions.addConsumer(this.tickets);
    this.contributions.addConsumer(new TenantNotificationRules(this.settings));
    this.contributions.addConsumer(this.reports);
    this.contributions.onTimer(DELIVERY_TIMER, (timer) => this.notifications.deliver(timer.tenantId, (timer.payload as { id: string }).id, timer.id));
    this.contributions.onTimer(UPDATE_DUE_TIMER, (timer) => this.tickets.updateDue(timer));
  }

  onApplicationBootstrap(): Promise<void> {
    return this.directory.ensureIndexes();
  }

  onModuleDestroy(): void {
    this.mail.close();
  }
}
