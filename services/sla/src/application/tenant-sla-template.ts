import { TENANT_EVENTS, TOPICS, type TemplateCalendarV1, type TenantOnboardedV1 } from '@deskstream/contracts';
import type { DeliveredMessage } from '@deskstream/messaging';
import type { IntegrationConsumer } from '@deskstream/platform';
import type { CalendarSpec } from '../domain/calendar.model';
import type { SlaDefinitionSpec } from '../domain/sla-definition.model';
import { upcastDefinition } from '../domain/sla-definition.upcast';
import type { SlaCalendars } from './sla-calendars';
import type { SlaDefinitions } from './sla-definitions';

/** A template calendar in the SLA service's terms: one that names no time zone keeps the tenant's own. */
export const calendarOf = (calendar: TemplateCalendarV1, tenantTimeZone: string): CalendarSpec =>
  ({ ...calendar, timeZone: calendar.timeZone ?? tenantTimeZone }) as CalendarSpec;

/** A template's definitions in the current shape: templates are versioned files, read like stored definitions. */
export const definitionsOf = (template: TenantOnboardedV1['template']): SlaDefinitionSpec[] =>
  (template.slaDefinitions as unknown as SlaDefinitionSpec[]).map((definition) => upcastDefinition<SlaDefinitionSpec>(definition));

/**
 * A newly onboarded tenant's SLA: its template's business calendars, then its template's definitions
 * in force instead of the shipped ones (the tenant edits them afterwards). A redelivered onboarding
 * finds both already there and changes nothing.
 */
export class TenantSlaTemplate implements IntegrationConsumer {
  readonly name = 'sla.tenant-template';
  readonly topics = [TOPICS.tenants];

  constructor(
    private readonly calendars: SlaCalendars,
    private readonly definitions: SlaDefinitions,
  ) {}

  async handle({ event }: DeliveredMessage): Promise<void> {
    if (event.type !== TENANT_EVENTS.onboarded) return;
    const { template, timeZone } = event.data as TenantOnboardedV1;
    const context = { tenantId: event.tenantid, userId: 'system:onboarding', correlationId: event.correlationid };
    await this.calendars.adoptTemplate(
      context,
      template.calendars.map((calendar) => calendarOf(calendar, timeZone)),
    );
    await this.definitions.adoptTemplate(context, definitionsOf(template));
  }
}
