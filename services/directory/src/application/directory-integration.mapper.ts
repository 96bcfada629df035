import { DIRECTORY_EVENTS, SOURCES, TOPICS, type DirectoryIntegrationEvents, type DirectoryIntegrationEventType } from '@deskstream/contracts';
import { toCloudEvent, type IntegrationEventMapper, type OutgoingMessage } from '@deskstream/messaging';
import type { RecordedEvent } from '@deskstream/kernel';
import type { DirectoryEntryEvent } from '../domain/directory-entry.events';
import type { EntryAttributes } from '../domain/directory-entry.model';
import { ENTRY_CATEGORIES, entryKey } from './directory-streams';

type Published = { [T in DirectoryIntegrationEventType]: { type: T; data: DirectoryIntegrationEvents[T] } }[DirectoryIntegrationEventType];

/** The public shape of an entry, field by field. */
function contractOf(id: string, a: EntryAttributes, version: number, at: string): Published {
  const common = { id, name: a.name, active: a.active, version, at };
  switch (a.kind) {
    case 'user':
      return {
        type: DIRECTORY_EVENTS.userChanged,
        data: { ...common, emails: a.emails, timeZone: a.timeZone, locale: a.locale, manager: a.manager, roles: a.roles },
      };
    case 'group':
      return {
        type: DIRECTORY_EVENTS.groupChanged,
        data: { ...common, members: a.members, manager: a.manager, tier: a.tier, calendar: a.calendar, email: a.email },
      };
    case 'service':
      return { type: DIRECTORY_EVENTS.serviceChanged, data: { ...common, ownerGroup: a.ownerGroup, supportGroup: a.supportGroup, criticality: a.criticality } };
    case 'configuration-item':
      return {
        type: DIRECTORY_EVENTS.configurationItemChanged,
        data: { ...common, service: a.service, ownerGroup: a.ownerGroup, supportGroup: a.supportGroup, criticality: a.criticality },
      };
    case 'location':
      return { type: DIRECTORY_EVENTS.locationChanged, data: { ...common, timeZone: a.timeZone } };
    case 'category':
      return { type: DIRECTORY_EVENTS.categoryChanged, data: common };
  }
}

/** Every process deletes its key of an erased person on this; keyed apart from the entry, so that compaction keeps both. */
function erasureOf(recorded: RecordedEvent, id: string, at: string): OutgoingMessage {
  const key = `erased-user:${id}`;
  const event = toCloudEvent(recorded, { source: SOURCES.directory, type: DIRECTORY_EVENTS.userErased, subject: key, data: { id, at } });
  return { topic: TOPICS.directory, key, event: { ...event, id: `${recorded.eventId}.1` } };
}

/** Every change of an entry, as the whole entry, on the directory topic keyed by `<kind>:<id>`; a person's erasure announced besides. */
export const directoryIntegrationMapper: IntegrationEventMapper = {
  categories: Object.values(ENTRY_CATEGORIES),
  map(recorded: RecordedEvent): OutgoingMessage[] {
    const event = recorded as unknown as DirectoryEntryEvent;
    const { data } = event;
    const key = entryKey(data.kind, data.id);
    const contract = contractOf(data.id, data.attributes, data.version, data.at);
    const entry = {
      topic: TOPICS.directory,
      key,
      event: toCloudEvent(recorded, { source: SOURCES.directory, type: contract.type, subject: key, data: contract.data }),
    };
    return event.type === 'DirectoryUserErased' ? [entry, erasureOf(recorded, data.id, data.at)] : [entry];
  },
};
