import type { CommandContext, EventStore, IdGenerator } from '@deskstream/kernel';
import { changeIntakeSettings, DEFAULT_INTAKE_SETTINGS, type IntakeSettings } from '../domain/intake-settings';
import { settingsStream } from './intake-streams';

export type VersionedIntakeSettings = IntakeSettings & { readonly revision: number };

/**
 * A tenant's intake settings (classification rules, windows, alert handling) are a stream of changes;
 * the latest event holds the whole settings, so reading them is one event. Tenants that never changed
 * them get the defaults.
 */
export class IntakeSettingsRepository {
  constructor(
    private readonly store: EventStore,
    private readonly ids: IdGenerator,
  ) {}

  async get(tenantId: string): Promise<VersionedIntakeSettings> {
    const [last] = await this.store.readStream(settingsStream(tenantId), { direction: 'backwards', maxCount: 1 });
    return last ? { ...(last.data as IntakeSettings), revision: last.revision } : { ...DEFAULT_INTAKE_SETTINGS, revision: -1 };
  }

  async change(context: CommandContext, change: Partial<IntakeSettings>, occurredAt: string, expectedRevision?: number): Promise<VersionedIntakeSettings> {
    const { revision, ...current } = await this.get(context.tenantId);
    const next = changeIntakeSettings(current, change);
    const result = await this.store.appendToStream(
      settingsStream(context.tenantId),
      [
        {
          eventId: this.ids.next(),
          type: 'IntakeSettingsChanged',
          data: next,
          metadata: {
            tenantId: context.tenantId,
            actor: context.actor,
            correlationId: context.correlationId,
            causationId: context.causationId ?? context.correlationId,
            ...(context.traceparent ? { traceparent: context.traceparent } : {}),
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
