import { PERSONAL_DATA_CATALOGUE } from '@deskstream/platform';
import { INCIDENT_EVENT_TYPES } from '../domain/incident.events';
import { SERVICE_REQUEST_EVENT_TYPES } from '../domain/service-request.events';

describe("the personal data catalogue's ticket events", () => {
  it('names only events the incidents service records', () => {
    const declared = PERSONAL_DATA_CATALOGUE.filter((entry) => entry.service === 'incidents').flatMap((entry) => entry.eventTypes);
    const recorded: readonly string[] = [...INCIDENT_EVENT_TYPES, ...SERVICE_REQUEST_EVENT_TYPES];
    expect(declared.filter((type) => !recorded.includes(type))).toEqual([]);
    expect(declared).toContain('IncidentOpened');
  });
});
