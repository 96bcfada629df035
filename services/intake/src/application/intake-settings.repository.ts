import { SettingsStream, type EventStore, type IdGenerator, type VersionedSettings } from '@deskstream/kernel';
import { changeIntakeSettings, DEFAULT_INTAKE_SETTINGS, type IntakeSettings } from '../domain/intake-settings';
import { settingsStream } from './intake-streams';

export type VersionedIntakeSettings = VersionedSettings<IntakeSettings>;

/** A tenant's intake settings (classification rules, windows, alert handling) as a stream of changes. */
export class IntakeSettingsRepository extends SettingsStream<IntakeSettings> {
  constructor(store: EventStore, ids: IdGenerator) {
    super(store, ids, {
      streamOf: settingsStream,
      eventType: 'IntakeSettingsChanged',
      defaults: DEFAULT_INTAKE_SETTINGS,
      apply: changeIntakeSettings,
    });
  }
}
