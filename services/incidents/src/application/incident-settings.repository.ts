import { SettingsStream, streamName, type EventStore, type IdGenerator } from '@deskstream/kernel';
import { changeSettings, DEFAULT_INCIDENT_SETTINGS, type IncidentSettings } from '../domain/incident-settings';

export const SETTINGS_CATEGORY = 'incidentsettings';

export class IncidentSettingsRepository extends SettingsStream<IncidentSettings> {
  constructor(store: EventStore, ids: IdGenerator) {
    super(store, ids, {
      streamOf: (tenantId) => streamName(SETTINGS_CATEGORY, tenantId, 'current'),
      eventType: 'IncidentSettingsChanged',
      defaults: DEFAULT_INCIDENT_SETTINGS,
      apply: changeSettings,
    });
  }
}
