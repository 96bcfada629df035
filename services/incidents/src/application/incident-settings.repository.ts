import { streamName, type CommandContext, type EventStore, type IdGenerator } from '@deskstream/kernel';
import { changeSettings, DEFAULT_INCIDENT_SETTINGS, type IncidentSettings } from '../domain/incident-settings';

export const SETTINGS_CATEGORY = 'incidentsettings';

/**
 * A tenant's incident settings are a stream of changes (audited like everything else); the latest
 * event holds the whole settings, so reading them is one event. Tenants that never changed them get
 * the defaults.
 */
export class IncidentSettingsRepository {
  constructor(
    private readonly store: EventStore,
    private readonly ids: IdGenerator,
  ) {}

  async get(tenantId: string): Promise<IncidentSettings & { revision: number }> {
    const [last] = await this.store.readStream(streamName(SETTINGS_CATEGORY, tenantId, 'current'), { direction: 'backwards', maxCount: 1 });
    return last ? { ...(last.data as IncidentSettings), revision: last.revision } : { ...DEFAULT_INCIDENT_SETTINGS, revision: -1 };
  }

  async change(context: CommandContext, change: Partial<IncidentSettings>, occurredAt: string, expectedRevision?: number): Promise<IncidentSettings & { revision: number }> {
    const { revision, ...current } = await this.get(context.tenantId);
    const next = changeSettings(current, change);
    const result = await this.store.appendToStream(
      streamName(SETTINGS_CATEGORY, context.tenantId, 'current'),
      [
        {
          eventId: this.ids.next(),
          type: 'IncidentSettingsChanged',
          data: next,
          metadata: {
            tenantId: context.tenantId,
            actor: context.actor,
            correlationId: context.correlationId,
            causationId: context.causationId ?? context.correlationId,
            occurredAt,
            schemaVersion: 1,
          },
        },
      ],
      { expectedRevision: expectedRevision ?? (revision < 0 ? 'no_stream' : revision) },
    );
    return { ...next, revision: result.nextExpectedRevision };
  }
}
