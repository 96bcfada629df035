import { DirectoryReplica, DOCUMENT_STORE, PlatformRuntime } from '@deskstream/platform';
import { startStandaloneApp, type StandaloneTestApp } from '../standalone-test-app';
import { startOidcTestIssuer, type OidcTestIssuer } from '@deskstream/testing';
import { call as callApp, eventually, INITECH, type Json } from './tenant-test-kit';

jest.setTimeout(60_000);

/** Two business units, each signing in with its own identity provider (a real OIDC issuer on loopback). */
describe("Tenants' identity providers: tokens of a business unit's own issuer, claim-to-role mapping, first sign-in (over HTTP)", () => {
  let platform: StandaloneTestApp;
  let initechIdp: OidcTestIssuer;
  let hooliIdp: OidcTestIssuer;
  let strangerIdp: OidcTestIssuer;
  let admin: string;
  const call = (token: string, method: string, path: string, body?: unknown) => callApp(platform, token, method, path, body);
  const HR_GROUPS = { 'hr-agents': 'agent', 'hr-admins': 'tenant-admin' };
  /** Who the platform says the token's holder is, once the provider's settings have reached this process. */
  const signedIn = (token: string) =>
    eventually(async () => {
      const me = await call(token, 'GET', '/me');
      if (me.status !== 200) throw new Error(`GET /me: ${me.status} ${JSON.stringify(me.body)}`);
      return me.body as Json;
    });

  beforeAll(async () => {
    [initechIdp, hooliIdp, strangerIdp] = await Promise.all([startOidcTestIssuer(), startOidcTestIssuer(), startOidcTestIssuer()]);
    platform = await startStandaloneApp('identity-providers');
    admin = await platform.token('platform-admin', 'platform');
  }, 60_000);
  afterAll(async () => {
    await platform?.close();
    await Promise.all([initechIdp, hooliIdp, strangerIdp].map((idp) => idp?.close()));
  });

  it('takes a provider at onboarding and another by PUT, refusing a bad one field by field', async () => {
    const initech = await call(admin, 'POST', '/platform/tenants', {
      ...INITECH,
      identityProvider: { issuer: initechIdp.issuer, jwksUrl: initechIdp.jwksUrl, audience: 'deskstream', rolesClaim: 'groups', roleMap: HR_GROUPS },
    });
    expect(initech).toMatchObject({ status: 201, body: { identityProvider: { issuer: initechIdp.issuer, rolesClaim: 'groups', userClaim: null } } });
    const hooli = { id: 'hooli', name: 'Hooli HR', template: 'hr', timeZone: 'America/Los_Angeles', locale: 'en-US', admins: ['gavin'] };
    expect((await call(admin, 'POST', '/platform/tenants', hooli)).status).toBe(201);

    const malformed = await call(admin, 'PUT', '/platform/tenants/hooli/identity-provider', {
      issuer: 'not a url',
      audience: '',
      rolesClaim: 'my roles',
      scopes: [],
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors.map((e: Json) => e.field).sort()).toEqual(['audience', 'issuer', 'rolesClaim', 'scopes']);
    const refused = await call(admin, 'PUT', '/platform/tenants/hooli/identity-provider', {
      issuer: initechIdp.issuer,
      jwksUrl: 'http://idp.hooli.example/jwks',
      audience: 'deskstream',
      roleMap: { engineers: 'agent', owners: 'wizard' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e: Json) => e.field)).toEqual(['issuer', 'jwksUrl', 'roleMap.owners']);
    expect(refused.body.errors[0].message).toMatch(/another tenant/);
    expect((await call(admin, 'PUT', '/platform/tenants/nobody/identity-provider', { issuer: hooliIdp.issuer, audience: 'x' })).status).toBe(404);

    // No JWKS URL: the provider's discovery document names it.
    const configured = await call(admin, 'PUT', '/platform/tenants/hooli/identity-provider', {
      issuer: hooliIdp.issuer,
      audience: 'hooli-desk',
      userClaim: 'preferred_username',
    });
    expect(configured).toMatchObject({ status: 200, body: { identityProvider: { issuer: hooliIdp.issuer, jwksUrl: null, userClaim: 'preferred_username' } } });
    expect((await call(admin, 'GET', '/platform/tenants/hooli')).body.identityProvider).toMatchObject({ audience: 'hooli-desk' });
  });

  it("signs each provider's users in to its own tenant, with the roles its claims map to (unknown and platform roles dropped)", async () => {
    const ana = await initechIdp.token({ sub: 'ana', name: 'Ana Lima', email: 'Ana.Lima@initech.example', groups: ['hr-agents', 'hr-admins', 'staff'] });
    expect(await signedIn(ana)).toEqual({ tenantId: 'initech', userId: 'ana', name: 'Ana Lima', roles: ['agent', 'tenant-admin'] });
    const richard = await hooliIdp.token(
      { sub: 'a1b2', preferred_username: 'richard', roles: ['requester', 'wizard', 'platform-admin'] },
      { audience: 'hooli-desk' },
    );
    expect(await signedIn(richard)).toEqual({ tenantId: 'hooli', userId: 'richard', name: 'richard', roles: ['requester'] });
    // A first admin is a tenant-admin at once, whatever the provider's groups say of them.
    const bill = await initechIdp.token({ sub: 'bill', groups: ['staff'] });
    expect(await signedIn(bill)).toMatchObject({ tenantId: 'initech', userId: 'bill', roles: ['tenant-admin'] });
    // The installation's own issuer keeps signing in its tenants' users.
    expect((await call(await platform.token('agent', 'acme'), 'GET', '/me')).body).toMatchObject({ tenantId: 'acme', userId: 'agent' });
  });

  it("refuses a token of one tenant's provider claiming another tenant, a provider no tenant has, a forged signature and a wrong audience (401)", async () => {
    const cases = {
      'claims another tenant': await initechIdp.token({ sub: 'ana', tenant_id: 'hooli', groups: ['hr-admins'] }),
      'claims a seeded tenant': await hooliIdp.token({ preferred_username: 'richard', tenant_id: 'acme' }, { audience: 'hooli-desk' }),
      'unknown issuer': await strangerIdp.token({ sub: 'mallory', tenant_id: 'initech', roles: ['tenant-admin'] }),
      forged: await initechIdp.token({ sub: 'mallory', groups: ['hr-admins'] }, { signedBy: strangerIdp }),
      'wrong audience': await initechIdp.token({ sub: 'ana', groups: ['hr-admins'] }, { audience: 'hooli-desk' }),
    };
    for (const [what, token] of Object.entries(cases)) {
      const answer = await call(token, 'GET', '/me');
      expect({ what, status: answer.status, type: answer.body.type }).toEqual({
        what,
        status: 401,
        type: expect.stringMatching(/unauthenticated|unauthorized/),
      });
    }
  });

  it('registers a user on their first sign-in, once, from the claims; the user is then a directory user of their tenant only', async () => {
    const tokens = await Promise.all(
      [1, 2, 3].map((n) => initechIdp.token({ sub: 'bo', name: 'Bo Peep', email: 'Bo@Initech.example', groups: ['hr-agents'], nonce: `n${n}` })),
    );
    // Three different tokens of one user, at once, then again.
    expect((await Promise.all(tokens.map((token) => call(token, 'GET', '/me')))).map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect((await call(tokens[0]!, 'GET', '/me')).status).toBe(200);
    const bill = await initechIdp.token({ sub: 'bill', groups: ['hr-admins'] });
    const bo = await eventually(async () => {
      const entry = await call(bill, 'GET', '/directory/users/bo');
      if (entry.status !== 200) throw new Error(`bo: ${entry.status}`);
      return entry.body as Json;
    });
    expect(bo).toMatchObject({
      id: 'bo',
      version: 1,
      revision: 0,
      attributes: {
        kind: 'user',
        name: 'Bo Peep',
        active: true,
        emails: ['bo@initech.example'],
        timeZone: 'America/Chicago',
        locale: 'en-US',
        roles: ['agent'],
      },
    });
    await platform.app.get(PlatformRuntime).caughtUp();
    expect((await call(bill, 'GET', '/directory/users/bo')).body).toMatchObject({ version: 1, revision: 0 });
    // Mail intake's copy of the directory now matches mail from bo's address to bo, in bo's tenant only.
    const intakeDirectory = new DirectoryReplica(platform.app.get(DOCUMENT_STORE), 'intake.directory', 'intake-directory');
    expect(await intakeDirectory.userByEmail('initech', 'BO@initech.example')).toMatchObject({ id: 'bo', name: 'Bo Peep' });
    expect(await intakeDirectory.userByEmail('hooli', 'bo@initech.example')).toBeNull();
    const listed = await call(bill, 'GET', '/directory/users?limit=100');
    expect(listed.body.items.filter((user: Json) => user.id === 'bo')).toHaveLength(1);
    // bill is a first admin, already in the directory: signing in registers nothing more.
    expect((await call(bill, 'GET', '/directory/users/bill')).body).toMatchObject({ version: 1, attributes: { roles: ['tenant-admin'] } });
    const gavin = await hooliIdp.token({ preferred_username: 'gavin', roles: ['tenant-admin'] }, { audience: 'hooli-desk' });
    expect((await call(gavin, 'GET', '/directory/users/bo')).status).toBe(404);
  });

  it("verifies tokens against each provider's keys fetched once, not per sign-in", async () => {
    for (let n = 0; n < 5; n += 1) {
      const token = await initechIdp.token({ sub: `user${n}`, groups: ['hr-agents'] });
      expect((await call(token, 'GET', '/me')).status).toBe(200);
    }
    expect(initechIdp.fetches).toEqual({ jwks: 1, discovery: 0 });
    expect(hooliIdp.fetches).toEqual({ jwks: 1, discovery: 1 });
    expect(strangerIdp.fetches).toEqual({ jwks: 0, discovery: 0 });
  });

  it("stops accepting a provider's tokens, even ones verified before, once the provider is removed", async () => {
    const richard = await hooliIdp.token({ preferred_username: 'richard', roles: ['requester'] }, { audience: 'hooli-desk' });
    expect((await signedIn(richard)).tenantId).toBe('hooli');
    const removed = await call(admin, 'DELETE', '/platform/tenants/hooli/identity-provider');
    expect(removed).toMatchObject({ status: 200, body: { id: 'hooli', identityProvider: null } });
    expect((await call(admin, 'DELETE', '/platform/tenants/hooli/identity-provider')).status).toBe(200);
    await eventually(async () => {
      const me = await call(richard, 'GET', '/me');
      if (me.status !== 401) throw new Error(`still signed in: ${me.status}`);
    });
    // The issuer is free again, for this tenant or another.
    expect((await call(admin, 'PUT', '/platform/tenants/hooli/identity-provider', { issuer: hooliIdp.issuer, audience: 'hooli-desk' })).status).toBe(200);
  });
});
