import { TENANT_EVENTS, TOPICS, type TenantOnboardedV1 } from '@deskstream/contracts';
import { PreconditionFailed } from '@deskstream/kernel';
import type { DeliveredMessage } from '@deskstream/messaging';
import { messageCommandContext, type IntegrationConsumer } from '@deskstream/platform';
import type { PriorityMatrix } from '../domain/priority-matrix';
import type { IncidentSettingsRepository } from './incident-settings.repository';

/**
 * A newly onboarded tenant's incident settings: its template's priority matrix and closing
 * categories. They are written only on settings never changed (revision -1), so a redelivered
 * onboarding, or an admin who changed them first, keeps what is there.
 */
export class TenantIncidentSettings implements IntegrationConsumer {
  readonly name = 'incidents.tenant-settings';
  readonly topics = [TOPICS.tenants];

  constructor(private readonly settings: IncidentSettingsRepository) {}

  async handle({ event }: DeliveredMessage): Promise<void> {
    if (event.type !== TENANT_EVENTS.onboarded) return;
    const { template, at } = event.data as TenantOnboardedV1;
    const change = { priorityMatrix: template.priorityMatrix as unknown as PriorityMatrix, closingCategories: template.categories };
    await this.settings.change(messageCommandContext(event, 'system:onboarding'), change, at, -1).catch((error: unknown) => {
      if (!(error instanceof PreconditionFailed)) throw error;
    });
  }
}
