import { projectionSpecification, recordedEvents } from '@deskstream/readmodels';
import type { DirectoryEntryEvent } from '../domain/directory-entry.events';
import type { GroupAttributes, UserAttributes } from '../domain/directory-entry.model';
import { directoryEntriesProjection } from './directory-entries.projection';

const riley: UserAttributes = {
  kind: 'user',
  name: 'Riley Chen',
  active: true,
  emails: ['riley@acme.example', 'r.chen@acme.example'],
  timeZone: 'Europe/Paris',
  locale: 'fr-FR',
  manager: null,
  roles: ['agent'],
};
const network: GroupAttributes = { kind: 'group', name: 'Network', active: true, members: ['riley'], manager: null, tier: 2, calendar: null, email: null };

const [registered, revised] = recordedEvents<DirectoryEntryEvent>(
  'diruser-acme.riley',
  [
    { type: 'DirectoryEntryRegistered', data: { kind: 'user', id: 'riley', attributes: riley, version: 1, by: 'admin', at: '2026-01-05T09:00:00.000Z' } },
    {
      type: 'DirectoryEntryRevised',
      data: {
        kind: 'user',
        id: 'riley',
        attributes: { ...riley, active: false, emails: ['riley@acme.example'] },
        version: 2,
        by: 'admin',
        at: '2026-01-06T09:00:00.000Z',
      },
    },
  ],
  { tenantId: 'acme' },
);
const [group] = recordedEvents<DirectoryEntryEvent>(
  'dirgroup-acme.network',
  [{ type: 'DirectoryEntryRegistered', data: { kind: 'group', id: 'network', attributes: network, version: 1, by: 'admin', at: '2026-01-05T09:00:00.000Z' } }],
  { tenantId: 'acme' },
);
const spec = projectionSpecification(directoryEntriesProjection);

describe('the directory entries projection', () => {
  it('lists a registered user under its kind, with the addresses mail finds it by', () => {
    spec
      .given()
      .when(registered!)
      .then((doc) =>
        expect(doc).toMatchObject({
          id: 'user:riley',
          tenantId: 'acme',
          kind: 'user',
          entryId: 'riley',
          name: 'Riley Chen',
          active: true,
          emails: ['riley@acme.example', 'r.chen@acme.example'],
          emailKey: '|riley@acme.example|r.chen@acme.example|',
          version: 1,
          updatedAt: '2026-01-05T09:00:00.000Z',
        }),
      );
  });

  it('takes every attribute of a revision, deactivation included', () => {
    spec
      .given(registered!)
      .when(revised!)
      .then((doc) => expect(doc).toMatchObject({ active: false, emails: ['riley@acme.example'], emailKey: '|riley@acme.example|', version: 2 }));
  });

  it('gives entries other than users no addresses', () => {
    spec
      .given()
      .when(group!)
      .then((doc) => expect(doc).toMatchObject({ id: 'group:network', kind: 'group', emails: [], emailKey: '', attributes: network }));
  });

  it('keys each entry by its kind and id', () => {
    expect(directoryEntriesProjection.documentId(revised!)).toBe('user:riley');
    expect(directoryEntriesProjection.documentId(group!)).toBe('group:network');
  });
});
