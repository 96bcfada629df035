import { userFirstSignedIn, userFirstSignedInPlainly } from './first-sign-in.rules';

const signIn = {
  userId: 'ana',
  name: ' Ana Lima ',
  email: 'Ana@HR.Globex.example',
  roles: ['agent', 'agent', 'analyst'],
  timeZone: 'Europe/Lisbon',
  locale: 'pt-PT',
};

describe('a user signing in for the first time', () => {
  it("is registered active with the token's name, address and roles, in the tenant's time zone and locale", () => {
    expect(userFirstSignedIn(signIn)).toEqual({
      id: 'ana',
      attributes: {
        kind: 'user',
        name: 'Ana Lima',
        active: true,
        emails: ['ana@hr.globex.example'],
        timeZone: 'Europe/Lisbon',
        locale: 'pt-PT',
        manager: null,
        roles: ['agent', 'analyst'],
      },
    });
  });

  it('is named by their id when the token has no name, and has no address when it has none', () => {
    const entry = userFirstSignedIn({ ...signIn, name: '  ', email: null });
    expect(entry.attributes).toMatchObject({ name: 'ana', emails: [] });
  });

  it('is registered without the address, in UTC, when the directory refuses the entry as it came', () => {
    expect(userFirstSignedInPlainly(signIn).attributes).toMatchObject({ name: 'Ana Lima', emails: [], timeZone: 'UTC', roles: ['agent', 'analyst'] });
  });
});
