import { commandHandler, streamName, type Clock, type EventStore, type IdGenerator } from '@deskstream/kernel';
import type { SlaDefinition, SlaDefinitionSpec } from '../domain/sla-definition.model';
import { definitionsInForce, slaDefinitionsDecider, type SlaDefinitionEvent } from '../domain/sla-definitions.decider';
import type { SlaCalendars } from './sla-calendars';
import { commandContextOf, type SlaRequestContext } from './sla-context';

export const DEFINITIONS_CATEGORY = 'sladefinitions';
const streamOf = (tenantId: string): string => streamName(DEFINITIONS_CATEGORY, tenantId, 'set');

/** The tenant's SLA, OLA and UC definitions: one stream per tenant, each save a new version of one definition. */
export class SlaDefinitions {
  private readonly handler;

  constructor(
    store: EventStore,
    private readonly calendars: SlaCalendars,
    private readonly clock: Clock,
    ids: IdGenerator,
  ) {
    this.handler = commandHandler(slaDefinitionsDecider, { store, clock, ids });
  }

  async inForce(tenantId: string): Promise<SlaDefinition[]> {
    const { state } = await this.handler.load(streamOf(tenantId));
    return definitionsInForce(state).sort((a, b) => a.id.localeCompare(b.id));
  }

  async save(context: SlaRequestContext, definition: SlaDefinitionSpec): Promise<{ definition: SlaDefinition; warnings: readonly string[] }> {
    const knownCalendars = (await this.calendars.list(context.tenantId)).map((calendar) => calendar.id);
    const command = { type: 'SaveDefinition' as const, data: { definition, knownCalendars, by: context.userId, at: this.clock.now().toISOString() } };
    const { newEvents } = await this.handler.handle(streamOf(context.tenantId), command, commandContextOf(context));
    const saved = newEvents[0] as Extract<SlaDefinitionEvent, { type: 'SlaDefinitionSaved' }>;
    return { definition: saved.data.definition, warnings: saved.data.warnings };
  }

  /** A new tenant's template: its definitions instead of the shipped ones, unless the tenant already has its own. */
  async adoptTemplate(context: SlaRequestContext, definitions: readonly SlaDefinitionSpec[]): Promise<void> {
    const knownCalendars = (await this.calendars.list(context.tenantId)).map((calendar) => calendar.id);
    const command = {
      type: 'AdoptTemplateDefinitions' as const,
      data: { definitions, knownCalendars, by: context.userId, at: this.clock.now().toISOString() },
    };
    await this.handler.handle(streamOf(context.tenantId), command, commandContextOf(context));
  }

  async retire(context: SlaRequestContext, id: string): Promise<void> {
    await this.handler.handle(
      streamOf(context.tenantId),
      { type: 'RetireDefinition', data: { id, by: context.userId, at: this.clock.now().toISOString() } },
      commandContextOf(context),
    );
  }
}
