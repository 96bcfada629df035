import { TENANT_EVENTS, TOPICS, type TenantOnboardedV1 } from '@deskstream/contracts';
import type { DeliveredMessage } from '@deskstream/messaging';
import type { IntegrationConsumer } from '@deskstream/platform';
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
    const context = { tenantId: event.tenantid, actor: 'system:onboarding', correlationId: event.correlationid, causationId: event.id };
    await this.requestTypes.seed(context, template.requestTypes, at);
    this.backlog.noteTenant(event.tenantid);
  }
}
