import type { UserAttributes } from './directory-entry.model';
import { assignableMembers } from './group-members.rules';

const user = (name: string, active = true): UserAttributes => ({
  kind: 'user',
  name,
  active,
  emails: [],
  timeZone: 'Europe/London',
  locale: 'en-GB',
  manager: null,
  roles: ['agent'],
});

describe('the members assignment offers for a group', () => {
  it('given members of whom one is inactive and one unknown, offers the active users only, in the group order, each once', () => {
    const users = { robin: user('Robin Resolver'), avery: user('Avery Agent'), gone: user('Gone Agent', false), ghost: null };
    expect(assignableMembers(['robin', 'gone', 'ghost', 'avery', 'robin'], users)).toEqual([
      { id: 'robin', name: 'Robin Resolver' },
      { id: 'avery', name: 'Avery Agent' },
    ]);
  });

  it('given a group with no members, offers nobody', () => {
    expect(assignableMembers([], {})).toEqual([]);
  });
});
