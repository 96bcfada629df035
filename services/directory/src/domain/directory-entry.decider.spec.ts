import { AlreadyExists, NotFound, specification, ValidationFailed } from '@deskstream/kernel';
import { directoryEntryDecider } from './directory-entry.decider';
import type { DirectoryEntryEvent } from './directory-entry.events';
import type { EntryLookups, GroupAttributes, UserAttributes } from './directory-entry.model';

const spec = specification(directoryEntryDecider);
const at = '2026-03-02T09:00:00.000Z';
const by = 'tenant-admin';
const lookups: EntryLookups = {
  knownUsers: ['agent', 'resolver', 'manager'],
  knownGroups: ['service-desk'],
  knownServices: ['email'],
  knownTimeZones: ['Europe/Berlin'],
  emailOwners: { 'shared@acme.example': 'someone-else' },
};
const riley: UserAttributes = {
  kind: 'user',
  name: 'Riley',
  active: true,
  emails: ['riley@acme.example'],
  timeZone: 'Europe/Berlin',
  locale: 'en-GB',
  manager: 'manager',
  roles: ['requester'],
};
const desk: GroupAttributes = {
  kind: 'group',
  name: 'Service desk',
  active: true,
  members: ['agent'],
  manager: 'manager',
  tier: 1,
  calendar: 'business-hours',
  email: 'desk@acme.example',
};
const registered: DirectoryEntryEvent = { type: 'DirectoryEntryRegistered', data: { kind: 'user', id: 'riley', attributes: riley, version: 1, by, at } };
const fieldsOf = (error: ValidationFailed) => error.errors.map((e) => e.field);

describe('directory entries', () => {
  it('are registered once, as version 1, and each revision is the next version', () => {
    spec
      .given([])
      .when({ type: 'RegisterEntry', data: { id: 'riley', attributes: riley, lookups, by, at } })
      .then([registered]);
    const moved = { ...riley, timeZone: 'Europe/Berlin', locale: 'de-DE' };
    spec
      .given([registered])
      .when({ type: 'ReviseEntry', data: { id: 'riley', attributes: moved, lookups, by, at } })
      .then([{ type: 'DirectoryEntryRevised', data: { kind: 'user', id: 'riley', attributes: moved, version: 2, by, at } }]);
    spec
      .given([registered])
      .when({ type: 'RegisterEntry', data: { id: 'riley', attributes: riley, lookups, by, at } })
      .thenThrows(AlreadyExists);
    spec
      .given([])
      .when({ type: 'ReviseEntry', data: { id: 'riley', attributes: riley, lookups, by, at } })
      .thenThrows(NotFound);
  });

  it('treats a revision that changes nothing as done already', () => {
    spec
      .given([registered])
      .when({ type: 'ReviseEntry', data: { id: 'riley', attributes: riley, lookups, by, at } })
      .thenNothingHappened();
  });

  it('deactivates instead of deleting', () => {
    spec
      .given([registered])
      .when({ type: 'ReviseEntry', data: { id: 'riley', attributes: { ...riley, active: false }, lookups, by, at } })
      .thenState((state) => {
        expect(state.status === 'registered' && [state.entry.attributes.active, state.entry.version]).toEqual([false, 2]);
      });
  });

  it('refuses a user whose address belongs to someone else, whose zone is unknown, or who manages themselves', () => {
    const bad = { ...riley, emails: ['not-mail', 'shared@acme.example', 'not-mail'], timeZone: 'Mars/Olympus', manager: 'riley' };
    spec
      .given([])
      .when({ type: 'RegisterEntry', data: { id: 'riley', attributes: bad, lookups, by, at } })
      .thenThrows(ValidationFailed, (error: ValidationFailed) => {
        expect(fieldsOf(error)).toEqual(['emails.0', 'emails.1', 'emails.2', 'emails.2', 'timeZone', 'manager']);
        expect(error.errors[1]!.message).toContain('someone-else');
      });
  });

  it('refuses names of people, groups and services the directory does not know, naming the field and the value', () => {
    const ghosts = { ...desk, members: ['agent', 'ghost-user'], manager: 'nobody' };
    spec
      .given([])
      .when({ type: 'RegisterEntry', data: { id: 'desk', attributes: ghosts, lookups, by, at } })
      .thenThrows(ValidationFailed, (error: ValidationFailed) => {
        expect(error.errors).toEqual([
          { field: 'members.1', message: 'no active user "ghost-user" in the directory' },
          { field: 'manager', message: 'no active user "nobody" in the directory' },
        ]);
      });
    const ci = {
      kind: 'configuration-item' as const,
      name: 'Mail server',
      active: true,
      service: 'no-such-service',
      ownerGroup: null,
      supportGroup: 'no-such-group',
      criticality: 'high' as const,
    };
    spec
      .given([])
      .when({ type: 'RegisterEntry', data: { id: 'mx1', attributes: ci, lookups, by, at } })
      .thenThrows(ValidationFailed, (error: ValidationFailed) => {
        expect(fieldsOf(error)).toEqual(['service', 'supportGroup']);
      });
  });

  it('refuses bad ids and names, and a kind that does not match the entry', () => {
    spec
      .given([])
      .when({ type: 'RegisterEntry', data: { id: 'Bad Id', attributes: { ...desk, name: ' ' }, lookups, by, at } })
      .thenThrows(ValidationFailed, (error: ValidationFailed) => {
        expect(fieldsOf(error)).toEqual(['id', 'name']);
      });
    spec
      .given([registered])
      .when({ type: 'ReviseEntry', data: { id: 'riley', attributes: desk, lookups, by, at } })
      .thenThrows(NotFound);
  });

  it('accepts a location in a real time zone only', () => {
    const berlin = { kind: 'location' as const, name: 'Berlin office', active: true, timeZone: 'Europe/Berlin' };
    spec
      .given([])
      .when({ type: 'RegisterEntry', data: { id: 'berlin', attributes: berlin, lookups, by, at } })
      .then([{ type: 'DirectoryEntryRegistered', data: { kind: 'location', id: 'berlin', attributes: berlin, version: 1, by, at } }]);
    spec
      .given([])
      .when({ type: 'RegisterEntry', data: { id: 'berlin', attributes: { ...berlin, timeZone: 'Berlin' }, lookups, by, at } })
      .thenThrows(ValidationFailed);
  });

  describe('erasing a person', () => {
    const erase = (id: string) => ({ type: 'EraseUser' as const, data: { id, by, at } });
    const erased: DirectoryEntryEvent = {
      type: 'DirectoryUserErased',
      data: { kind: 'user', id: 'riley', attributes: { ...riley, name: '[erased]', emails: [], active: false }, version: 2, by, at },
    };

    it('given a user, then their name and addresses give way to placeholders and they are no longer active, as the next version', () => {
      spec.given([registered]).when(erase('riley')).then([erased]);
    });

    it('given a user already erased, then erasing again changes nothing', () => {
      spec.given([registered, erased]).when(erase('riley')).thenNothingHappened();
    });

    it('given no such user, or an entry that is no person (a group), then it is not found', () => {
      spec.given([]).when(erase('riley')).thenThrows(NotFound);
      spec
        .given([{ type: 'DirectoryEntryRegistered', data: { kind: 'group', id: 'riley', attributes: desk, version: 1, by, at } }])
        .when(erase('riley'))
        .thenThrows(NotFound);
    });
  });
});
