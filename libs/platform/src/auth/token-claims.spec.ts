import { Unauthenticated } from '@deskstream/kernel';
import { principalFromClaims, signedInUser, STANDARD_CLAIMS } from './token-claims';

const groups = { ...STANDARD_CLAIMS, rolesClaim: 'groups', roleMap: { 'hr-agents': 'agent', 'hr-admins': 'tenant-admin', root: 'platform-admin' } };

describe("an identity provider's token", () => {
  it("gives the user's id, name, address and the roles its claim values map to, dropping values that map to none and roles the tenant cannot hold", () => {
    const payload = { sub: 'ana', name: 'Ana Lima', email: 'Ana@Initech.example', groups: ['hr-agents', 'hr-admins', 'root', 'staff', 'hr-agents'] };
    expect(signedInUser(payload, 'initech', groups)).toEqual({
      principal: { tenantId: 'initech', userId: 'ana', name: 'Ana Lima', roles: ['agent', 'tenant-admin'] },
      email: 'ana@initech.example',
    });
  });

  it('takes role names as such without a map, one value as a list of one, and no roles from a claim of another shape', () => {
    expect(signedInUser({ sub: 'ana', roles: 'agent' }, 'initech', STANDARD_CLAIMS).principal.roles).toEqual(['agent']);
    expect(signedInUser({ sub: 'ana', roles: ['analyst', 'wizard', 'platform-admin'] }, 'initech', STANDARD_CLAIMS).principal.roles).toEqual(['analyst']);
    expect(signedInUser({ sub: 'ana', roles: { agent: true } }, 'initech', STANDARD_CLAIMS).principal.roles).toEqual([]);
  });

  it('keeps no address its provider says is unverified, and names the user by id without a name', () => {
    expect(signedInUser({ sub: 'ana', email: 'ana@initech.example', email_verified: false }, 'initech', STANDARD_CLAIMS)).toEqual({
      principal: { tenantId: 'initech', userId: 'ana', name: 'ana', roles: [] },
      email: null,
    });
  });

  it('reads the user from the configured claim, which must hold a user id the directory can file', () => {
    const byUsername = { ...STANDARD_CLAIMS, userClaim: 'preferred_username' };
    expect(signedInUser({ sub: '00u1', preferred_username: 'richard' }, 'hooli', byUsername).principal.userId).toBe('richard');
    expect(() => signedInUser({ sub: '00u1' }, 'hooli', byUsername)).toThrow(Unauthenticated);
    expect(() => signedInUser({ sub: 'Richard Hendricks' }, 'hooli', STANDARD_CLAIMS)).toThrow(/not a user id/);
  });
});

describe("the embedded issuer's token", () => {
  it('names its tenant in tenant_id and its roles in roles', () => {
    expect(principalFromClaims({ sub: 'agent', tenant_id: 'acme', roles: ['agent', 'wizard'] })).toEqual({
      tenantId: 'acme',
      userId: 'agent',
      name: 'agent',
      roles: ['agent'],
    });
    expect(() => principalFromClaims({ sub: 'ana', roles: ['agent'] })).toThrow(/tenant_id/);
  });
});
