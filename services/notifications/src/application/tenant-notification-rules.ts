import { TENANT_EVENTS, TOPICS, type TenantOnboardedV1 } from '@deskstream/contracts';
import { PreconditionFailed } from '@deskstream/kernel';
import type { DeliveredMessage } from '@deskstream/messaging';
import { messageCommandContext, type IntegrationConsumer } from '@deskstream/platform';
import type { NotificationRule, NotificationTemplate } from '../domain/notification-rules';
import type { NotificationSettingsRepository } from './notification-settings.repository';

/**
 * A newly onboarded tenant's notification rules and messages, from its template, in place of the
 * shipped ones. They are written only on settings never changed (revision -1), so a redelivered
 * onboarding, or an admin who changed them first, keeps what is there.
 */
export class TenantNotificationRules implements IntegrationConsumer {
  readonly name = 'notifications.tenant-rules';
  readonly topics = [TOPICS.tenants];

  constructor(private readonly settings: NotificationSettingsRepository) {}

  async handle({ event }: DeliveredMessage): Promise<void> {
    if (event.type !== TENANT_EVENTS.onboarded) return;
    const { template, at } = event.data as TenantOnboardedV1;
    const change = {
      rules: template.notificationRules as unknown as NotificationRule[],
      templates: template.notificationTemplates as NotificationTemplate[],
    };
    await this.settings.change(messageCommandContext(event, 'system:onboarding'), change, at, -1).catch((error: unknown) => {
      if (!(error instanceof PreconditionFailed)) throw error;
    });
  }
}
