import { TENANT_EVENTS, TOPICS, type TenantOnboardedV1 } from '@deskstream/contracts';
import type { DeliveredMessage } from '@deskstream/messaging';
import { messageCommandContext, type IntegrationConsumer } from '@deskstream/platform';
import type { IntakeBacklog } from './intake-backlog';
import type { RequestTypes } from './request-types';

/**
 * A newly onboarded tenant's forms: the request types of its template, defined in its own catalogue
 * (the tenant edits them afterwards). Seeding leaves what exists alone, so a redelivered onboarding
 * changes nothing.
 */
export class TenantRequestTypes implements IntegrationConsumer {
  readonly name = 'intake.tenant-request-types';
  readonly topics = [TOPICS.tenants];

  constructor(
    private readonly requestTypes: RequestTypes,
    private readonly backlog: IntakeBacklog,
  ) {}

  async handle({ event }: DeliveredMessage): Promise<void> {
    if (event.type !== TENANT_EVENTS.onboarded) return;
    const { template, at } = event.data as TenantOnboardedV1;
    await this.requestTypes.seed(messageCommandContext(event, 'system:onboarding'), template.requestTypes, at);
    this.backlog.noteTenant(event.tenantid);
  }
}
