import { DIRECTORY_EVENTS, TOPICS } from '@deskstream/contracts';
import { recordedEvents } from '@deskstream/readmodels';
import type { DirectoryEntryEvent } from '../domain/directory-entry.events';
import { erasedUser } from '../domain/directory-entry.rules';
import type { UserAttributes } from '../domain/directory-entry.model';
import { directoryIntegrationMapper } from './directory-integration.mapper';

const riley: UserAttributes = {
  kind: 'user',
  name: 'Riley Chen',
  active: true,
  emails: ['riley@acme.example'],
  timeZone: 'Europe/Paris',
  locale: 'fr-FR',
  manager: null,
  roles: ['agent'],
};
const [registered, erased] = recordedEvents<DirectoryEntryEvent>(
  'diruser-acme.riley',
  [
    { type: 'DirectoryEntryRegistered', data: { kind: 'user', id: 'riley', attributes: riley, version: 1, by: 'admin', at: '2026-01-05T09:00:00.000Z' } },
    {
      type: 'DirectoryUserErased',
      data: { kind: 'user', id: 'riley', attributes: erasedUser(riley), version: 2, by: 'admin', at: '2026-02-01T09:00:00.000Z' },
    },
  ],
  { tenantId: 'acme' },
);

describe('the directory on the bus', () => {
  it("publishes a user's entry whole, keyed by kind and id", () => {
    const [entry, ...more] = directoryIntegrationMapper.map(registered!);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ topic: TOPICS.directory, key: 'user:riley', event: { type: DIRECTORY_EVENTS.userChanged, data: { name: 'Riley Chen' } } });
  });

  it("given a person erased, then publishes the entry as erased, and the erasure under its own key and id for every process's key store", () => {
    const [entry, erasure, ...more] = directoryIntegrationMapper.map(erased!);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      key: 'user:riley',
      event: { id: erased!.eventId, type: DIRECTORY_EVENTS.userChanged, data: { name: '[erased]', emails: [] } },
    });
    expect(erasure).toMatchObject({
      topic: TOPICS.directory,
      key: 'erased-user:riley',
      event: { id: `${erased!.eventId}.1`, type: DIRECTORY_EVENTS.userErased, tenantid: 'acme', data: { id: 'riley', at: '2026-02-01T09:00:00.000Z' } },
    });
  });
});
