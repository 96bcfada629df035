import { entriesFirstSeen, entryIdOf } from './first-sight.rules';

describe('names another desk used become directory ids', () => {
  it('an id stays as it is; other characters become one dash; nothing left is no id', () => {
    expect(['max.agent', 'Network Team', 'Group 56', '  Berlin HQ / 2nd floor ', '¿?', 'x'.repeat(80)].map(entryIdOf)).toEqual([
      'max.agent',
      'network-team',
      'group-56',
      'berlin-hq-2nd-floor',
      null,
      'x'.repeat(64),
    ]);
  });
});

describe('entries first seen in an import', () => {
  it('each name once per kind, active, as the source named it, with no roles, members or manager', () => {
    const entries = entriesFirstSeen({
      users: ['max.agent', 'Caller 2403', 'caller 2403'],
      groups: ['Network Team'],
      categories: ['Network'],
      locations: ['Berlin HQ', '???'],
    });
    expect(entries).toEqual([
      {
        id: 'max.agent',
        attributes: { kind: 'user', name: 'max.agent', active: true, emails: [], timeZone: 'UTC', locale: 'en-GB', manager: null, roles: [] },
      },
      {
        id: 'caller-2403',
        attributes: { kind: 'user', name: 'Caller 2403', active: true, emails: [], timeZone: 'UTC', locale: 'en-GB', manager: null, roles: [] },
      },
      {
        id: 'network-team',
        attributes: { kind: 'group', name: 'Network Team', active: true, members: [], manager: null, tier: 1, calendar: null, email: null },
      },
      { id: 'network', attributes: { kind: 'category', name: 'Network', active: true } },
      { id: 'berlin-hq', attributes: { kind: 'location', name: 'Berlin HQ', active: true, timeZone: 'UTC' } },
    ]);
  });

  it('the same name as a group and as a category is one entry of each kind', () => {
    expect(entriesFirstSeen({ users: [], groups: ['Network'], categories: ['Network'], locations: [] }).map((e) => `${e.attributes.kind}:${e.id}`)).toEqual([
      'group:network',
      'category:network',
    ]);
  });
});
