import { parseStreamName, type RecordedEvent } from '@deskstream/kernel';
import { INCIDENT_SETTINGS_EVENTS, SOURCES, TOPICS, type DeskSettingsChangedV1 } from '@deskstream/contracts';
import { toCloudEvent, type IntegrationEventMapper, type OutgoingMessage } from '@deskstream/messaging';
import type { IncidentSettings } from '../domain/incident-settings';
import { SETTINGS_CATEGORY } from './incident-settings.repository';

/** Publishes the part of a tenant's desk settings that other services check at their own edge. */
export const incidentSettingsMapper: IntegrationEventMapper = {
  categories: [SETTINGS_CATEGORY],
  map(event: RecordedEvent): OutgoingMessage[] {
    const { tenantId } = parseStreamName(event.streamId);
    const settings = event.data as IncidentSettings;
    const data: DeskSettingsChangedV1 = { closingCategories: settings.closingCategories, at: event.metadata.occurredAt };
    const cloudEvent = toCloudEvent(event, { source: SOURCES.incidents, type: INCIDENT_SETTINGS_EVENTS.changed, subject: tenantId, data });
    return [{ topic: TOPICS.incidentSettings, key: tenantId, event: cloudEvent }];
  },
};
